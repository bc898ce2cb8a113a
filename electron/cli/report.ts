/**
 * `npm run report -- <workshop file> [--out report.pdf] [--csv votes.csv] [--results-csv results.csv]
 * [--locale en-GB] [--paper a4|letter] [--created 2026-11-30T12:00:00+01:00]`
 *
 * The PDF report and the CSV of a workshop file, in Node, without a browser: for archives and batch runs.
 * The same code as the app: the file is read and checked by shared/files, the report built by
 * shared/report and drawn by the app's DOM-free PDF renderer with the bundled fonts, the CSV written by
 * shared/files. A backup of all workshops gives one PDF per workshop, in the folder `--out` names.
 * Exit status: 0 done, 1 the file was refused (the reasons on stderr, in words), 2 a wrong command line.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  describeFailure,
  describeProblem,
  readWorkshopFile,
  resultsCsv,
  votesCsv,
  type WorkshopData,
} from '../../shared/files';
import { createTranslator, resolveLocale, type Translator } from '../../shared/i18n';
import { APP_NAME, APP_VERSION } from '../../shared/ipc/app-identity';
import { buildReportDocument, defaultReportOptions, type PaperSize } from '../../shared/report';
import { renderReportPdf } from '../../renderer/features/report/pdf/render-report';
import type { FontLoader } from '../../renderer/features/report/pdf/fonts';

const FONTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/fonts');

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** The moment the report is created, unless --created says another. */
  now(): Date;
  /** The system's language, for --locale's default. */
  systemLocale: string;
}

const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
  systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
};

const diskFonts: FontLoader = async (file) => new Uint8Array(await readFile(path.join(FONTS, file)));

/** "2026-11-30T12:00:00+01:00" → the instant and the offset it was written in. */
function creation(text: string | undefined, io: CliIo): { epochMs: number; offsetMinutes: number } | null {
  if (text === undefined) {
    const now = io.now();
    return { epochMs: now.getTime(), offsetMinutes: -now.getTimezoneOffset() };
  }
  const match = /(Z|([+-])(\d{2}):(\d{2}))$/.exec(text);
  const epochMs = Date.parse(text);
  if (!match || Number.isNaN(epochMs)) return null;
  const offsetMinutes =
    match[1] === 'Z' ? 0 : (match[2] === '-' ? -1 : 1) * (Number(match[3]) * 60 + Number(match[4]));
  return { epochMs, offsetMinutes };
}

/** A file name every file system accepts, from the report's own wording of it. */
function pdfName(data: WorkshopData, tr: Translator): string {
  const base = tr
    .t('report.export.fileName', { title: data.workshop.title, date: data.workshop.date })
    .replace(/[/\\:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return `${base || 'OSPO report'} ${data.workshop.date}.pdf`;
}

/** Runs the command line; resolves with the exit status. */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        csv: { type: 'string' },
        'results-csv': { type: 'string' },
        locale: { type: 'string' },
        paper: { type: 'string' },
        created: { type: 'string' },
      },
    });
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error));
    return 2;
  }
  const [input, ...extra] = args.positionals;
  const paper = args.values.paper;
  const created = creation(args.values.created, io);
  if (
    input === undefined ||
    extra.length > 0 ||
    (paper !== undefined && paper !== 'a4' && paper !== 'letter') ||
    !created
  ) {
    io.err(
      'Usage: npm run report -- <workshop file> [--out report.pdf] [--csv votes.csv] [--results-csv results.csv]',
    );
    io.err('         [--locale en-GB] [--paper a4|letter] [--created 2026-11-30T12:00:00+01:00]');
    return 2;
  }
  const locale = resolveLocale(args.values.locale ?? io.systemLocale);
  const tr = createTranslator(locale);

  const read = await readWorkshopFile(new Uint8Array(await readFile(input)));
  if (!read.ok) {
    io.err(`${path.basename(input)}: ${tr.message(describeFailure(read.failure))}`);
    if (read.failure.reason === 'invalid') {
      for (const problem of read.failure.problems) {
        const d = describeProblem(problem, read.failure.root);
        const where = d.where.map(tr.message).join(tr.t('files.where.separator'));
        io.err(`  - ${tr.t('files.problem.sentence', { where, what: tr.message(d.what) })} (${d.detail})`);
      }
    }
    return 1;
  }
  const { kind, workshops } = read.value;
  const options = { ...defaultReportOptions(locale), ...(paper ? { paper: paper as PaperSize } : {}) };
  for (const data of workshops) {
    const report = buildReportDocument(
      {
        workshop: { ...data.workshop },
        stored: { ...data, settings: data.workshop.settings },
        earlier: null,
        created,
        creator: `${APP_NAME} ${APP_VERSION}`,
      },
      options,
      tr,
    );
    const bytes = await renderReportPdf(report, diskFonts);
    // An archive's reports go into the folder --out names; one workshop's report is --out itself.
    const target =
      kind === 'archive'
        ? path.join(args.values.out ?? '.', pdfName(data, tr))
        : (args.values.out ?? pdfName(data, tr));
    await mkdir(path.dirname(path.resolve(target)), { recursive: true });
    await writeFile(target, bytes);
    io.out(target);
  }
  const only = workshops.length === 1 ? workshops[0] : undefined;
  for (const [flag, write] of [
    ['csv', votesCsv],
    ['results-csv', resultsCsv],
  ] as const) {
    const target = args.values[flag];
    if (target === undefined) continue;
    if (!only) {
      io.err(
        `--${flag}: the file holds ${workshops.length} workshops; CSV is written for one workshop file.`,
      );
      return 2;
    }
    await writeFile(target, write(only, tr));
    io.out(target);
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
