import {
  estimateTextWidth,
  inside,
  overlaps,
  text,
  textBox,
  type Box,
  type LineShape,
  type MeasureText,
  type TextAnchor,
  type TextShape,
} from './shapes';

/** A label to put next to the mark it names (a point, a marker). */
export interface LabelRequest {
  key: string;
  text: string;
  size: number;
  weight?: 'normal' | 'bold';
  /** The mark: its centre and the radius it takes. */
  cx: number;
  cy: number;
  r: number;
}

export interface PlacedLabel {
  key: string;
  text: TextShape;
  /** A thin line from the mark to a label placed away from it; null when the label sits beside it. */
  leader: LineShape | null;
  box: Box;
  /** True only when no free spot existed anywhere in the chart (the label then overlaps something). */
  crowded: boolean;
}

const DIRECTIONS: readonly (readonly [number, number, TextAnchor])[] = [
  [1, 0, 'start'],
  [-1, 0, 'end'],
  [0, -1, 'middle'],
  [0, 1, 'middle'],
  [1, -1, 'start'],
  [-1, -1, 'end'],
  [1, 1, 'start'],
  [-1, 1, 'end'],
];

/**
 * Places labels one by one, in the order given (put the most important first), each at the first spot
 * that stays inside `bounds` and overlaps no obstacle (marks, other charts' text) and no label placed
 * before it. Spots are tried beside the mark in eight directions, then further out in rings (with a
 * leader line), then anywhere in the chart, nearest first. Pure and deterministic.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Box[],
  bounds: Box,
  measure: MeasureText = estimateTextWidth,
  /** Other marks' centres: a label beside its mark is never nearer to one of them (it would name it). */
  marks: readonly { cx: number; cy: number }[] = [],
): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const result = place(request, taken, bounds, measure, marks);
    taken.push(result.box);
    placed.push(result);
  }
  return placed;
}

function place(
  request: LabelRequest,
  taken: readonly Box[],
  bounds: Box,
  measure: MeasureText,
  marks: readonly { cx: number; cy: number }[],
): PlacedLabel {
  const { cx, cy, r, size } = request;
  const weight = request.weight ?? 'normal';
  const make = (x: number, y: number, anchor: TextAnchor) =>
    text(request.key, request.text, x, y, { size, anchor, weight, halo: true });
  const free = (box: Box) => inside(box, bounds) && !taken.some((t) => overlaps(t, box));
  const gap = (box: Box, x: number, y: number) =>
    Math.hypot(Math.max(box.x - x, 0, x - box.x - box.width), Math.max(box.y - y, 0, y - box.y - box.height));
  // Nearer to its own mark than to any other, by a margin, so the label cannot be read as another's.
  const own = (box: Box) =>
    marks.every((m) => (m.cx === cx && m.cy === cy) || gap(box, m.cx, m.cy) > gap(box, cx, cy) + 2);
  const at = (dx: number, dy: number, anchor: TextAnchor, distance: number) => {
    // Vertical neighbours sit above or below the mark; the baseline is offset so the box clears it.
    const x = cx + dx * distance;
    const y = dy === 0 ? cy + size * 0.3 : dy < 0 ? cy - distance : cy + distance + size * 0.8;
    return make(x, y, anchor);
  };

  for (const distance of [r + 4, r + 14, r + 26, r + 42, r + 62]) {
    for (const [dx, dy, anchor] of DIRECTIONS) {
      const shape = at(dx, dy, anchor, distance);
      const box = textBox(shape, measure);
      if (!free(box) || !own(box)) continue;
      // Beside the mark a label is plainly its own; above, below or across a corner, among other marks,
      // a short line says whose it is.
      const leader = distance > r + 4 || dy !== 0 ? leaderLine(request, box) : null;
      return { key: request.key, text: shape, leader, box, crowded: false };
    }
  }

  // Anywhere in the chart, nearest to the mark first, joined to it by a leader line.
  const width = measure(request.text, size);
  const height = size * 1.05;
  let best: { box: Box; distance: number } | null = null;
  for (let y = bounds.y; y + height <= bounds.y + bounds.height; y += height / 2) {
    for (let x = bounds.x; x + width <= bounds.x + bounds.width; x += 4) {
      const box = { x, y, width, height };
      const distance = Math.hypot(x + width / 2 - cx, y + height / 2 - cy);
      if ((best === null || distance < best.distance) && free(box)) best = { box, distance };
    }
  }
  if (best !== null) {
    const shape = make(best.box.x, best.box.y + size * 0.8, 'start');
    return {
      key: request.key,
      text: shape,
      leader: leaderLine(request, best.box),
      box: best.box,
      crowded: false,
    };
  }
  const shape = at(1, 0, 'start', r + 4);
  return { key: request.key, text: shape, leader: null, box: textBox(shape, measure), crowded: true };
}

/** From the edge of the mark towards the nearest point of the label's box. */
function leaderLine(request: LabelRequest, box: Box): LineShape {
  const tx = Math.max(box.x, Math.min(request.cx, box.x + box.width));
  const ty = Math.max(box.y, Math.min(request.cy, box.y + box.height));
  const length = Math.hypot(tx - request.cx, ty - request.cy) || 1;
  return {
    kind: 'line',
    key: `${request.key}-leader`,
    x1: request.cx + ((tx - request.cx) / length) * request.r,
    y1: request.cy + ((ty - request.cy) / length) * request.r,
    x2: tx,
    y2: ty,
    stroke: 'muted',
    strokeWidth: 1,
  };
}

/** The text, shortened with an ellipsis to fit `maxWidth` (whole when it fits). */
export function fitText(
  value: string,
  maxWidth: number,
  size: number,
  measure: MeasureText = estimateTextWidth,
) {
  if (measure(value, size) <= maxWidth) return value;
  const chars = [...value];
  let keep = chars.length;
  while (keep > 1 && measure(`${chars.slice(0, keep).join('').trimEnd()}…`, size) > maxWidth) keep--;
  return `${chars.slice(0, keep).join('').trimEnd()}…`;
}

/**
 * The text broken into at most `maxLines` lines of `maxWidth` at word boundaries; the last line is
 * shortened with an ellipsis when the text does not fit.
 */
export function wrapText(
  value: string,
  maxWidth: number,
  size: number,
  maxLines = 2,
  measure: MeasureText = estimateTextWidth,
): string[] {
  const words = value.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const [i, word] of words.entries()) {
    const next = current ? `${current} ${word}` : word;
    if (measure(next, size) <= maxWidth || current === '') {
      current = next;
      continue;
    }
    if (lines.length === maxLines - 1) {
      return [
        ...lines,
        fitText(words.slice(i - current.split(' ').length).join(' '), maxWidth, size, measure),
      ];
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(fitText(current, maxWidth, size, measure));
  return lines;
}
