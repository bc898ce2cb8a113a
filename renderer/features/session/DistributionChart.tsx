import { useTranslator } from '../../app/i18n';
import { distributionGeometry } from '../../../shared/charts/distribution';

/**
 * Bars with direct labels (count above, value below) and the median marked with a line and a word.
 * After a re-vote the previous round is a dashed outline behind each bar, named in a legend above it.
 */
export function DistributionChart({
  frequencies,
  median,
  title,
  previous = null,
  width = 560,
  height = 200,
}: {
  frequencies: readonly number[];
  median: number | null;
  title: string;
  previous?: { round: number; frequencies: readonly number[] } | null;
  width?: number;
  height?: number;
}) {
  const tr = useTranslator();
  const g = distributionGeometry(
    frequencies,
    median,
    // Room under the axis and above the bars for 24 px labels (the projector's size): the values, the
    // median's marker and word, and the counts never touch.
    { width, height, labelSpace: 72, plotTop: 34 },
    previous?.frequencies ?? null,
  );
  return (
    <figure className="distribution">
      {/* The legend of the dashed outlines sits above the plot, where no bar or count can reach it. */}
      {previous ? (
        <p className="chart-previous-label">
          <svg className="chart-legend-swatch" viewBox="0 0 24 14" aria-hidden="true">
            <rect x={1} y={1} width={22} height={12} rx={3} />
          </svg>
          {tr.t('session.chart.previous', { round: previous.round })}
        </p>
      ) : null}
      <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={title} className="distribution-svg">
        <title>{title}</title>
        <line x1={0} x2={g.width} y1={g.baselineY} y2={g.baselineY} className="chart-axis" />
        {g.bars.map((b) => (
          <g key={b.value}>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx={4} className="chart-bar" />
            {b.previous && b.previous.height > 0 ? (
              <rect
                x={b.x + 2}
                y={b.previous.y}
                width={b.width - 4}
                height={b.previous.height}
                rx={4}
                className="chart-previous"
              />
            ) : null}
            {/* "was N" inside the outline, where it rises clear of today's bar; the round's line
                under "Earlier rounds" gives every count anyway. */}
            {b.previous && b.previous.height - b.height >= 44 ? (
              <text x={b.x + b.width / 2} y={b.previous.y + 18} textAnchor="middle" className="chart-was">
                {tr.t('session.chart.was', { count: b.previous.count })}
              </text>
            ) : null}
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
        <span className="chart-current">
          {g.bars.map((b) => tr.t('session.chart.bar', { value: b.value, count: b.count })).join(', ')}
        </span>
        {previous ? (
          <span className="chart-previous-votes">
            {`. ${tr.t('session.history.votes', {
              round: previous.round,
              votes: g.bars
                .map((b) => tr.t('session.chart.bar', { value: b.value, count: b.previous?.count ?? 0 }))
                .join(', '),
            })}`}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}
