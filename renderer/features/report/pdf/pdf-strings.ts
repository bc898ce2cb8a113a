import type { ReportCreation } from '../../../../shared/report';

/**
 * A PDF text string (metadata, bookmarks) as jsPDF writes it: one byte per character. ASCII passes as
 * is; anything else is written as UTF-16BE with its byte-order mark (PDF 32000-1, 7.9.2.2), which every
 * reader decodes, where jsPDF would otherwise cut "Łódź" down to Latin-1 bytes.
 */
export function pdfText(text: string): string {
  if (!/[^\u0020-\u007e]/.test(text)) return text;
  let out = '\u00fe\u00ff';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out += String.fromCharCode(unit >> 8, unit & 0xff);
  }
  return out;
}

const two = (n: number) => String(n).padStart(2, '0');

/** "D:20260504183000+02'00'": the creation time in the local time it was written in, with its offset. */
export function pdfDate(created: ReportCreation): string {
  const local = new Date(created.epochMs + created.offsetMinutes * 60_000);
  const offset = Math.abs(created.offsetMinutes);
  const sign = created.offsetMinutes < 0 ? '-' : '+';
  return (
    `D:${local.getUTCFullYear()}${two(local.getUTCMonth() + 1)}${two(local.getUTCDate())}` +
    `${two(local.getUTCHours())}${two(local.getUTCMinutes())}${two(local.getUTCSeconds())}` +
    `${sign}${two(Math.floor(offset / 60))}'${two(offset % 60)}'`
  );
}

/**
 * A 128-bit fingerprint of the document as 32 hex digits, for the PDF's file id: the same content gives
 * the same id, different content a different one. Four independent 32-bit multiplicative hashes; not
 * cryptographic, which a file id does not need.
 */
export function contentId(content: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  return seeds
    .map((seed, lane) => {
      let h = seed ^ content.length;
      for (let i = 0; i < content.length; i++) {
        h = Math.imul(h ^ content.charCodeAt(i), 0x5bd1e995 + lane * 2);
        h ^= h >>> 15;
      }
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
    })
    .join('')
    .toUpperCase();
}
