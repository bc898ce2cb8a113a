// Rendering the report in Node, and reading the PDF back with poppler (pdftotext, pdfinfo, pdftoppm) and
// pdfjs-dist, as a reader's tools would.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontLoader } from '../../renderer/features/report/pdf/fonts';

const fontsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/fonts');

/** Reads the bundled fonts from assets/fonts, counting what was asked for. */
export function diskFonts(): FontLoader & { loaded: string[] } {
  const loaded: string[] = [];
  const load = async (file: string) => {
    loaded.push(file);
    return new Uint8Array(await readFile(path.join(fontsDir, file)));
  };
  return Object.assign(load, { loaded });
}

function run(command: string, args: string[], input?: Uint8Array): string {
  const result = spawnSync(command, args, { input, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr.toString()}`);
  return result.stdout.toString('utf8');
}

/** The text of every page, as pdftotext extracts it (pages separated by form feeds). */
export function pdfToText(bytes: Uint8Array, options: { layout?: boolean } = {}): string[] {
  const args = [...(options.layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'];
  return run('pdftotext', args, bytes).split('\f').slice(0, -1);
}

/** pdfinfo's fields (Title, Author, Pages, …). */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-enc', 'UTF-8', '-'], bytes).split('\n')) {
    const at = line.indexOf(':');
    if (at > 0) info[line.slice(0, at)] = line.slice(at + 1).trim();
  }
  return info;
}

export interface OutlineEntry {
  title: string;
  items: OutlineEntry[];
}

/** The bookmarks, read with pdfjs-dist. */
export async function pdfOutline(bytes: Uint8Array): Promise<{ pages: number; outline: OutlineEntry[] }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: bytes.slice(), useSystemFonts: false, isEvalSupported: false })
    .promise;
  const simplify = (items: { title: string; items: unknown[] }[] | null): OutlineEntry[] =>
    (items ?? []).map((i) => ({
      title: i.title,
      items: simplify(i.items as { title: string; items: unknown[] }[]),
    }));
  const outline = simplify(await doc.getOutline());
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, outline };
}
