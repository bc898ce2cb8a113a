/**
 * `npm run report -- <workshop file> [--out report.pdf] [--csv votes.csv] [--results-csv results.csv]
 * [--locale en-GB] [--paper a4|letter] [--created 2026-11-30T12:00:00+01:00]`
 *
 * The PDF report and the CSV of a workshop file, in Node, without a browser: for archives and batch runs.
 * The same code as the app: the file is read and checked by shared/files, the report built by
 * shared/report and drawn by the app's DOM-free PDF renderer with the bundled fonts, the CSV written by
 * shared/files. A backup of all workshops gives one PDF per workshop, in the folder `--out` names.
 * Exit status: 0 done, 1 the file was refused or could not be read or written (the reasons on stderr, in
 * words), 2 a wrong command line.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  MAX_IMPORT_BYTES,
  describeFailure,
  describeProblem,
  readWorkshopFile,
  resultsCsv,
  votesCsv,
  type ReadFailure,
} from '../../shared/files';
import { addMessages, createTranslator, resolveLocale, type Translator } from '../../shared/i18n';
import { cliMessages } from '../../shared/i18n/en/cli';
import { APP_NAME, APP_VERSION } from '../../shared/ipc/app-identity';
import {
  buildReportDocument,
  defaultReportOptions,
  reportFileName,
  type PaperSize,
} from '../../shared/report';
import { renderReportPdf } from '../../renderer/features/report/pdf/render-report';
import type { FontLoader } from '../../renderer/features/report/pdf/fonts';

addMessages(cliMessages);

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

/** Why a file's own words refuse it, each problem on a line of its own. */
function refusal(name: string, failure: ReadFailure, tr: Translator): string[] {
  const lines = [`${name}: ${tr.message(describeFailure(failure))}`];
  if (failure.reason === 'invalid') {
    for (const problem of failure.problems) {
      const d = describeProblem(problem, failure.root);
      const where = d.where.map(tr.message).join(tr.t('files.where.separator'));
      lines.push(`  - ${tr.t('files.problem.sentence', { where, what: tr.message(d.what) })} (${d.detail})`);
    }
  }
  return lines;
}

const reason = (error: unknown) =>
  error instanceof Error && 'code' in error ? String(error.code) : String(error);

/**
 * The file's bytes, or the words that say why there are none. The size is checked before anything is
 * read, as the app does: a file too large to be a workshop never fills the memory.
 */
async function readInput(input: string, tr: Translator): Promise<Uint8Array | string[]> {
  const name = path.basename(input);
  try {
    const info = await stat(input);
    if (info.isDirectory()) return [tr.t('cli.isFolder', { name })];
    if (info.size > MAX_IMPORT_BYTES) {
      const tooLarge = { reason: 'tooLarge', maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024 } as const;
      return refusal(name, tooLarge, tr);
    }
    return new Uint8Array(await readFile(input));
  } catch (error) {
    if (reason(error) === 'ENOENT') return [tr.t('cli.notFound', { name: input })];
    return [tr.t('cli.unreadable', { name, detail: reason(error) })];
  }
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
    io.err(createTranslator().t('cli.usage'));
    return 2;
  }
  const locale = resolveLocale(args.values.locale ?? io.systemLocale);
  const tr = createTranslator(locale);

  const bytes = await readInput(input, tr);
  if (!(bytes instanceof Uint8Array)) {
    bytes.forEach(io.err);
    return 1;
  }
  const read = await readWorkshopFile(bytes);
  if (!read.ok) {
    refusal(path.basename(input), read.failure, tr).forEach(io.err);
    return 1;
  }
  const { kind, workshops } = read.value;
  // CSV is of one workshop: a backup with --csv is refused before anything is written.
  const only = workshops.length === 1 ? workshops[0] : undefined;
  const csvs = (['csv', 'results-csv'] as const).filter((flag) => args.values[flag] !== undefined);
  if (!only && csvs.length > 0) {
    io.err(tr.t('cli.csvOfArchive', { flag: csvs[0]!, count: workshops.length }));
    return 2;
  }
  const write = async (target: string, data: Uint8Array | string): Promise<boolean> => {
    try {
      await mkdir(path.dirname(path.resolve(target)), { recursive: true });
      await writeFile(target, data);
      io.out(target);
      return true;
    } catch (error) {
      io.err(tr.t('cli.writeFailed', { name: target, detail: reason(error) }));
      return false;
    }
  };
  const options = { ...defaultReportOptions(locale), ...(paper ? { paper: paper as PaperSize } : {}) };
  for (const data of workshops) {
    const { id, title, organization, date, facilitator } = data.workshop;
    const report = buildReportDocument(
      {
        workshop: { id, title, organization, date, facilitator },
        stored: { ...data, settings: data.workshop.settings },
        earlier: null,
        created,
        creator: `${APP_NAME} ${APP_VERSION}`,
      },
      options,
      tr,
    );
    const name = reportFileName(data.workshop, tr);
    // An archive's reports go into the folder --out names; one workshop's report is --out itself.
    const target = kind === 'archive' ? path.join(args.values.out ?? '.', name) : (args.values.out ?? name);
    if (!(await write(target, await renderReportPdf(report, diskFonts)))) return 1;
  }
  if (only) {
    for (const [flag, csv] of [
      ['csv', votesCsv],
      ['results-csv', resultsCsv],
    ] as const) {
      const target = args.values[flag];
      if (target !== undefined && !(await write(target, csv(only, tr)))) return 1;
    }
  }
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
