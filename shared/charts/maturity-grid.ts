import { GRID_BANDS } from '../scoring/grid';
import { bandSpots, EXTENT, placeBandName, placeFixed } from './grid-layout';
import { drawPoints } from './grid-points';
import { placeLabels } from './labels';
import {
  arrow,
  estimateTextWidth,
  text,
  textBox,
  type Box,
  type Chart,
  type MarkerKind,
  type MeasureText,
  type Paint,
  type Shape,
  type TextShape,
  inside,
  overlaps,
} from './shapes';

/**
 * The maturity grid (the staircase figure of the five-stage model): stage bands stacked by ability to
 * execute, each starting further right on involvement and running to the right edge; the group's point,
 * each team's point (colour, marker shape and name), participants' points as small dots, the spread of
 * the group, the stage reached (outlined) and the target stage (dashed outline, named). A point left of
 * where its band starts is drawn where it is, with a dashed line to the band's start, and flagged; the
 * words for it are the caller's (the engine's `leftOfBand`). Points without involvement (x null) cannot be
 * placed and are listed in `unplaced` for the caller to say so.
 */
export interface GridPointInput {
  id: string;
  /** Drawn beside the point; participants' dots carry no label (an empty string). */
  label: string;
  x: number | null;
  y: number;
  kind: 'group' | 'team' | 'participant' | 'earlier';
  color?: string;
  marker?: MarkerKind;
  /** The engine's GridPoint.leftOfBand, with the stage whose band the point belongs to. */
  leftOfBand?: { stage: number } | null;
}

export interface GridChartInput {
  width: number;
  height: number;
  /** Stage names, bottom (0) to top (4). */
  stageNames: readonly string[];
  stageReached: number | null;
  target?: { stage: number; label: string } | null;
  /** The middle half of the participants' points (quartiles of x and of y), named on the chart. */
  spread?: { x0: number; x1: number; y0: number; y1: number; label: string } | null;
  points: readonly GridPointInput[];
  /** Over time: arrows from an earlier point to the current one (grid units). */
  moves?: readonly { key: string; from: { x: number; y: number }; to: { x: number; y: number } }[];
  /** Axis titles and the involvement ladder's rungs under the x axis. */
  axes?: { x: string; y: string; levels?: readonly string[] } | null;
  fontSize?: number;
  measure?: MeasureText;
}

export interface GridChartBand {
  stage: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** "4 · Leadership": drawn inside the band, or left of it when the band is too narrow (`outside`). */
  label: string;
  outside: boolean;
  reached: boolean;
  target: boolean;
}

export interface GridChartPoint {
  id: string;
  label: string;
  kind: GridPointInput['kind'];
  cx: number;
  cy: number;
  /** Drawn left of its band's start (see GridPointInput.leftOfBand). */
  flagged: boolean;
  /** The label's box, when the point has a label. */
  labelBox: Box | null;
}

export interface GridChartGeometry extends Chart {
  plot: Box;
  bands: GridChartBand[];
  points: GridChartPoint[];
  /** Points that have no involvement value, so no place on the grid. */
  unplaced: string[];
  /** Every text's box (band names, axes, point labels): for tests of overlap. */
  textBoxes: Box[];
  /** Every mark's box (points, with their flag rings): no text is placed on one. */
  marks: Box[];
}

/** Marker radii at a 12 px font; they grow with the font, so a projector's markers read as well as its text. */
const RADIUS = { group: 7, team: 6, earlier: 6, participant: 3 } as const;

