// The PDF as a reader gets it, rendered in Node (no DOM, as the command line renders it) and read back
// with poppler and pdfjs-dist: its text, its names, its pages and bookmarks, its metadata, its bytes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../../../shared/i18n';
import { buildReportDocument, defaultReportOptions, type ReportOptions } from '../../../../../shared/report';
import { renderReport } from '../../../../../renderer/features/report/pdf/render-report';
import { PRINT_PAINTS } from '../../../../../renderer/features/report/pdf/charts';
import { diskFonts, pdfInfo, pdfOutline, pdfToText } from '../../../../support/report-pdf';
import { CJK_NAMES, NAMES, reportWorkshop, type ReportShape } from '../../../../support/report-workshop';

const tr = createTranslator('en-GB');
const options = (overrides: Partial<ReportOptions> = {}): ReportOptions => ({
  ...defaultReportOptions('en-GB'),
  ...overrides,
});

async function render(shape: ReportShape, chosen: Partial<ReportOptions> = {}) {
  const input = reportWorkshop(shape);
  const doc = buildReportDocument(input, options(chosen), tr);
  const fonts = diskFonts();
  const rendered = await renderReport(doc, fonts);
  return { input, doc, fonts, ...rendered };
}

/** pdftotext breaks lines where the layout does: compare text with runs of white space as one space. */
const flat = (pages: string[]) => pages.join(' ').replace(/\s+/g, ' ');

