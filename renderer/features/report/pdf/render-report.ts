import { jsPDF } from 'jspdf';
import type { ReportDocument, ReportSection, ReportSectionId } from '../../../../shared/report';
import { drawChart } from './charts';
import { loadFonts, type FontLoader } from './fonts';
import { baseline, layoutBlocks, stack, type Atom, type LayoutKit } from './layout';
import { contentId, pdfDate, pdfText } from './pdf-strings';
import { TextEngine } from './text';
import { FOOTER_BASELINE, MARGIN, PAPER, RULE, TYPE, themeAt } from './theme';

export interface RenderOptions {
  /** Called with the share done (0–1) now and then; awaited, so the page can repaint between calls. */
  onProgress?: (done: number) => void | Promise<void>;
}

export interface RenderedReport {
  bytes: Uint8Array;
  pageCount: number;
  /** Where each section landed (1-based pages). */
  sections: { id: ReportSectionId; title: string; firstPage: number; lastPage: number }[];
  /** Sections meant for one page that took more (the executive summary); empty when all is well. */
  overflowing: ReportSectionId[];
  /** Pages where something runs past the page's foot into the footer; empty when all is well. */
  overrunning: { section: ReportSectionId; page: number }[];
}

/** The type scales a one-page section may be set at, largest first. */
const ONE_PAGE_SCALES = [1, 0.95, 0.9, 0.85, 0.8];

/** Where the cover's title block starts: a third of the way down reads as a cover, not a page. */
const COVER_TOP = 170;

/**
 * Renders a report document model to PDF bytes. Pure of any DOM: the fonts come from `loadFont`, so the
 * browser (fetching the bundled assets) and Node (reading assets/fonts) call it the same way. The same
 * document (including its creation date) gives byte-identical files.
 */
export async function renderReport(
  report: ReportDocument,
  loadFont: FontLoader,
  options: RenderOptions = {},
): Promise<RenderedReport> {
  const paper = PAPER[report.paper];
  const doc = new jsPDF({
    unit: 'pt',
    format: [paper.width, paper.height],
    compress: true,
    putOnlyUsedFonts: true,
  });
  const fonts = await loadFonts(doc, loadFont, collectTexts(report));
  const text = new TextEngine(doc, fonts);
  const contentWidth = paper.width - MARGIN.left - MARGIN.right;
  const top = MARGIN.top;
  const bottom = paper.height - MARGIN.bottom;
  const kitAt = (scale: number): LayoutKit => {
    const theme = themeAt(scale);
    return {
      doc,
      text,
      ...theme,
      chart: (figure, width, type) => drawChart(doc, text, figure, width, type),
      pageHeight: bottom - top - theme.type.h1.leading - 12,
    };
  };
  const progress = createProgress(options.onProgress);
  const laidOut = report.sections.map((section) => {
    if (!section.onePage) return { section, atoms: sectionAtoms(kitAt(1), section, contentWidth) };
    // A one-page section is set smaller, step by step, until it fits (a large workshop's summary).
    let atoms: Atom[] = [];
    for (const scale of ONE_PAGE_SCALES) {
      atoms = sectionAtoms(kitAt(scale), section, contentWidth);
      if (stack(atoms).height <= bottom - top) break;
    }
    return { section, atoms };
  });
  const total = laidOut.reduce((n, s) => n + s.atoms.length, 0);
  await progress.report(0.1);

  let page = 0;
  let drawn = 0;
  const placed: RenderedReport['sections'] = [];
  const overrunning: RenderedReport['overrunning'] = [];
  for (const { section, atoms } of laidOut) {
    if (page > 0) doc.addPage([paper.width, paper.height], 'portrait');
    page += 1;
    const firstPage = page;
    const entry = doc.outline.add(null, pdfText(section.title), { pageNumber: page });
    let y = section.id === 'cover' ? top + COVER_TOP : top;
    let atTop = true;
    for (let i = 0; i < atoms.length; i++) {
      const atom = atoms[i] as Atom;
      const space = atTop ? 0 : atom.spaceBefore;
      const next = atom.keepWithNext ? atoms[i + 1] : undefined;
      // An atom is never split, so what keeps with it must fit whole (up to a page, or it never would).
      const needed =
        space + atom.height + (next ? next.spaceBefore + Math.min(next.height, bottom - top) : 0);
      if (!atTop && y + needed > bottom) {
        doc.addPage([paper.width, paper.height], 'portrait');
        page += 1;
        y = top;
        if (atom.header) {
          atom.header.draw(MARGIN.left, y);
          y += atom.header.height;
        }
      } else {
        y += space;
      }
      atom.draw(MARGIN.left, y);
      if (y + atom.height > bottom + 0.5) overrunning.push({ section: section.id, page });
      if (atom.outline !== undefined) doc.outline.add(entry, pdfText(atom.outline), { pageNumber: page });
      y += atom.height;
      atTop = false;
      drawn += 1;
      await progress.report(0.1 + (0.7 * drawn) / Math.max(1, total));
    }
    placed.push({ id: section.id, title: section.title, firstPage, lastPage: page });
  }

  drawFooters(doc, text, report, paper);
  setDocumentInfo(doc, report);
  await progress.report(0.85);
  const bytes = new Uint8Array(doc.output('arraybuffer'));
  await progress.report(1);
  const overflowing = placed
    .filter((p) => report.sections.find((s) => s.id === p.id)?.onePage && p.lastPage > p.firstPage)
    .map((p) => p.id);
  return { bytes, pageCount: page, sections: placed, overflowing, overrunning };
}

