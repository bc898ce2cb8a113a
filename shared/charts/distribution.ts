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

export function distributionGeometry(
  frequencies: readonly number[],
  median: number | null,
  size: { width: number; height: number; labelSpace?: number; gap?: number; plotTop?: number },
): DistributionGeometry {
  const labelSpace = size.labelSpace ?? 28;
  const gap = size.gap ?? 12;
  const categories = frequencies.length;
  const maxCount = Math.max(1, ...frequencies);
  const baselineY = size.height - labelSpace;
  const plotTop = size.plotTop ?? labelSpace;
  const slot = size.width / Math.max(1, categories);
  const barWidth = Math.max(1, slot - gap);
  const bars = frequencies.map((count, value) => {
    const height = ((baselineY - plotTop) * count) / maxCount;
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
    };
  });
  const medianX = median === null ? null : median * slot + slot / 2;
  // The median's label sits under the value labels, so it never collides with a bar's count.
  const medianLabelY = size.height - 4;
  return { width: size.width, height: size.height, bars, baselineY, medianX, medianLabelY, maxCount };
}