describe('the PDF report', () => {
  it('holds the headings, the figures and every name exactly, in every script the report embeds', async () => {
    const { bytes, fonts } = await render({
      participants: 15,
      questions: 'full',
      teams: 3,
      seed: 1,
      cjk: true,
    });
    const text = flat(pdfToText(bytes));
    for (const heading of [
      'Executive summary',
      'Teams and roles compared',
      'Question appendix',
      'Method',
      'Participants',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Stage 1 · Legal Education');
    expect(text).toContain('Krippendorff');
    expect(text).toContain('Zielona Łódź Sp. z o.o.');
    for (const name of [...NAMES, ...CJK_NAMES]) expect(text).toContain(name);
    // Chinese and Japanese need the CJK fallback, Korean the Hangul one: both were loaded.
    expect(fonts.loaded).toEqual(expect.arrayContaining(['DroidSansFallbackFull.ttf', 'NanumSquareR.ttf']));
  });

  it('loads no fallback font for a report that does not need one', async () => {
    const { fonts } = await render({ participants: 6, questions: 'short', teams: 2, seed: 2 });
    expect(fonts.loaded.sort()).toEqual(['DejaVuSans-Bold.ttf', 'DejaVuSans.ttf']);
  });

  it('names nobody in an anonymous report', async () => {
    const { bytes, input } = await render({
      participants: 15,
      questions: 'full',
      teams: 3,
      seed: 3,
      cjk: true,
      anonymity: 'anonymous',
    });
    const text = flat(pdfToText(bytes));
    for (const p of input.stored.participants) expect(text).not.toContain(p.displayName);
    expect(text).toContain('This report names no participant');
  });

  it('has the expected pages and one bookmark per section and per question', async () => {
    const { bytes, doc, pageCount, sections } = await render({
      participants: 12,
      questions: 'short',
      teams: 3,
      seed: 4,
    });
    const { pages, outline } = await pdfOutline(bytes);
    expect(pages).toBe(pageCount);
    expect(Number(pdfInfo(bytes).Pages)).toBe(pageCount);
    expect(outline.map((o) => o.title)).toEqual(doc.sections.map((s) => s.title));
    const questions = outline.find((o) => o.title === 'Question appendix');
    expect(questions?.items).toHaveLength(12);
    expect(questions?.items[0]?.title).toMatch(/^Q1\. /);
    // Sections follow each other, each starting on a new page; the cover and the summary take one each.
    expect(sections.map((s) => [s.id, s.firstPage])).toEqual(
      sections.map((s, i) => [s.id, i === 0 ? 1 : (sections[i - 1]?.lastPage ?? 0) + 1]),
    );
    expect(sections.slice(0, 2).map((s) => s.lastPage - s.firstPage)).toEqual([0, 0]);
    expect(sections.at(-1)?.lastPage).toBe(pageCount);
    // Every page says where it is, and what it belongs to.
    const text = pdfToText(bytes);
    text.forEach((page, i) => {
      expect(page).toContain(`Page ${i + 1} of ${pageCount}`);
      expect(page).toContain('OSPO maturity — spring review · 4 May 2026');
    });
  });

  it('carries its metadata and language, in Unicode', async () => {
    const { bytes } = await render({ participants: 6, questions: 'short', teams: 2, seed: 5 });
    const info = pdfInfo(bytes);
    expect(info).toMatchObject({
      Title: 'OSPO maturity — spring review — OSPO maturity report',
      Subject: 'OSPO maturity workshop of Zielona Łódź Sp. z o.o., 4 May 2026',
      Author: 'Ana María Núñez',
      Creator: 'OSPO Workshop 0.1.0',
    });
    expect(info.Keywords).toContain('Zielona Łódź Sp. z o.o.');
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Lang (en-GB)');
  });

  it('is byte-identical for the same workshop and creation date, and not for another date', async () => {
    const input = reportWorkshop({ participants: 12, questions: 'full', teams: 3, seed: 6, cjk: true });
    const doc = buildReportDocument(input, options(), tr);
    const first = await renderReport(doc, diskFonts());
    const second = await renderReport(structuredClone(doc), diskFonts());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const later = buildReportDocument(
      { ...input, created: { ...input.created, epochMs: input.created.epochMs + 60_000 } },
      options(),
      tr,
    );
    const third = await renderReport(later, diskFonts());
    expect(Buffer.from(third.bytes).equals(Buffer.from(first.bytes))).toBe(false);
  });

  it('renders every page with pdftoppm', async () => {
    const { bytes, pageCount } = await render(
      { participants: 15, questions: 'full', teams: 4, seed: 7, cjk: true },
      { paper: 'letter' },
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'ospo-report-'));
    try {
      const result = spawnSync('pdftoppm', ['-r', '30', '-png', '-', path.join(dir, 'page')], {
        input: bytes,
      });
      expect(result.status, result.stderr.toString()).toBe(0);
      expect(result.stderr.toString()).toBe('');
      const files = readdirSync(dir).filter((f) => f.endsWith('.png'));
      expect(files).toHaveLength(pageCount);
      for (const f of files) expect(statSync(path.join(dir, f)).size).toBeGreaterThan(1000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [
      '7 teams, the full question set, A4',
      { participants: 28, questions: 'full' as const, teams: 7, seed: 8 },
      'a4' as const,
    ],
    [
      '7 teams, the full question set, Letter',
      { participants: 28, questions: 'full' as const, teams: 7, seed: 8 },
      'letter' as const,
    ],
    [
      'the 12-question set, A4',
      { participants: 12, questions: 'short' as const, teams: 3, seed: 9 },
      'a4' as const,
    ],
    [
      'the 12-question set, Letter',
      { participants: 12, questions: 'short' as const, teams: 3, seed: 9 },
      'letter' as const,
    ],
  ])('fits the executive summary on one page: %s', async (_name, shape, paper) => {
    const { sections, overflowing, bytes } = await render(shape, { paper });
    expect(overflowing).toEqual([]);
    const summary = sections.find((s) => s.id === 'summary');
    expect(summary?.lastPage).toBe(summary?.firstPage);
    // The key figure's label is set in capitals: compare without case.
    const page = (pdfToText(bytes)[(summary?.firstPage ?? 1) - 1] ?? '').toLowerCase();
    for (const part of [
      'Stage reached',
      'Maturity grid',
      'Top strengths',
      'Top gaps',
      'Recommended next steps',
      'α',
    ]) {
      expect(page).toContain(part.toLowerCase());
    }
  });

  it('draws charts in the colours of the light theme on screen', () => {
    const css = readFileSync(path.resolve(__dirname, '../../../../../renderer/styles/charts.css'), 'utf8');
    const light = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
    const screen = Object.fromEntries(
      [...light.matchAll(/--chart-(\w+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
    );
    expect(PRINT_PAINTS).toEqual(screen);
  });

  it('fits the summary on one Letter page with seven teams and a comparison, the earlier point on the grid', async () => {
    const input = reportWorkshop({ participants: 28, questions: 'full', teams: 7, seed: 8 });
    const before = reportWorkshop({ participants: 20, questions: 'full', teams: 7, seed: 3 });
    const earlier = {
      workshop: { ...before.workshop, id: 'e', title: 'Autumn review', date: '2025-11-04' },
      stored: before.stored,
    };
    const doc = buildReportDocument({ ...input, earlier }, options({ paper: 'letter' }), tr);
    const { sections, overflowing, bytes } = await renderReport(doc, diskFonts());
    expect(overflowing).toEqual([]);
    const summary = sections.find((s) => s.id === 'summary');
    expect(summary?.lastPage).toBe(summary?.firstPage);
    const page = flat([pdfToText(bytes)[(summary?.firstPage ?? 1) - 1] ?? '']);
    expect(page).toContain('What moved since Autumn review (4 November 2025)');
    expect(page).toMatch(/involvement 0\.\d\d → 0\.\d\d, ability to execute 0\.\d\d → 0\.\d\d/);
    // The team comparison's grid says where the hollow point is, in words.
    const teams = sections.find((s) => s.id === 'teams');
    expect(flat(pdfToText(bytes).slice((teams?.firstPage ?? 1) - 1, teams?.lastPage))).toContain(
      'On 4 Nov 2025 it sat at involvement',
    );
  });

  it.each([7, 10])(
    'runs nothing into the footer with %i teams: every chart and its words stay on their pages',
    async (teams) => {
      const { overrunning, overflowing, bytes } = await render({
        participants: 30,
        questions: 'short',
        teams,
        seed: 3,
      });
      expect(overrunning).toEqual([]);
      expect(overflowing).toEqual([]);
      // Each page's last line is its footer, whole.
      for (const [i, page] of pdfToText(bytes).entries()) {
        const lines = page.split('\n').filter((l) => l.trim() !== '');
        expect(lines.at(-1)?.trim(), `page ${i + 1}`).toMatch(/^Page \d+ of \d+$|4 May 2026$/);
      }
    },
  );
});
