import { maturityGridGeometry, type GridChartInput } from '../../shared/charts/maturity-grid';

const SHADES = ['#e8eef6', '#c7d6ea', '#9bb6d8', '#6690c0', '#3a6aa3'];
const TEXT_ON_SHADE = ['#1b1f24', '#1b1f24', '#1b1f24', '#ffffff', '#ffffff'];

/** The staircase of stage bands with directly labelled points; the stage reached is outlined, not recoloured. */
export function MaturityGridChart({ title, ...input }: GridChartInput & { title: string }) {
  const g = maturityGridGeometry(input);
  return (
    <svg viewBox={`0 0 ${g.width} ${g.height}`} role="img" aria-label={title} className="grid-chart">
      <title>{title}</title>
      {g.bands.map((b) => (
        <g key={b.stage}>
          <rect
            x={b.x}
            y={b.y}
            width={b.width}
            height={b.height}
            fill={SHADES[b.shade]}
            stroke={b.reached ? 'currentColor' : 'none'}
            strokeWidth={b.reached ? 3 : 0}
          />
          <text x={b.labelX} y={b.labelY} fontSize={12} textAnchor="end" fill={TEXT_ON_SHADE[b.shade]}>
            {b.label}
          </text>
        </g>
      ))}
      {g.points.map((p) => {
        const group = p.kind === 'group';
        return (
          <g key={p.id}>
            {group ? (
              <circle cx={p.cx} cy={p.cy} r={7} fill="#1b1f24" stroke="#1b1f24" strokeWidth={2} />
            ) : (
              <rect
                x={p.cx - 5}
                y={p.cy - 5}
                width={10}
                height={10}
                fill={p.color ?? '#545c66'}
                stroke="#1b1f24"
              />
            )}
            <text
              x={p.labelX}
              y={p.labelY}
              fontSize={group ? 13 : 12}
              fontWeight={group ? 700 : 400}
              textAnchor={p.anchor}
              fill="#1b1f24"
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {p.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