export function maturityGridGeometry(input: GridChartInput): GridChartGeometry {
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? estimateTextWidth;
  const radius = (kind: GridPointInput['kind']) => RADIUS[kind] * Math.max(1, fontSize / 12);
  const axes = input.axes ?? null;
  const margin = {
    left: 8,
    right: 8,
    top: axes ? fontSize * 1.6 : 8,
    bottom: axes ? fontSize * (axes.levels ? 3.2 : 1.8) : 8,
  };
  const plot = {
    x: margin.left,
    y: margin.top,
    width: input.width - margin.left - margin.right,
    height: input.height - margin.top - margin.bottom,
  };
  const toX = (x: number) => plot.x + Math.min(1, Math.max(0, x)) * plot.width;
  const toY = (y: number) => plot.y + (1 - Math.min(1, Math.max(0, y))) * plot.height;
  const shapes: Shape[] = [];
  const textBoxes: Box[] = [];
  const addText = (shape: TextShape, box = textBox(shape, measure)) => {
    shapes.push(shape);
    textBoxes.push(box);
  };

  const bands: GridChartBand[] = GRID_BANDS.map((b) => {
    const x = toX(b.xStart);
    const y = toY(b.yEnd);
    const name = input.stageNames[b.stage] ?? '';
    return {
      stage: b.stage,
      x,
      y,
      width: toX(b.xEnd) - x,
      height: toY(b.yStart) - y,
      label: name ? `${b.stage} · ${name}` : String(b.stage),
      outside: false,
      reached: input.stageReached === b.stage,
      target: input.target?.stage === b.stage,
    };
  });
  for (const b of bands) {
    shapes.push({
      kind: 'rect',
      key: `band-${b.stage}`,
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      fill: `band${b.stage}` as Paint,
    });
  }
  for (const b of bands) {
    if (b.reached) {
      shapes.push({
        kind: 'rect',
        key: `reached-${b.stage}`,
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        stroke: 'ink',
        strokeWidth: 3,
      });
    }
    if (b.target) {
      const inset = b.reached ? 4 : 1.5;
      shapes.push({
        kind: 'rect',
        key: `target-${b.stage}`,
        x: b.x + inset,
        y: b.y + inset,
        width: b.width - 2 * inset,
        height: b.height - 2 * inset,
        stroke: 'ink',
        strokeWidth: 2,
        dash: [6, 4],
      });
    }
  }

  if (axes) {
    addText(text('axis-y', axes.y, plot.x, plot.y - fontSize * 0.6, { size: fontSize, fill: 'muted' }));
    const levels = axes.levels ?? [];
    levels.forEach((level, i) => {
      const x = plot.x + ((i + 0.5) / levels.length) * plot.width;
      addText(
        text(`level-${i}`, level, x, plot.y + plot.height + fontSize * 1.2, {
          size: fontSize,
          anchor: 'middle',
          fill: 'muted',
        }),
      );
    });
    const axisY = plot.y + plot.height + fontSize * (levels.length > 0 ? 2.6 : 1.3);
    addText(
      text('axis-x', axes.x, plot.x + plot.width, axisY, { size: fontSize, anchor: 'end', fill: 'muted' }),
    );
  }

  const spread = input.spread ?? null;
  let spreadBox: Box | null = null;
  if (spread) {
    const x = toX(spread.x0);
    const y = toY(spread.y1);
    spreadBox = { x, y, width: Math.max(2, toX(spread.x1) - x), height: Math.max(2, toY(spread.y0) - y) };
    shapes.push({ kind: 'rect', key: 'spread', ...spreadBox, stroke: 'ink', strokeWidth: 1.5, dash: [4, 3] });
  }

  // Each move's arrow ends at the edge of the point it reaches, so its head shows; no label crosses it.
  const trails: Box[] = [];
  for (const move of input.moves ?? []) {
    const [x1, y1, x2, y2] = [toX(move.from.x), toY(move.from.y), toX(move.to.x), toY(move.to.y)];
    const length = Math.hypot(x2 - x1, y2 - y1);
    const stop = Math.max(0, length - radius('group') - 2) / (length || 1);
    const end: [number, number] = [x1 + (x2 - x1) * stop, y1 + (y2 - y1) * stop];
    shapes.push(...arrow(`move-${move.key}`, [x1, y1], end, 'ink'));
    for (let d = 0; d <= length; d += 4) {
      trails.push({
        x: x1 + ((x2 - x1) * d) / length - 3,
        y: y1 + ((y2 - y1) * d) / length - 3,
        width: 6,
        height: 6,
      });
    }
  }
  const { points, marks, lines } = drawPoints(input.points, shapes, bands, { toX, toY, radius, plot });
  const unplaced = input.points.filter((p) => p.x === null).map((p) => p.id);

  // The target's name, then the bands' names, each at the first of its places that no mark or text
  // holds; then the points' labels around them.
  // The spread's outline too: a name written along one of its edges is struck through.
  const edges = spreadBox ? outline(spreadBox) : [];
  const taken = (): Box[] => [...textBoxes, ...marks, ...lines, ...edges, ...trails];
  const targetBand = bands.find((b) => b.target);
  if (targetBand && input.target) {
    const inset = (targetBand.reached ? 4 : 1.5) + 4;
    const placed = placeFixed(
      'target-label',
      input.target.label,
      Object.values(bandSpots(targetBand, fontSize, inset, 'start')).flat(),
      taken(),
      { size: fontSize, weight: 'bold', fill: `onBand${targetBand.stage}` as Paint },
      measure,
    );
    if (placed) addText(placed.shape, placed.box);
  }
  for (const b of bands) {
    const placed = placeBandName(b, plot, fontSize, taken(), measure);
    if (placed === null) continue;
    b.outside = placed.outside;
    addText(placed.shape, placed.box);
  }

  const order = { participant: 0, earlier: 1, team: 2, group: 3 } as const;
  const labelled = points.filter((p) => p.label !== '').sort((a, b) => order[b.kind] - order[a.kind]);
  const requests = labelled.map((p) => ({
    key: `label-${p.id}`,
    text: p.label,
    size: p.kind === 'group' ? fontSize + 1 : fontSize,
    weight: p.kind === 'group' ? ('bold' as const) : ('normal' as const),
    cx: p.cx,
    cy: p.cy,
    r: EXTENT * radius(p.kind) + (p.flagged ? 4 : 0),
  }));
  if (spread && spreadBox) {
    requests.push({
      key: 'label-spread',
      text: spread.label,
      size: fontSize - 1,
      weight: 'normal',
      cx: spreadBox.x + spreadBox.width,
      cy: spreadBox.y,
      r: 0,
    });
  }
  const labels = placeLabels(
    requests,
    taken(),
    { x: 0, y: 0, width: input.width, height: input.height },
    measure,
    points.filter((p) => p.kind !== 'participant'),
  );
  for (const l of labels) {
    if (l.leader) shapes.push(l.leader);
    shapes.push(onGround(l.text, l.box, bands));
    textBoxes.push(l.box);
    const point = points.find((p) => `label-${p.id}` === l.key);
    if (point) point.labelBox = l.box;
  }

  return {
    width: input.width,
    height: input.height,
    shapes,
    plot,
    bands,
    points,
    marks,
    unplaced,
    textBoxes,
  };
}

/** A box's four edges as thin boxes. */
const outline = (b: Box): Box[] => [
  { x: b.x - 1, y: b.y - 1, width: b.width + 2, height: 2 },
  { x: b.x - 1, y: b.y + b.height - 1, width: b.width + 2, height: 2 },
  { x: b.x - 1, y: b.y - 1, width: 2, height: b.height + 2 },
  { x: b.x + b.width - 1, y: b.y - 1, width: 2, height: b.height + 2 },
];

/**
 * A label takes the colour of the ground it sits on: on one band, that band's text colour (white on the
 * dark stages); off the bands, ink; across an edge, ink with a paper halo so it reads on both grounds.
 */
function onGround(shape: TextShape, box: Box, bands: readonly GridChartBand[]): TextShape {
  const within = bands.find((b) => inside(box, b));
  if (within) return { ...shape, fill: `onBand${within.stage}` as Paint, halo: false };
  if (!bands.some((b) => overlaps(box, b))) return { ...shape, halo: false };
  return shape;
}
