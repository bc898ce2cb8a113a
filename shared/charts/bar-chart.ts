import { fitText } from './labels';
import {
  estimateTextWidth,
  text,
  textBox,
  type Box,
  type Chart,
  type MeasureText,
  type Paint,
  type Shape,
} from './shapes';

/**
 * Horizontal bars with direct labels: the archetype mix (share with its min–max spread across
 * participants as a whisker), the enabler (capacity) profile and the responsibility-area profile (each a
 * mean / 4, 0–100 %). A row without a value gets its words ("no value") and no bar, never a zero bar.
 * Labels sit in a column left of the bars when they fit in 40 % of the width, else above each bar. The
 * height follows from the rows.
 */
export interface BarRowInput {
  key: string;
  label: string;
  value: number | null;
  /** The spread (e.g. min–max across participants), drawn as a whisker over the bar. */
  spread?: { min: number; max: number } | null;
  /** Right of the bar: "34 %", or the words for no value. */
  valueLabel: string;
}

export interface BarChartInput {
  width: number;
  rows: readonly BarRowInput[];
  /** The value at the right end of the scale (1 for shares and profiles). */
  max?: number;
  /** Light vertical rules with their labels under the bars, e.g. 0 %, 50 %, 100 %. */
  ticks?: readonly { value: number; label: string }[];
  fill?: Paint;
  /**
   * The widest the label column may be, as a share of the width, before labels move above the bars
   * (0.4 by default). A chart beside a longer list (the report's summary) keeps one line per row.
   */
  labelShare?: number;
  fontSize?: number;
  measure?: MeasureText;
}

export interface BarGeometryRow {
  key: string;
  bar: Box | null;
  whisker: { x1: number; x2: number; y: number } | null;
}

export interface BarChartGeometry extends Chart {
  rows: BarGeometryRow[];
  /** Where the bars start and end (value 0 and `max`). */
  scale: { x0: number; x1: number };
  labelsAbove: boolean;
  textBoxes: Box[];
}

export function barChartGeometry(input: BarChartInput): BarChartGeometry {
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? estimateTextWidth;
  const max = input.max ?? 1;
  const widest = Math.max(0, ...input.rows.map((r) => measure(r.label, fontSize)));
  const labelsAbove = widest > input.width * (input.labelShare ?? 0.4);
  const labelColumn = labelsAbove ? 0 : widest + 12;
  const valueColumn = Math.max(0, ...input.rows.map((r) => measure(r.valueLabel, fontSize))) + 10;
  const x0 = labelColumn;
  const x1 = Math.max(x0 + 20, input.width - valueColumn);
  const toX = (v: number) => x0 + (Math.min(max, Math.max(0, v)) / max) * (x1 - x0);
  const barHeight = Math.round(fontSize * 1.3);
  const rowHeight = barHeight + (labelsAbove ? fontSize * 1.4 : 0) + 10;
  const top = 4;
  const shapes: Shape[] = [];
  const textBoxes: Box[] = [];
  const addText = (shape: ReturnType<typeof text>) => {
    shapes.push(shape);
    textBoxes.push(textBox(shape, measure));
  };
  const bodyHeight = top + input.rows.length * rowHeight;
  const ticks = input.ticks ?? [];
  for (const [i, tick] of ticks.entries()) {
    const x = toX(tick.value);
    shapes.push({
      kind: 'line',
      key: `tick-${i}`,
      x1: x,
      y1: top,
      x2: x,
      y2: bodyHeight,
      stroke: 'rule',
      strokeWidth: 1,
    });
    addText(
      text(`tick-label-${i}`, tick.label, x, bodyHeight + fontSize * 1.1, {
        size: fontSize - 1,
        anchor: i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle',
        fill: 'muted',
      }),
    );
  }

  const rows: BarGeometryRow[] = input.rows.map((row, i) => {
    const rowTop = top + i * rowHeight;
    const barY = rowTop + (labelsAbove ? fontSize * 1.4 : 0) + 4;
    const midY = barY + barHeight / 2;
    const label = labelsAbove
      ? text(`label-${row.key}`, fitText(row.label, input.width, fontSize, measure), 0, barY - 4, {
          size: fontSize,
        })
      : // Left-aligned from the chart's edge: a font wider than the estimate runs into the gap before
        // the bars rather than off the chart.
        text(`label-${row.key}`, row.label, 0, midY + fontSize * 0.35, { size: fontSize });
    addText(label);
    if (row.value === null) {
      addText(
        text(`value-${row.key}`, row.valueLabel, x0, midY + fontSize * 0.35, {
          size: fontSize,
          fill: 'muted',
        }),
      );
      return { key: row.key, bar: null, whisker: null };
    }
    const bar = { x: x0, y: barY, width: toX(row.value) - x0, height: barHeight };
    shapes.push({ kind: 'rect', key: `bar-${row.key}`, ...bar, fill: input.fill ?? 'bar' });
    let whisker: BarGeometryRow['whisker'] = null;
    if (row.spread && row.spread.max > row.spread.min) {
      whisker = { x1: toX(row.spread.min), x2: toX(row.spread.max), y: midY };
      const cap = barHeight * 0.35;
      shapes.push(
        {
          kind: 'line',
          key: `spread-${row.key}`,
          x1: whisker.x1,
          y1: midY,
          x2: whisker.x2,
          y2: midY,
          stroke: 'ink',
          strokeWidth: 1.5,
        },
        {
          kind: 'line',
          key: `spread-min-${row.key}`,
          x1: whisker.x1,
          y1: midY - cap,
          x2: whisker.x1,
          y2: midY + cap,
          stroke: 'ink',
          strokeWidth: 1.5,
        },
        {
          kind: 'line',
          key: `spread-max-${row.key}`,
          x1: whisker.x2,
          y1: midY - cap,
          x2: whisker.x2,
          y2: midY + cap,
          stroke: 'ink',
          strokeWidth: 1.5,
        },
      );
    }
    const end = Math.max(bar.x + bar.width, whisker?.x2 ?? 0);
    addText(
      text(`value-${row.key}`, row.valueLabel, end + 6, midY + fontSize * 0.35, {
        size: fontSize,
        weight: 'bold',
      }),
    );
    return { key: row.key, bar, whisker };
  });
  const height = bodyHeight + (ticks.length > 0 ? fontSize * 1.6 : 4);
  return { width: input.width, height, shapes, rows, scale: { x0, x1 }, labelsAbove, textBoxes };
}
