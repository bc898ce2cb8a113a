/**
 * Chart geometry shared by the screen (SVG) and the report (jsPDF): each function turns figures and
 * their words into a `Chart`, a list of simple shapes (see shapes.ts for the primitives and how each
 * renderer draws them). Nothing here knows a colour value, a font file or a DOM.
 */
export * from './shapes';
export { placeLabels, fitText, wrapText } from './labels';
export type { LabelRequest, PlacedLabel } from './labels';
export { maturityGridGeometry } from './maturity-grid';
export type {
  GridChartInput,
  GridPointInput,
  GridChartGeometry,
  GridChartBand,
  GridChartPoint,
} from './maturity-grid';
export { stageLadderGeometry } from './stage-ladder';
export type { LadderInput, LadderStageInput, LadderGeometry } from './stage-ladder';
export { barChartGeometry } from './bar-chart';
export type { BarChartInput, BarRowInput, BarChartGeometry } from './bar-chart';
export { gapChartGeometry } from './gap-chart';
export type { GapChartInput, GapRowInput, GapSeriesInput, GapChartGeometry } from './gap-chart';
export { distributionGeometry, distributionChart } from './distribution';
export type { DistributionGeometry, DistributionBar } from './distribution';
