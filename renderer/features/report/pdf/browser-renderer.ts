/** What the export loads on first use, as one chunk: the renderer (with jsPDF) and the fonts' addresses. */
export { renderReportPdf } from './render-report';
export { browserFontLoader } from './browser-fonts';
