// The command line renders the same PDF and CSV as the app, in Node, from a workshop file; a refused
// file gets the app's words on stderr and a non-zero status.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../../electron/cli/report';
import { serializeArchive, serializeWorkshop, votesCsv } from '../../../../shared/files';
import { createTranslator } from '../../../../shared/i18n';
import { pdfToText } from '../../../support/report-pdf';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { META, smallWorkshop } from '../../shared/files/workshops';

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

describe('npm run report', () => {
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
    expect(run.lines.map((l) => path.basename(l)).sort()).toEqual(
      [
        expect.stringMatching(/^.*Governance.* 2026-11-30\.pdf$/),
        expect.stringMatching(/^.*Q3 OSPO check — Łódź.* 2026-11-30\.pdf$/),
      ].sort(),
    );
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
});
