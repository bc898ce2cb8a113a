import { maturityGridGeometry, type GridChartInput } from '../../shared/charts/maturity-grid';
import { ChartShapes } from './ChartShapes';

/** The staircase of stage bands with directly labelled points; the stage reached is outlined, not recoloured. */
export function MaturityGridChart({ title, ...input }: GridChartInput & { title: string }) {
  return <ChartShapes chart={maturityGridGeometry(input)} label={title} className="grid-chart" />;
}
