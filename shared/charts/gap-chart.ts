import { fitText } from './labels';
import {
  arrow,
  estimateTextWidth,
  marker,
  text,
  textBox,
  type Box,
  type Chart,
  type MarkerKind,
  type MeasureText,
  type Paint,
  type Shape,
} from './shapes';

/**
 * Per-question values of two or more series on the 0–4 scale, one row per question (a dot plot): each
 * series a marker (shape and colour, named in the key above), the range between the lowest and the
 * highest joined by a line, and the gap in words on the right. Used for team and role comparison (rows
 * ranked by gap by the caller) and, with `arrows`, for over time (from the earlier value to the current).
 * A series without a value on a row simply has no marker there; a row where fewer than two series have a
 * value shows the caller's note instead of a gap.
 */
export interface GapSeriesInput {
  key: string;
  label: string;
  color: string;
  marker: MarkerKind;
  /** Hollow marker: an earlier workshop in the over-time view. */
  hollow?: boolean;
}

export interface GapRowInput {
  key: string;
  label: string;
  /** One value per series, in the series' order; null = no value. */
  values: readonly (number | null)[];
  /** Right of the row: "gap 2", "+1", or why there is no gap. */
  note: string;
}

export interface GapChartInput {
  width: number;
  series: readonly GapSeriesInput[];
  rows: readonly GapRowInput[];
  /** Draw an arrow from the first series' value to the second's instead of a plain line. */
  arrows?: boolean;
  /** Scale end points (0 and 4 on the vote scale). */
  min?: number;
  max?: number;
  /** Where to rule the scale and what to call each line; the whole numbers from min to max by default. */
  ticks?: readonly { value: number; label: string }[];
  fontSize?: number;
  measure?: MeasureText;
}

export interface GapGeometryRow {
  key: string;
  y: number;
  /** Marker centres per series (null where the series has no value). */
  xs: (number | null)[];
}

export interface GapChartGeometry extends Chart {
  rows: GapGeometryRow[];
  scale: { x0: number; x1: number };
  textBoxes: Box[];
}

