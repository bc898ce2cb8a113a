import { useTranslator } from '../../app/i18n';
import { distributionGeometry } from '../../../shared/charts/distribution';

/** Bars with direct labels (count above, value below) and the median marked with a line and a word. */
export function DistributionChart({
  frequencies,
  median,
  title,
  width = 520,
  height = 220,
}: {
  frequencies: readonly number[];
  median: number | null;
  title: string;
  width?: number;
  height?: number;
}) {
  const tr = useTranslator();
  const g = distributionGeometry(frequencies, median, {
    width,
    height: height + 24,
    labelSpace: 56,
    plotTop: 32,
  });
  return (
    <figure className="distribution">
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={title} className="distribution-svg">
        <title>{title}</title>
        <line x1={0} x2={g.width} y1={g.baselineY} y2={g.baselineY} className="chart-axis" />
        {g.bars.map((b) => (
          <g key={b.value}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={4} className="chart-bar" />
            <text x={b.x + b.width / 2} y={b.labelY} textAnchor="middle" className="chart-count">
              {b.count}
            </text>
            <text x={b.x + b.width / 2} y={b.axisLabelY} textAnchor="middle" className="chart-value">
              {b.value}
            </text>
          </g>
        ))}
        {g.medianX !== null ? (
          <g className="chart-median">
            <path d={`M ${g.medianX} ${g.baselineY + 28} l 7 10 l -14 0 z`} className="chart-median-marker" />
            <text x={g.medianX} y={g.medianLabelY} textAnchor="middle">
              {tr.t('session.stats.median')} {tr.formatNumber(median ?? 0, Number.isInteger(median) ? 0 : 1)}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="visually-hidden">
        {g.bars.map((b) => tr.t('session.chart.bar', { value: b.value, count: b.count })).join(', ')}
      </figcaption>
    </figure>
  );
}
