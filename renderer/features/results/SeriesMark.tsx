import { marker, type MarkerKind } from '../../../shared/charts/shapes';
import { ChartShapes } from '../../ui/ChartShapes';

/** A team's or role's marker in its colour, as on the charts, beside its name in text (decorative). */
export function SeriesMark({ color, marker: kind }: { color: string; marker: MarkerKind }) {
  return (
    <span className="series-mark" aria-hidden="true">
      <ChartShapes
        chart={{
          width: 16,
          height: 16,
          shapes: marker('m', kind, 8, 8, 5.5, { fill: color as `#${string}` }),
        }}
        label=""
      />
    </span>
  );
}
