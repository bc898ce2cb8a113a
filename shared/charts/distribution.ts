import { text, type Chart, type Shape } from './shapes';

/**
 * Geometry of the vote distribution chart (one bar per scale point, direct labels, the median
 * marked). Computed once here; the session screen draws it as SVG and the report draws the same shapes.
 */
export interface DistributionBar {
  value: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the count label sits (above the bar). */
  labelY: number;
  /** Where the scale value sits (just under the axis). */
  axisLabelY: number;
  isMedianCategory: boolean;
  /** The same category in the previous round, on the same scale (when a previous round is given). */
  previous: { count: number; y: number; height: number } | null;
}

export interface DistributionGeometry {
  width: number;
  height: number;
  bars: DistributionBar[];
  baselineY: number;
  /** x of the median marker (interpolated between categories for a .5 median); null without votes. */
  medianX: number | null;
  medianLabelY: number;
  maxCount: number;
}

/**
 * `previous` (the round before, after a re-vote) is drawn as an outline behind each bar on the same
 * scale, so the chart shows how the distribution moved without a second chart to compare.
 */
export function distributionGeometry(
  frequencies: readonly number[],
  median: number | null,
  size: { width: number; height: number; labelSpace?: number; gap?: number; plotTop?: number },
  previous: readonly number[] | null = null,
): DistributionGeometry {
  const labelSpace = size.labelSpace ?? 28;
  const gap = size.gap ?? 12;
  const categories = frequencies.length;
  const maxCount = Math.max(1, ...frequencies, ...(previous ?? []));
  const baselineY = size.height - labelSpace;
  const plotTop = size.plotTop ?? labelSpace;
  const slot = size.width / Math.max(1, categories);
  const barWidth = Math.max(1, slot - gap);
  const scale = (count: number) => ((baselineY - plotTop) * count) / maxCount;
  const bars = frequencies.map((count, value) => {
    const height = scale(count);
    const before = previous?.[value];
    const x = value * slot + gap / 2;
    return {
      value,
      count,
      x,
      y: baselineY - height,
      width: barWidth,
      height,
      labelY: baselineY - height - 8,
      axisLabelY: baselineY + 22,
      isMedianCategory: median !== null && Math.round(median) === value && Number.isInteger(median),
      previous:
        before === undefined ? null : { count: before, y: baselineY - scale(before), height: scale(before) },
    };
  });
  const medianX = median === null ? null : median * slot + slot / 2;
  // The median's label sits under the value labels, so it never collides with a bar's count.
  const medianLabelY = size.height - 4;
  return { width: size.width, height: size.height, bars, baselineY, medianX, medianLabelY, maxCount };
}

/**
 * The same chart as shapes (see shapes.ts), for the results screen's small distributions and the report:
 * bars, the count above each, the scale value under it, and the median marked with a triangle and its
 * words (`medianLabel`, e.g. "median 2.5"). The previous round, when given, is a dashed outline.
 */
export function distributionChart(
  frequencies: readonly number[],
  median: number | null,
  size: { width: number; height: number; fontSize?: number },
  medianLabel: string,
  previous: readonly number[] | null = null,
): Chart {
  const fontSize = size.fontSize ?? 12;
  const g = distributionGeometry(
    frequencies,
    median,
    {
      width: size.width,
      height: size.height,
      labelSpace: fontSize * 3.4,
      plotTop: fontSize * 1.6,
      gap: size.width / 40,
    },
    previous,
  );
  const shapes: Shape[] = [
    {
      kind: 'line',
      key: 'axis',
      x1: 0,
      y1: g.baselineY,
      x2: g.width,
      y2: g.baselineY,
      stroke: 'muted',
      strokeWidth: 1,
    },
  ];
  for (const b of g.bars) {
    const centre = b.x + b.width / 2;
    shapes.push({
      kind: 'rect',
      key: `bar-${b.value}`,
      x: b.x,
      y: b.y,
      width: b.width,
      height: b.height,
      fill: 'bar',
    });
    if (b.previous && b.previous.height > 0) {
      shapes.push({
        kind: 'rect',
        key: `previous-${b.value}`,
        x: b.x + 2,
        y: b.previous.y,
        width: b.width - 4,
        height: b.previous.height,
        stroke: 'ink',
        strokeWidth: 1.5,
        dash: [5, 3],
      });
    }
    shapes.push(
      text(`count-${b.value}`, String(b.count), centre, b.y - fontSize * 0.4, {
        size: fontSize,
        anchor: 'middle',
        weight: 'bold',
      }),
    );
    shapes.push(
      text(`value-${b.value}`, String(b.value), centre, g.baselineY + fontSize * 1.2, {
        size: fontSize,
        anchor: 'middle',
        fill: 'muted',
      }),
    );
  }
  if (g.medianX !== null) {
    const top = g.baselineY + fontSize * 1.5;
    const half = fontSize * 0.4;
    shapes.push({
      kind: 'polygon',
      key: 'median-marker',
      points: [
        [g.medianX, top],
        [g.medianX + half, top + half * 1.4],
        [g.medianX - half, top + half * 1.4],
      ],
      fill: 'ink',
    });
    const anchor = g.medianX < g.width * 0.2 ? 'start' : g.medianX > g.width * 0.8 ? 'end' : 'middle';
    shapes.push(text('median-label', medianLabel, g.medianX, g.height - 2, { size: fontSize, anchor }));
  }
  return { width: g.width, height: g.height, shapes };
}
