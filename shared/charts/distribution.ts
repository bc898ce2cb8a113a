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
