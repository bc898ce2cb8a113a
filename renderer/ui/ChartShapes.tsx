import type { Chart, Paint, Shape } from '../../shared/charts/shapes';

/** A role resolves to its CSS variable (renderer/styles/charts.css), so the chart follows the theme. */
function paint(p: Paint | undefined): string {
  if (p === undefined) return 'none';
  return p.startsWith('#') ? p : `var(--chart-${p})`;
}

function ShapeElement({ shape }: { shape: Shape }) {
  const stroke = 'stroke' in shape ? paint(shape.stroke) : undefined;
  const strokeProps =
    shape.kind === 'text'
      ? {}
      : {
          stroke,
          strokeWidth: shape.strokeWidth ?? (shape.stroke ? 1 : 0),
          strokeDasharray: shape.dash?.join(' '),
        };
  switch (shape.kind) {
    case 'rect':
      return (
        <rect
          x={shape.x}
          y={shape.y}
          width={Math.max(0, shape.width)}
          height={Math.max(0, shape.height)}
          rx={shape.radius}
          fill={paint(shape.fill)}
          {...strokeProps}
        />
      );
    case 'line':
      return <line x1={shape.x1} y1={shape.y1} x2={shape.x2} y2={shape.y2} {...strokeProps} />;
    case 'circle':
      return <circle cx={shape.cx} cy={shape.cy} r={shape.r} fill={paint(shape.fill)} {...strokeProps} />;
    case 'polygon':
      return (
        <polygon
          points={shape.points.map(([x, y]) => `${x},${y}`).join(' ')}
          fill={paint(shape.fill)}
          {...strokeProps}
        />
      );
    case 'text':
      return (
        <text
          x={shape.x}
          y={shape.y}
          fontSize={shape.size}
          fontWeight={shape.weight === 'bold' ? 700 : 400}
          textAnchor={shape.anchor}
          fill={paint(shape.fill)}
          {...(shape.halo
            ? {
                stroke: paint('paper'),
                strokeWidth: 3,
                paintOrder: 'stroke',
                strokeLinejoin: 'round' as const,
              }
            : {})}
        >
          {shape.text}
        </text>
      );
  }
}

/**
 * Draws a chart geometry as SVG. The SVG is an image with a title (`label`); what it shows is also said
 * in words or a table beside it by the caller, so nothing is only in the picture.
 */
export function ChartShapes({
  chart,
  label,
  className,
  testId,
}: {
  chart: Chart;
  label: string;
  className?: string;
  testId?: string;
}) {
  return (
    <svg
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      role="img"
      aria-label={label}
      className={`chart-svg${className ? ` ${className}` : ''}`}
      data-testid={testId}
    >
      <title>{label}</title>
      {chart.shapes.map((shape) => (
        <ShapeElement key={shape.key} shape={shape} />
      ))}
    </svg>
  );
}
