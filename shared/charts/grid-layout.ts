import type { GridChartBand } from './maturity-grid';
import {
  inside,
  overlaps,
  text,
  textBox,
  type Box,
  type MeasureText,
  type Paint,
  type TextShape,
} from './shapes';

/**
 * Layout helpers of the maturity grid: markers that would hide one another are set side by side, and
 * the grid's fixed texts (band names, the target's name) take the first of their places that no mark or
 * text already holds.
 */

/** Marker extent from a marker's radius: the pointed shapes (diamond, star) reach 1.3 r. */
export const EXTENT = 1.3;

export interface DodgeInput {
  cx: number;
  cy: number;
  r: number;
}

/**
 * Centres for markers so that none hides another (teams on the same point, or nearly). Markers are set
 * in the order given (the most important first), each at its own point when nothing is there yet, else at
 * the nearest free place on its own height — sideways only, so every team stays in the band of its
 * stage — within `[left, right]`. The caller draws a thin line from each moved marker to its exact point.
 */
export function dodge(
  marks: readonly DodgeInput[],
  left: number,
  right: number,
): { cx: number; cy: number }[] {
  const placed: Box[] = [];
  return marks.map((m) => {
    const reach = EXTENT * m.r + 1;
    const box = (cx: number): Box => ({
      x: cx - reach,
      y: m.cy - reach,
      width: 2 * reach,
      height: 2 * reach,
    });
    const free = (cx: number) =>
      cx - reach >= left - m.r && cx + reach <= right + m.r && !placed.some((p) => overlaps(p, box(cx)));
    const step = reach / 2;
    let cx = m.cx;
    for (let k = 1; !free(cx) && k < 400; k++) {
      const right_ = m.cx + Math.ceil(k / 2) * step;
      const left_ = m.cx - Math.ceil(k / 2) * step;
      cx = k % 2 === 1 ? right_ : left_;
    }
    placed.push(box(cx));
    return { cx, cy: m.cy };
  });
}

/** A place a fixed text may take: where its anchor goes, and the box it must stay within. */
export interface Spot {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  within: Box;
}

/**
 * The text at the first spot where it stays within its box and overlaps nothing taken; when every spot
 * is taken (a chart too crowded to say it cleanly), at the first spot, haloed, to be drawn over the
 * marks so it still reads.
 */
export function placeFixed(
  key: string,
  value: string,
  spots: readonly Spot[],
  taken: readonly Box[],
  style: Pick<TextShape, 'size' | 'weight' | 'fill'>,
  measure: MeasureText,
): { shape: TextShape; box: Box; spot: Spot; crowded: boolean } | null {
  const make = (spot: Spot) => text(key, value, spot.x, spot.y, { ...style, anchor: spot.anchor });
  for (const spot of spots) {
    const shape = make(spot);
    const box = textBox(shape, measure);
    if (inside(box, spot.within) && !taken.some((t) => overlaps(t, box))) {
      return { shape, box, spot, crowded: false };
    }
  }
  const first = spots[0];
  if (first === undefined) return null;
  const shape = { ...make(first), halo: true };
  return { shape, box: textBox(shape, measure), spot: first, crowded: true };
}

/**
 * Places inside a band, a small inset from its edges: its four corners (the side asked for first, top
 * before bottom), then along its top and its bottom from that side towards the other, so a name finds
 * room between the points when every corner holds one.
 */
export function bandSpots(
  b: Box,
  fontSize: number,
  inset: number,
  from: 'start' | 'end',
): { corners: Spot[]; along: Spot[] } {
  const top = b.y + Math.min(fontSize + inset - 2, b.height - 4);
  const bottom = b.y + b.height - fontSize * 0.25 - inset + 2;
  const other = from === 'start' ? 'end' : 'start';
  const at = (anchor: 'start' | 'end', y: number, k = 0): Spot => ({
    x: anchor === 'start' ? b.x + inset + k * fontSize * 0.75 : b.x + b.width - inset - k * fontSize * 0.75,
    y,
    anchor,
    within: b,
  });
  const steps = Math.max(0, Math.floor((b.width - 2 * inset) / (fontSize * 0.75)));
  return {
    corners: [at(from, top), at(from, bottom), at(other, top), at(other, bottom)],
    along: [top, bottom].flatMap((y) => Array.from({ length: steps }, (_, k) => at(from, y, k + 1))),
  };
}

/**
 * Just left of where a band starts, at its height: the staircase leaves that space empty, so a band too
 * narrow for its name (the top one, on a small chart), or one whose corners hold points, is named there.
 */
export function outsideSpots(b: Box, plot: Box, fontSize: number): Spot[] {
  const within = { x: plot.x, y: b.y, width: b.x - plot.x, height: b.height };
  return within.width <= 0 ? [] : bandSpots(within, fontSize, 6, 'end').corners.slice(0, 2);
}

/**
 * A band's name: in full inside the band (a corner first, then along its top or bottom) or just left of
 * it; only when every such place is taken or too narrow, the stage's number alone inside it. Left of the
 * band it is ink (it sits on paper); inside, the band's own text colour.
 */
export function placeBandName(
  b: GridChartBand,
  plot: Box,
  fontSize: number,
  taken: readonly Box[],
  measure: MeasureText,
): { shape: TextShape; box: Box; outside: boolean } | null {
  const key = `band-label-${b.stage}`;
  const style = { size: fontSize, weight: 'normal' as const, fill: `onBand${b.stage}` as Paint };
  const fits = (label: string, spot: Spot) => measure(label, fontSize) <= spot.within.width - 8;
  const { corners, along } = bandSpots(b, fontSize, 6, 'end');
  const full = [...corners, ...outsideSpots(b, plot, fontSize), ...along].filter((spot) =>
    fits(b.label, spot),
  );
  const number = [...corners, ...along].filter((spot) => fits(String(b.stage), spot));
  let placed = placeFixed(key, b.label, full, taken, style, measure);
  if (placed === null || placed.crowded) {
    const short = placeFixed(key, String(b.stage), number, taken, style, measure);
    if (short !== null && (!short.crowded || placed === null)) placed = short;
  }
  if (placed === null) return null;
  const outside = placed.spot.within !== b;
  return { shape: outside ? { ...placed.shape, fill: 'ink' } : placed.shape, box: placed.box, outside };
}
