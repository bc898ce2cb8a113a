import type { jsPDF } from 'jspdf';
import type { FontSet, TextRun, Weight } from './fonts';

export interface TextStyle {
  size: number;
  weight: Weight;
  color: string;
  /** Distance between baselines. */
  leading: number;
}

// Han and kana are written without spaces: a line may break between any two of them.
const TOKENS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+\s*|\s+/gu;

/**
 * Measures, wraps and draws text through the font set, one font run at a time. jsPDF measures and
 * draws in the current font, and its own wrapping knows neither fallback fonts nor lines without spaces.
 */
export class TextEngine {
  private readonly unitWidths = new Map<string, number>();

  constructor(
    private readonly doc: jsPDF,
    private readonly fonts: FontSet,
  ) {}

  width(text: string, style: Pick<TextStyle, 'size' | 'weight'>): number {
    let width = 0;
    for (const run of this.fonts.runs(text, style.weight)) width += this.runWidth(run, style.size);
    return width;
  }

  private runWidth(run: TextRun, size: number): number {
    const key = `${run.font}\u0000${run.style}\u0000${run.text}`;
    let units = this.unitWidths.get(key);
    if (units === undefined) {
      this.doc.setFont(run.font, run.style);
      units = this.doc.getStringUnitWidth(run.text);
      this.unitWidths.set(key, units);
    }
    return units * size;
  }

  /** Lines of at most `maxWidth`; a line break in the text starts a new line; a long word is cut. */
  wrap(text: string, style: Pick<TextStyle, 'size' | 'weight'>, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\t/g, ' ').split(/\r?\n/)) {
      let line = '';
      let lineWidth = 0;
      for (const token of paragraph.match(TOKENS) ?? []) {
        const tokenWidth = this.width(token, style);
        const trailing = token.length - token.trimEnd().length;
        const inkWidth = trailing > 0 ? this.width(token.trimEnd(), style) : tokenWidth;
        if (lineWidth + inkWidth <= maxWidth) {
          line += token;
          lineWidth += tokenWidth;
          continue;
        }
        if (line.trim() !== '') lines.push(line.trimEnd());
        line = '';
        lineWidth = 0;
        if (token.trim() === '') continue;
        if (inkWidth <= maxWidth) {
          line = token;
          lineWidth = tokenWidth;
          continue;
        }
        // A word longer than the line (a URL, a long name): cut it where it must be cut.
        for (const ch of token) {
          const w = this.width(ch, style);
          if (lineWidth + w > maxWidth && line !== '') {
            lines.push(line.trimEnd());
            line = '';
            lineWidth = 0;
          }
          line += ch;
          lineWidth += w;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /**
   * Draws one line with its baseline at y. `halo` first strokes the text in white, so a label stays
   * legible where it crosses a band edge or a marker.
   */
  draw(
    text: string,
    x: number,
    y: number,
    style: TextStyle,
    align: 'left' | 'right' | 'center' = 'left',
    options: { halo?: boolean } = {},
  ): void {
    const doc = this.doc;
    let start = x;
    if (align !== 'left') {
      const w = this.width(text, style);
      start = align === 'right' ? x - w : x - w / 2;
    }
    const runs = this.fonts.runs(text, style.weight);
    doc.setFontSize(style.size);
    const pass = (mode: 'fill' | 'stroke' | null) => {
      let cursor = start;
      for (const run of runs) {
        doc.setFont(run.font, run.style);
        doc.text(run.text, cursor, y, mode === null ? {} : { renderingMode: mode });
        cursor += this.runWidth(run, style.size);
      }
    };
    if (options.halo) {
      doc.setDrawColor('#ffffff');
      doc.setLineWidth(style.size * 0.45);
      doc.setLineJoin('round');
      pass('stroke');
    }
    doc.setTextColor(style.color);
    pass(options.halo ? 'fill' : null);
  }

  /** Draws one line reading upwards (an axis name), starting at (x, y). */
  drawRotated(text: string, x: number, y: number, style: TextStyle): void {
    const doc = this.doc;
    doc.setFontSize(style.size);
    doc.setTextColor(style.color);
    let cursor = y;
    for (const run of this.fonts.runs(text, style.weight)) {
      doc.setFont(run.font, run.style);
      doc.text(run.text, x, cursor, { angle: 90 });
      cursor -= this.runWidth(run, style.size);
    }
  }
}
