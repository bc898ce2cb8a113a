import type { jsPDF } from 'jspdf';

/**
 * The fonts the report embeds (assets/fonts, with their licences). jsPDF's built-in fonts are WinAnsi
 * only, so everything is set in DejaVu Sans; Chinese and Japanese fall back to Droid Sans Fallback and
 * Korean to NanumSquare, each loaded only when the report holds such characters. A character no font
 * covers prints as U+FFFD, never as a wrong letter.
 */
export const REPORT_FONT_FILES = [
  'DejaVuSans.ttf',
  'DejaVuSans-Bold.ttf',
  'DroidSansFallbackFull.ttf',
  'NanumSquareR.ttf',
] as const;
export type ReportFontFile = (typeof REPORT_FONT_FILES)[number];

/** Reads a font file's bytes: the browser fetches the bundled asset, Node reads assets/fonts. */
export type FontLoader = (file: ReportFontFile) => Promise<Uint8Array>;

export type Weight = 'normal' | 'bold';

const HANGUL: readonly [number, number][] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xa960, 0xa97f],
  [0xac00, 0xd7af],
  [0xd7b0, 0xd7ff],
];
const isHangul = (cp: number) => HANGUL.some(([lo, hi]) => cp >= lo && cp <= hi);

const REPLACEMENT = 0xfffd;
const NEUTRAL = /[\s\p{P}]/u;

/** One run of text set in one font. */
export interface TextRun {
  font: string;
  style: Weight;
  text: string;
}

/** Chooses a font per character and splits text into runs; knows which glyphs each font has. */
export interface FontSet {
  runs(text: string, weight: Weight): TextRun[];
}

interface Face {
  name: string;
  style: Weight;
  codeMap: Record<number, number>;
}

/** A binary string, as jsPDF's virtual file system takes it (chunked: one call per byte would overflow). */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

function addFace(doc: jsPDF, file: string, name: string, style: Weight, bytes: Uint8Array): Face {
  doc.addFileToVFS(file, binaryString(bytes));
  doc.addFont(file, name, style, 'Identity-H');
  doc.setFont(name, style);
  const font = doc.getFont() as unknown as {
    metadata: { cmap: { unicode: { codeMap: Record<number, number> } } };
  };
  return { name, style, codeMap: font.metadata.cmap.unicode.codeMap };
}

/** Every code point of `texts` that `face` has no glyph for. */
function missingCodePoints(face: Face, texts: Iterable<string>): Set<number> {
  const missing = new Set<number>();
  for (const text of texts) {
    for (const ch of text) {
      const cp = ch.codePointAt(0) as number;
      if (cp >= 0x20 && face.codeMap[cp] === undefined) missing.add(cp);
    }
  }
  return missing;
}

/**
 * Embeds the body and heading fonts, and the fallbacks the given texts need. Loading the 4 MB CJK font
 * costs time, so it happens only for a report that holds a character DejaVu Sans lacks.
 */
export async function loadFonts(doc: jsPDF, load: FontLoader, texts: readonly string[]): Promise<FontSet> {
  const [regularBytes, boldBytes] = await Promise.all([load('DejaVuSans.ttf'), load('DejaVuSans-Bold.ttf')]);
  const regular = addFace(doc, 'DejaVuSans.ttf', 'DejaVuSans', 'normal', regularBytes);
  const bold = addFace(doc, 'DejaVuSans-Bold.ttf', 'DejaVuSans', 'bold', boldBytes);
  const missing = missingCodePoints(regular, texts);
  const fallbacks: Face[] = [];
  if ([...missing].some((cp) => !isHangul(cp))) {
    const bytes = await load('DroidSansFallbackFull.ttf');
    fallbacks.push(addFace(doc, 'DroidSansFallbackFull.ttf', 'DroidSansFallback', 'normal', bytes));
  }
  if ([...missing].some(isHangul)) {
    const bytes = await load('NanumSquareR.ttf');
    fallbacks.push(addFace(doc, 'NanumSquareR.ttf', 'NanumSquare', 'normal', bytes));
  }
  return createFontSet({ normal: regular, bold }, fallbacks);
}

function createFontSet(primary: Record<Weight, Face>, fallbacks: readonly Face[]): FontSet {
  return {
    runs(text, weight) {
      const main = primary[weight];
      const runs: TextRun[] = [];
      let current: Face | null = null;
      let buffer = '';
      const flush = () => {
        if (current !== null && buffer !== '')
          runs.push({ font: current.name, style: current.style, text: buffer });
        buffer = '';
      };
      for (const ch of text) {
        const cp = ch.codePointAt(0) as number;
        // Spaces and punctuation stay in the run they are in (fewer font switches); letters the body
        // font has are always set in it, so Latin text after a Japanese name is not set in the fallback.
        let face: Face | null =
          current !== null && NEUTRAL.test(ch) && current.codeMap[cp] !== undefined
            ? current
            : main.codeMap[cp] !== undefined
              ? main
              : (fallbacks.find((f) => f.codeMap[cp] !== undefined) ?? null);
        let out = ch;
        if (face === null) {
          face = main;
          out = String.fromCodePoint(REPLACEMENT);
        }
        if (face !== current) {
          flush();
          current = face;
        }
        buffer += out;
      }
      flush();
      return runs;
    },
  };
}
