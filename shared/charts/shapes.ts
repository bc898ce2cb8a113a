/**
 * The drawing vocabulary of every chart. A chart's geometry is a list of these shapes in drawing order
 * (later shapes on top), in one coordinate space: x to the right, y downwards, in the unit the caller
 * sized the chart in (CSS pixels on screen, points in the PDF). The screen draws them as SVG
 * (renderer/ui/ChartShapes.tsx); the PDF draws the same list with jsPDF. Both map one shape to one call:
 *
 * | shape     | SVG                          | jsPDF                                               |
 * | --------- | ---------------------------- | --------------------------------------------------- |
 * | `rect`    | `<rect>`                     | `rect(x, y, w, h, style)` (or `roundedRect` with r)  |
 * | `line`    | `<line>`                     | `line(x1, y1, x2, y2)`                               |
 * | `circle`  | `<circle>`                   | `circle(cx, cy, r, style)`                           |
 * | `polygon` | `<polygon>`                  | `lines(deltas, x0, y0, [1, 1], style, true)`         |
 * | `text`    | `<text>` with `text-anchor`  | `text(t, x, y, { align, baseline: 'alphabetic' })`   |
 *
 * Styles are deliberately few: a fill, a stroke, a stroke width and a dash pattern (`setLineDashPattern`
 * in jsPDF, `stroke-dasharray` in SVG). There are no gradients, opacity or clip paths, and a pattern
 * (hatching) is not a style: the geometry emits its lines (see `hatch`). Colours are `Paint`: a role that
 * each renderer resolves to its own palette (light or dark theme on screen, print in the PDF), or a team's
 * hex colour. Meaning never rests on colour alone: every series also has a marker shape (`marker`) and a
 * direct label, and the stage ramp reads in greyscale.
 */

/** Colour roles, resolved by each renderer. `band0`…`band4`: one sequential ramp, light to dark. */
export const PAINTS = [
  'ink',
  'muted',
  'rule',
  'paper',
  'bar',
  'barLight',
  'band0',
  'band1',
  'band2',
  'band3',
  'band4',
  'onBand0',
  'onBand1',
  'onBand2',
  'onBand3',
  'onBand4',
] as const;
export type PaintRole = (typeof PAINTS)[number];
/** A role, or a series colour as `#rrggbb` (a team's palette colour). */
export type Paint = PaintRole | `#${string}`;

export interface Stroke {
  stroke?: Paint;
  strokeWidth?: number;
  /** Dash and gap lengths, as in SVG `stroke-dasharray`. */
  dash?: readonly number[];
}

interface Base {
  /** Stable within a chart: React keys, and tests find shapes by it. */
  key: string;
}

export interface RectShape extends Base, Stroke {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill?: Paint;
  /** Corner radius. */
  radius?: number;
}

export interface LineShape extends Base, Stroke {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface CircleShape extends Base, Stroke {
  kind: 'circle';
  cx: number;
  cy: number;
  r: number;
  fill?: Paint;
}

export interface PolygonShape extends Base, Stroke {
  kind: 'polygon';
  /** Closed outline: the last point joins the first. */
  points: readonly (readonly [number, number])[];
  fill?: Paint;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface TextShape extends Base {
  kind: 'text';
  text: string;
  /** Where the text's alphabetic baseline meets its anchor. */
  x: number;
  y: number;
  size: number;
  anchor: TextAnchor;
  weight: 'normal' | 'bold';
  fill: Paint;
  /**
   * Drawn over busy ground (bands, bars, other marks): the renderer puts a paper-coloured outline or box
   * behind it so it stays legible.
   */
  halo?: boolean;
}

export type Shape = RectShape | LineShape | CircleShape | PolygonShape | TextShape;

/** What every chart geometry returns: its size and its shapes in drawing order. */
export interface Chart {
  width: number;
  height: number;
  shapes: Shape[];
}

/** A box in chart coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const inside = (b: Box, bounds: Box): boolean =>
  b.x >= bounds.x &&
  b.y >= bounds.y &&
  b.x + b.width <= bounds.x + bounds.width &&
  b.y + b.height <= bounds.y + bounds.height;

/** Width of a text at a size. A renderer with real font metrics (jsPDF's getTextWidth) can pass its own. */
export type MeasureText = (text: string, size: number) => number;

/**
 * The default measure: 0.6 em per character, a little wider than the average glyph of the UI font and
 * of DejaVu Sans, so labels placed with it have room to spare in both.
 */
export const estimateTextWidth: MeasureText = (text, size) => [...text].length * size * 0.6;

/** The box a text takes, from its anchor, size and measured width (ascent 0.8 em, descent 0.25 em). */
export function textBox(
  t: Pick<TextShape, 'text' | 'x' | 'y' | 'size' | 'anchor'>,
  measure: MeasureText,
): Box {
  const width = measure(t.text, t.size);
  const x = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - width : t.x - width / 2;
  return { x, y: t.y - t.size * 0.8, width, height: t.size * 1.05 };
}

export function text(
  key: string,
  value: string,
  x: number,
  y: number,
  options: Partial<Pick<TextShape, 'size' | 'anchor' | 'weight' | 'fill' | 'halo'>> = {},
): TextShape {
  return {
    kind: 'text',
    key,
    text: value,
    x,
    y,
    size: options.size ?? 12,
    anchor: options.anchor ?? 'start',
    weight: options.weight ?? 'normal',
    fill: options.fill ?? 'ink',
    ...(options.halo ? { halo: true } : {}),
  };
}

/**
 * Marker shapes for series (teams, roles, workshops), in order: circle, square, triangle, diamond,
 * inverted triangle, pentagon, cross, star. With the Okabe–Ito colours they tell series apart in
 * colour-blind vision and in greyscale.
 */
export const MARKERS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'down',
  'pentagon',
  'cross',
  'star',
] as const;
export type MarkerShape = (typeof MARKERS)[number];
/**
 * A shape, filled (`circle`), open (`circle-open`: an ink outline on paper around a small core in the
 * series colour) or dotted (`circle-dot`: filled, with a paper dot in the middle). The palette has eight
 * colours and there are eight shapes, so the ninth series onwards would repeat the first ones' colour
 * and shape: each further eight take the next fill, and 24 series stay distinct without colour.
 */
export type MarkerKind = MarkerShape | `${MarkerShape}-open` | `${MarkerShape}-dot`;

export function markerFor(index: number): MarkerKind {
  const shape = MARKERS[index % MARKERS.length] as MarkerShape;
  const fill = Math.floor(index / MARKERS.length) % 3;
  return fill === 0 ? shape : `${shape}-${fill === 1 ? 'open' : 'dot'}`;
}

/** A marker centred on (cx, cy) that fits a circle of radius r (1.3 r for the pointed shapes). */
export function marker(
  key: string,
  kind: MarkerKind,
  cx: number,
  cy: number,
  r: number,
  style: { fill: Paint; stroke?: Paint; strokeWidth?: number },
): (CircleShape | PolygonShape)[] {
  const [shape, fill] = kind.split('-') as [MarkerShape, 'open' | 'dot' | undefined];
  const stroke = style.stroke ?? 'ink';
  const strokeWidth = style.strokeWidth ?? 1.5;
  const outline = (k: string, radius: number, paint: Paint, line: Stroke): CircleShape | PolygonShape =>
    shape === 'circle'
      ? { kind: 'circle', key: k, cx, cy, r: radius, fill: paint, ...line }
      : { kind: 'polygon', key: k, points: markerPoints(shape, cx, cy, radius), fill: paint, ...line };
  if (fill === 'open') {
    return [
      outline(key, r, 'paper', { stroke, strokeWidth: Math.max(strokeWidth, 2) }),
      outline(`${key}-core`, r * 0.45, style.fill, {}),
    ];
  }
  const body = outline(key, r, style.fill, { stroke, strokeWidth });
  if (fill !== 'dot') return [body];
  const dot: CircleShape = {
    kind: 'circle',
    key: `${key}-dot`,
    cx,
    cy,
    r: r * 0.38,
    fill: 'paper',
    stroke,
    strokeWidth: 1,
  };
  return [body, dot];
}

function regular(cx: number, cy: number, r: number, sides: number, rotation: number): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)];
  });
}