/** The report as PDF bytes: the one call a caller needs (the app's export, a command line). */
export async function renderReportPdf(
  report: ReportDocument,
  loadFont: FontLoader,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  return (await renderReport(report, loadFont, options)).bytes;
}

/** A section's atoms: its title as the page heading (the cover has its own title block), then its blocks. */
function sectionAtoms(kit: LayoutKit, section: ReportSection, width: number): Atom[] {
  const atoms = layoutBlocks(kit, section.blocks, width);
  if (section.id === 'cover') return atoms;
  const lines = kit.text.wrap(section.title, TYPE.h1, width);
  const heading: Atom = {
    height: lines.length * TYPE.h1.leading + 4,
    spaceBefore: 0,
    keepWithNext: true,
    draw: (x, y) =>
      lines.forEach((line, i) =>
        kit.text.draw(line, x, y + i * TYPE.h1.leading + baseline(TYPE.h1), TYPE.h1),
      ),
  };
  return [heading, ...atoms];
}

function drawFooters(
  doc: jsPDF,
  text: TextEngine,
  report: ReportDocument,
  paper: { width: number; height: number },
) {
  const pages = doc.getNumberOfPages();
  const y = paper.height - FOOTER_BASELINE;
  const right = paper.width - MARGIN.right;
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.5);
    doc.line(MARGIN.left, y - 12, right, y - 12);
    const number = report.footer.pageNumber.replace('{page}', String(page)).replace('{pages}', String(pages));
    const numberWidth = text.width(number, TYPE.footer);
    const room = right - MARGIN.left - numberWidth - 16;
    const footer = text.wrap(report.footer.text, TYPE.footer, room)[0] ?? '';
    text.draw(footer, MARGIN.left, y, TYPE.footer);
    text.draw(number, right, y, TYPE.footer, 'right');
  }
}

/**
 * Metadata, language and the two values jsPDF would otherwise make up: the creation time (it stamps
 * "now") and the file id (random; a value that is not 32 hex digits is silently replaced by a random
 * one). Both come from the document, so the same report gives the same bytes.
 */
function setDocumentInfo(doc: jsPDF, report: ReportDocument) {
  const m = report.metadata;
  doc.setProperties({
    title: pdfText(m.title),
    subject: pdfText(m.subject),
    author: pdfText(m.author),
    keywords: pdfText(m.keywords),
    creator: pdfText(m.creator),
  });
  doc.setLanguage(report.language as Parameters<jsPDF['setLanguage']>[0]);
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setCreationDate(pdfDate(report.created));
  doc.setFileId(contentId(JSON.stringify(report)));
}

/** Every text of the document, to decide which fallback fonts to embed. */
function collectTexts(report: ReportDocument): string[] {
  const texts: string[] = [report.footer.text, report.footer.pageNumber];
  const walk = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(report.sections);
  return texts;
}

function createProgress(onProgress: RenderOptions['onProgress']) {
  let last = -Infinity;
  return {
    async report(done: number) {
      if (!onProgress) return;
      // Yield about every 50 ms: often enough for a live progress bar, rarely enough to cost nothing.
      const now = performance.now();
      if (done < 1 && now - last < 50) return;
      last = now;
      await onProgress(done);
    },
  };
}
