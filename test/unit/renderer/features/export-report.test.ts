// The export action over a real (fake-indexeddb) database: what it hands to the save dialog, what it
// keeps, what a cancelled or failed save leaves, and the words for each failure.
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { createTranslator, type Translator } from '../../../../shared/i18n';
import { defaultReportOptions, reportFileName, type ReportOptions } from '../../../../shared/report';
import type { SaveFileRequest, SaveFileResult } from '../../../../shared/ipc/contract';
import {
  exportFailure,
  exportReport,
  type ReportRenderer,
} from '../../../../renderer/features/report/export-report';
import { databaseWithWorkshop } from '../db/db-harness';

const tr: Translator = createTranslator('en-GB');
const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

async function setUp(save: (request: SaveFileRequest) => Promise<SaveFileResult>) {
  const { repos, w } = await databaseWithWorkshop('export', { title: 'Spring: review?', date: '2026-05-04' });
  const renderer: ReportRenderer = {
    renderReportPdf: vi.fn(async (_report, _fonts, options) => {
      await options.onProgress?.(0.5);
      return PDF;
    }),
    loadFont: async () => new Uint8Array(),
  };
  const saveFile = vi.fn(save);
  const deps = {
    repos,
    platform: { saveFile },
    loadRenderer: async () => renderer,
    now: () => new Date(Date.UTC(2026, 4, 4, 12)),
  };
  const options: ReportOptions = {
    ...defaultReportOptions('en-GB'),
    sections: ['summary', 'method'],
    paper: 'letter',
  };
  return { repos, w, deps, renderer, saveFile, options };
}

describe('exporting the report', () => {
  it('hands the PDF to the save dialog under a safe name, reports progress and keeps the options', async () => {
    const { repos, w, deps, renderer, saveFile, options } = await setUp(async (r) => ({
      saved: true,
      fileName: r.suggestedName,
    }));
    const progress: number[] = [];
    const result = await exportReport(deps, {
      workshop: w,
      options,
      tr,
      onProgress: (d) => progress.push(d),
    });
    expect(result).toEqual({ saved: true, fileName: 'Spring review – OSPO report 2026-05-04.pdf' });
    expect(saveFile).toHaveBeenCalledWith({
      bytes: PDF,
      suggestedName: 'Spring review – OSPO report 2026-05-04.pdf',
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    const report = vi.mocked(renderer.renderReportPdf).mock.calls[0]?.[0];
    expect(report?.paper).toBe('letter');
    expect(report?.sections.map((s) => s.id)).toEqual(['cover', 'summary', 'method']);
    expect(progress).toContain(0.5);
    expect((await repos.workshops.get(w.id))?.reportOptions).toEqual(options);
  });

  it('keeps the options but saves no file when the save dialog is cancelled', async () => {
    const { repos, w, deps, options } = await setUp(async () => ({ saved: false }));
    const before = await repos.workshops.get(w.id);
    expect(await exportReport(deps, { workshop: w, options, tr, onProgress: () => undefined })).toEqual({
      saved: false,
    });
    const after = await repos.workshops.get(w.id);
    expect(after?.reportOptions).toEqual(options);
    // The options are this computer's choice, not workshop content: the workshop itself is unchanged.
    expect(after?.updatedAt).toBe(before?.updatedAt);
  });

  it('refuses an export without sections, before anything is kept', async () => {
    const { repos, w, deps, saveFile, options } = await setUp(async () => ({ saved: false }));
    const none = { ...options, sections: [] };
    await expect(
      exportReport(deps, { workshop: w, options: none, tr, onProgress: () => undefined }),
    ).rejects.toThrow('Choose at least one section');
    expect(saveFile).not.toHaveBeenCalled();
    expect((await repos.workshops.get(w.id))?.reportOptions).toBeUndefined();
  });

  it('says what happened when saving fails: disk full, permission denied, anything else', () => {
    const electron = (detail: string) =>
      new Error(`Error invoking remote method 'file:save-dialog': Error: ${detail}`);
    expect(exportFailure(electron('ENOSPC: no space left on device, write'))).toEqual({
      key: 'report.error.diskFull',
    });
    expect(exportFailure(electron("EACCES: permission denied, open '/x.pdf'"))).toEqual({
      key: 'report.error.permission',
    });
    expect(exportFailure(electron("EROFS: read-only file system, open '/x.pdf'"))).toEqual({
      key: 'report.error.permission',
    });
    expect(exportFailure(new Error('bad font'))).toEqual({
      key: 'report.error.failed',
      params: { detail: 'bad font' },
    });
    expect(tr.message(exportFailure(electron('ENOSPC: no space left on device')))).toContain(
      'the disk is full',
    );
  });

  it('names the file from the title without characters a file system refuses', () => {
    expect(reportFileName({ title: 'Q2 / Q3: "review" <draft>', date: '2026-05-04' }, tr)).toBe(
      'Q2 Q3 review draft – OSPO report 2026-05-04.pdf',
    );
  });
});