function markerPoints(kind: Exclude<MarkerShape, 'circle'>, cx: number, cy: number, r: number) {
  const up = -Math.PI / 2;
  switch (kind) {
    case 'square':
      return regular(cx, cy, r * 1.2, 4, Math.PI / 4);
    case 'triangle':
      return regular(cx, cy + r * 0.15, r * 1.25, 3, up);
    case 'diamond':
      return regular(cx, cy, r * 1.3, 4, up);
    case 'down':
      return regular(cx, cy - r * 0.15, r * 1.25, 3, Math.PI / 2);
    case 'pentagon':
      return regular(cx, cy, r * 1.15, 5, up);
    case 'cross': {
      const a = r * 0.4;
      const b = r * 1.1;
      return [
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ].map(([x, y]) => [cx + (x as number), cy + (y as number)] as [number, number]);
    }
    case 'star':
      return Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.55;
        const a = up + (i * Math.PI) / 5;
        return [cx + radius * Math.cos(a), cy + radius * Math.sin(a)] as [number, number];
      });
  }
}

/**
 * Diagonal hatching inside a box, as lines: the pattern that marks "not assessed" or "no value" areas
 * in any renderer and in greyscale, without pattern support in either.
 */
export function hatch(key: string, box: Box, spacing = 6, paint: Paint = 'muted'): LineShape[] {
  const lines: LineShape[] = [];
  // Lines x − y = c for c across the box's range, clipped to the box.
  for (let c = box.x - box.y - box.height + spacing; c < box.x + box.width - box.y; c += spacing) {
    const x1 = Math.max(box.x, c + box.y);
    const y1 = x1 - c;
    const x2 = Math.min(box.x + box.width, c + box.y + box.height);
    const y2 = x2 - c;
    if (x2 - x1 < 0.5) continue;
    lines.push({
      kind: 'line',
      key: `${key}-${lines.length}`,
      x1,
      y1,
      x2,
      y2,
      stroke: paint,
      strokeWidth: 1,
    });
  }
  return lines;
}

/** An arrow from (x1, y1) to (x2, y2): its shaft and a head at the end (none when shorter than the head). */
export function arrow(
  key: string,
  from: readonly [number, number],
  to: readonly [number, number],
  paint: Paint = 'ink',
  head = 8,
): Shape[] {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const length = Math.hypot(x2 - x1, y2 - y1);
  if (length < 1e-9) return [];
  const ux = (x2 - x1) / length;
  const uy = (y2 - y1) / length;
  const shaft: LineShape = {
    kind: 'line',
    key: `${key}-shaft`,
    x1,
    y1,
    x2: length > head ? x2 - ux * head * 0.8 : x2,
    y2: length > head ? y2 - uy * head * 0.8 : y2,
    stroke: paint,
    strokeWidth: 2,
  };
  if (length <= head) return [shaft];
  const base: [number, number] = [x2 - ux * head, y2 - uy * head];
  const half = head * 0.5;
  const tip: PolygonShape = {
    kind: 'polygon',
    key: `${key}-head`,
    points: [
      [x2, y2],
      [base[0] - uy * half, base[1] + ux * half],
      [base[0] + uy * half, base[1] - ux * half],
    ],
    fill: paint,
  };
  return [shaft, tip];
}
