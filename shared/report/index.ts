/** The PDF report's content: a document model built from a workshop, drawn by the PDF renderer. */
import './messages';
export { buildReportDocument } from './build-report';
export type { ReportInput, ReportWorkshop } from './context';
export { reportFileName } from './file-name';
export { defaultPaper, defaultReportOptions, readReportOptions, reportOptionsProblem } from './options';
export * from './types';