export function gapChartGeometry(input: GapChartInput): GapChartGeometry {
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? estimateTextWidth;
  const min = input.min ?? 0;
  const max = input.max ?? 4;
  const shapes: Shape[] = [];
  const textBoxes: Box[] = [];
  const addText = (shape: ReturnType<typeof text>) => {
    shapes.push(shape);
    textBoxes.push(textBox(shape, measure));
  };
  const r = fontSize * 0.45;

  // The key: each series' marker and name, flowing onto as many lines as the width needs.
  let keyX = 0;
  let keyY = fontSize;
  input.series.forEach((s) => {
    const width = 2 * r + 6 + measure(s.label, fontSize) + 16;
    if (keyX > 0 && keyX + width > input.width) {
      keyX = 0;
      keyY += fontSize * 1.5;
    }
    shapes.push(
      ...marker(`key-marker-${s.key}`, s.marker, keyX + r + 1, keyY - fontSize * 0.3, r, seriesStyle(s)),
    );
    addText(text(`key-${s.key}`, s.label, keyX + 2 * r + 6, keyY, { size: fontSize }));
    keyX += width;
  });

  const labelWidth = Math.min(input.width * 0.42, fontSize * 24);
  const noteWidth = Math.max(fontSize * 4, ...input.rows.map((row) => measure(row.note, fontSize))) + 8;
  const x0 = labelWidth + r + 8;
  const x1 = Math.max(x0 + 40, input.width - noteWidth - r - 4);
  const toX = (v: number) => x0 + ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (x1 - x0);
  const axisY = keyY + fontSize * 1.9;
  const ticks =
    input.ticks ??
    Array.from({ length: Math.floor(max) - Math.ceil(min) + 1 }, (_, i) => {
      const value = Math.ceil(min) + i;
      return { value, label: String(value) };
    });
  ticks.forEach((tick, i) =>
    addText(
      text(`tick-${i}`, tick.label, toX(tick.value), axisY, {
        size: fontSize - 1,
        anchor: 'middle',
        fill: 'muted',
      }),
    ),
  );
  // Series on the same value are stacked in the row, each marker clear of the next: in one column up to
  // three, in two beyond (a nudge of under a marker's width, far less than the half point between two
  // values), and the rows grow to hold the largest stack (ten teams can agree on a value).
  const stacks = input.rows.map((row) => {
    const counts = new Map<number, number>();
    for (const v of row.values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
    return counts;
  });
  const columnsFor = (n: number) => (n > 3 ? 2 : 1);
  const deepest = Math.max(
    1,
    ...stacks.flatMap((c) => [...c.values()].map((n) => Math.ceil(n / columnsFor(n)))),
  );
  const pitch = 2.7 * r;
  const rowHeight = Math.max(fontSize * 2, 2 * r + 10, deepest * pitch + 6);
  const firstRow = axisY + fontSize * 0.6;
  const bottom = firstRow + input.rows.length * rowHeight;
  ticks.forEach((tick, i) =>
    shapes.push({
      kind: 'line',
      key: `rule-${i}`,
      x1: toX(tick.value),
      y1: firstRow,
      x2: toX(tick.value),
      y2: bottom,
      stroke: 'rule',
      strokeWidth: 1,
    }),
  );

  const rows: GapGeometryRow[] = input.rows.map((row, i) => {
    const y = firstRow + i * rowHeight + rowHeight / 2;
    addText(
      text(`label-${row.key}`, fitText(row.label, labelWidth, fontSize, measure), 0, y + fontSize * 0.35, {
        size: fontSize,
      }),
    );
    const xs = input.series.map((_, s) => {
      const v = row.values[s];
      return v === null || v === undefined ? null : toX(v);
    });
    const present = xs.filter((x): x is number => x !== null);
    if (input.arrows && xs[0] != null && xs[1] != null) {
      shapes.push(...arrow(`move-${row.key}`, [xs[0], y], [xs[1], y], 'ink', r * 1.6));
    } else if (present.length >= 2) {
      shapes.push({
        kind: 'line',
        key: `range-${row.key}`,
        x1: Math.min(...present),
        y1: y,
        x2: Math.max(...present),
        y2: y,
        stroke: 'muted',
        strokeWidth: 3,
      });
    }
    const seen = new Map<number, number>();
    input.series.forEach((s, k) => {
      const x = xs[k];
      const v = row.values[k];
      if (x === null || x === undefined || v === null || v === undefined) return;
      const at = seen.get(v) ?? 0;
      seen.set(v, at + 1);
      const n = stacks[i]?.get(v) ?? 1;
      const columns = columnsFor(n);
      const dx = columns === 1 ? 0 : ((at % 2) - 0.5) * pitch;
      const dy = (Math.floor(at / columns) - (Math.ceil(n / columns) - 1) / 2) * pitch;
      shapes.push(...marker(`point-${row.key}-${s.key}`, s.marker, x + dx, y + dy, r, seriesStyle(s)));
    });
    addText(
      text(`note-${row.key}`, row.note, input.width, y + fontSize * 0.35, {
        size: fontSize,
        anchor: 'end',
        weight: 'bold',
      }),
    );
    shapes.push({
      kind: 'line',
      key: `sep-${row.key}`,
      x1: 0,
      y1: y + rowHeight / 2,
      x2: input.width,
      y2: y + rowHeight / 2,
      stroke: 'rule',
      strokeWidth: 0.5,
    });
    return { key: row.key, y, xs };
  });
  return { width: input.width, height: bottom + 4, shapes, rows, scale: { x0, x1 }, textBoxes };
}

function seriesStyle(s: GapSeriesInput): { fill: Paint; strokeWidth: number } {
  return { fill: s.hollow ? 'paper' : (s.color as Paint), strokeWidth: s.hollow ? 2 : 1.5 };
}
