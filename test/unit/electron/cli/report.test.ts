// The command line renders the same PDF and CSV as the app, in Node, from a workshop file; a refused
// file gets the app's words on stderr and a non-zero status.
import 'fake-indexeddb/auto';
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../electron/cli/report';
import { serializeArchive, serializeWorkshop, votesCsv } from '../../../../shared/files';
import { createTranslator } from '../../../../shared/i18n';
import { pdfToText } from '../../../support/report-pdf';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { META, smallWorkshop } from '../../shared/files/workshops';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { exportReport } from '../../../../renderer/features/report/export-report';
import { renderReportPdf } from '../../../../renderer/features/report/pdf/render-report';
import { defaultReportOptions } from '../../../../shared/report';
import type { SaveFileRequest } from '../../../../shared/ipc/contract';

function io(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return {
    lines,
    errors,
    out: (line) => lines.push(line),
    err: (line) => errors.push(line),
    now: () => new Date(Date.UTC(2026, 10, 30, 12)),
    systemLocale: 'en-GB',
  };
}

async function folder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'ospo-cli-'));
}

const FONTS = new URL('../../../../assets/fonts/', import.meta.url);

/** An instant as --created writes it, in this computer's offset, as the app's export dates a report. */
function createdArgument(at: Date): string {
  const offset = -at.getTimezoneOffset();
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

describe('npm run report', () => {
  it('renders the very PDF the app exports for the same workshop, byte for byte', async () => {
    const data = smallWorkshop();
    const repos = createRepositories(new OspoDatabase(`cli-${Math.random()}`), {
      defaults: defaultWorkshopSettings,
    });
    await repos.files.write([{ data, replace: false }]);
    const workshop = (await repos.workshops.get(data.workshop.id))!;
    const at = new Date(Date.UTC(2026, 10, 30, 11, 7));
    const saved: SaveFileRequest[] = [];
    const tr = createTranslator('en-GB');
    await exportReport(
      {
        repos,
        platform: {
          saveFile: async (request) => {
            saved.push(request);
            return { saved: true, fileName: request.suggestedName };
          },
        },
        loadRenderer: async () => ({
          renderReportPdf,
          loadFont: async (file) => new Uint8Array(await readFile(new URL(file, FONTS))),
        }),
        now: () => at,
      },
      { workshop, options: defaultReportOptions('en-GB'), tr, onProgress: () => undefined },
    );

    const dir = await folder();
    const file = path.join(dir, 'w.workshop.json');
    await writeFile(file, await serializeWorkshop(data, META));
    const out = path.join(dir, 'report.pdf');
    expect(
      await main([file, '--out', out, '--locale', 'en-GB', '--created', createdArgument(at)], io()),
    ).toBe(0);
    const cli = new Uint8Array(await readFile(out));
    expect(Buffer.compare(cli, saved[0]!.bytes)).toBe(0);
  });

  it('writes the PDF report and the votes CSV of a workshop file', async () => {
    const dir = await folder();
    const data = smallWorkshop();
    const file = path.join(dir, 'w.workshop.json');
    await writeFile(file, await serializeWorkshop(data, META));
    const out = path.join(dir, 'report.pdf');
    const csv = path.join(dir, 'votes.csv');
    const run = io();
    expect(
      await main([file, '--out', out, '--csv', csv, '--created', '2026-11-30T12:00:00+01:00'], run),
    ).toBe(0);
    expect(run.lines).toEqual([out, csv]);
    const text = pdfToText(new Uint8Array(await readFile(out)))
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Q3 OSPO check — Łódź');
    expect(text).toContain('Executive summary');
    expect(await readFile(csv, 'utf8')).toBe(votesCsv(data, createTranslator('en-GB')));
    // The same file and creation date give the same bytes, as the app's export does.
    const again = path.join(dir, 'again.pdf');
    await main([file, '--out', again, '--created', '2026-11-30T12:00:00+01:00'], io());
    expect(Buffer.compare(await readFile(again), await readFile(out))).toBe(0);
  });

  it('writes one report per workshop of a backup, on a framework without stages too', async () => {
    const dir = await folder();
    const file = path.join(dir, 'all.workshops.json');
    const ggi = smallWorkshop('w-ggi', GGI_FRAMEWORK);
    await writeFile(
      file,
      await serializeArchive(
        [smallWorkshop(), { ...ggi, workshop: { ...ggi.workshop, title: 'Governance' } }],
        [],
        META,
      ),
    );
    const run = io();
    expect(await main([file, '--out', path.join(dir, 'reports')], run)).toBe(0);
    // Named as the app's save dialog suggests.
    expect(run.lines.map((l) => path.basename(l)).sort()).toEqual([
      'Governance – OSPO report 2026-11-30.pdf',
      'Q3 OSPO check — Łódź – OSPO report 2026-11-30.pdf',
    ]);
    for (const pdf of run.lines) expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a broken file with the app’s words and status 1, and a wrong command line with 2', async () => {
    const dir = await folder();
    const file = path.join(dir, 'broken.workshop.json');
    const doc = JSON.parse(await serializeWorkshop(smallWorkshop(), META)) as { workshop: { title: string } };
    doc.workshop.title = 'Edited by hand';
    await writeFile(file, JSON.stringify(doc));
    const run = io();
    expect(await main([file], run)).toBe(1);
    expect(run.errors[0]).toMatch(
      /^broken\.workshop\.json: The file was changed after it was exported, or it is damaged/,
    );
    expect(await main([], io())).toBe(2);
    expect(await main([file, '--paper', 'a3'], io())).toBe(2);
  });

  it('says so in words, with status 1, when the file is missing, a folder, too large or cannot be written', async () => {
    const dir = await folder();
    const refused = async (argv: string[]) => {
      const run = io();
      expect(await main(argv, run)).toBe(1);
      expect(run.lines).toEqual([]);
      return run.errors.join('\n');
    };
    expect(await refused([path.join(dir, 'gone.workshop.json')])).toBe(
      `${path.join(dir, 'gone.workshop.json')}: there is no such file. Nothing was written.`,
    );
    expect(await refused([dir])).toMatch(/^ospo-cli-\w+ is a folder\. Give a workshop file/);
    // A sparse file: refused by its size, never read.
    const huge = path.join(dir, 'huge.workshop.json');
    await writeFile(huge, '');
    await truncate(huge, 100 * 1024 * 1024 + 1);
    expect(await refused([huge])).toMatch(/^huge\.workshop\.json: .*larger than 100 MB/);

    const file = path.join(dir, 'w.workshop.json');
    await writeFile(file, await serializeWorkshop(smallWorkshop(), META));
    const blocked = path.join(file, 'report.pdf'); // under a file, not a folder
    expect(await refused([file, '--out', blocked])).toMatch(/report\.pdf could not be written \(E\w+\)\.$/);
  });

  it('refuses CSV of a backup of several workshops before writing anything', async () => {
    const dir = await folder();
    const file = path.join(dir, 'all.workshops.json');
    await writeFile(file, await serializeArchive([smallWorkshop('w-a'), smallWorkshop('w-b')], [], META));
    const run = io();
    const out = path.join(dir, 'reports');
    expect(await main([file, '--out', out, '--csv', path.join(dir, 'votes.csv')], run)).toBe(2);
    expect(run.errors).toEqual([
      '--csv: the file holds 2 workshops; CSV is written for the file of one workshop. Nothing was written.',
    ]);
    expect(run.lines).toEqual([]);
    await expect(readFile(path.join(dir, 'votes.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
