import type { PaperSize, TextTone } from '../../../../shared/report';
import type { TextStyle } from './text';

/** Page sizes in points (1/72 in): ISO A4 and US Letter. */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 595.28, height: 841.89 },
  letter: { width: 612, height: 792 },
};

export const MARGIN = { top: 46, bottom: 56, left: 52, right: 52 };
/** The footer's baseline, from the bottom edge. */
export const FOOTER_BASELINE = 30;
export const COLUMN_GAP = 22;

/** Ink colours: near-black text and a grey that keeps AA contrast on white (7:1). */
export const INK = '#1b1f24';
export const MUTED = '#4d5560';
export const RULE = '#c5ccd3';
export const PANEL = '#eef2f6';

// A modular scale from the body size (ui.md), 1.4 line height for running text.
const style = (size: number, weight: 'normal' | 'bold' = 'normal', color = INK, leading = size * 1.4) => ({
  size,
  weight,
  color,
  leading,
});

const BASE_TYPE = {
  title: style(26, 'bold', INK, 32),
  subtitle: style(14, 'normal', MUTED, 20),
  h1: style(18, 'bold', INK, 24),
  h2: style(13, 'bold', INK, 18),
  h3: style(10.5, 'bold', INK, 14),
  keyValue: style(17, 'bold', INK, 22),
  keyLabel: style(8.5, 'bold', MUTED, 12),
  body: style(9.5),
  lede: style(10, 'normal', MUTED),
  muted: style(9, 'normal', MUTED),
  small: style(8, 'normal', MUTED, 11),
  strong: style(9.5, 'bold'),
  tableHead: style(8, 'bold', MUTED, 11),
  table: style(8.5, 'normal', INK, 11.5),
  listLead: style(9, 'bold'),
  listDetail: style(8, 'normal', MUTED, 11),
  chart: style(7.5, 'normal', INK, 10),
  chartStrong: style(8, 'bold', INK, 10),
  footer: style(7.5, 'normal', MUTED, 10),
} satisfies Record<string, TextStyle>;

/** Space above each kind of block (dropped at the top of a page). */
const BASE_SPACE = { paragraph: 6, heading2: 16, heading3: 10, block: 10, item: 5 };

export type TypeScale = typeof BASE_TYPE;

export interface Theme {
  type: TypeScale;
  tone: Record<TextTone, TextStyle>;
  space: typeof BASE_SPACE;
}

/**
 * The type and spacing at a scale: 1 everywhere, smaller for a section that must fit one page (the
 * executive summary of a large workshop) rather than spill onto a second.
 */
export function themeAt(scale: number): Theme {
  const type = Object.fromEntries(
    Object.entries(BASE_TYPE).map(([k, v]) => [
      k,
      { ...v, size: v.size * scale, leading: v.leading * scale },
    ]),
  ) as TypeScale;
  const space = Object.fromEntries(
    Object.entries(BASE_SPACE).map(([k, v]) => [k, v * scale]),
  ) as typeof BASE_SPACE;
  const tone = {
    body: type.body,
    lede: type.lede,
    muted: type.muted,
    small: type.small,
    strong: type.strong,
  };
  return { type, tone, space };
}

export const TYPE = BASE_TYPE;
