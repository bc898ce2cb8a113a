/**
 * `npm run bench:files`: export and import of a 500 participants × 100 questions × 3 rounds workshop
 * (150,000 votes, 10 teams), target under 2 s each.
 * - In Chromium, through the app's own repositories and file functions in the served app's origin:
 *   import = read and check the file's bytes, then write the whole workshop in one transaction; export
 *   = read the workshop from IndexedDB, then write the file's bytes (the save dialog itself is left out).
 * - In Chromium too, a merge: a second room's file (one more participant, a vote on every question)
 *   read, merged with the stored workshop and written (only what changed is written).
 * - In Node, the pure parts alone: serialize (with the checksum) and read (parse, checksum, checks).
 * Median of the timed runs after one warm-up; prints one JSON line per case with its target. Builds
 * the renderer first.
 */
import { launchBenchBrowser, serveBuiltApp } from './browser';
import { buildRenderer } from '../support/build-renderer';
import { seedBundle } from './latency/page-bundle';
import { readWorkshopFile, serializeWorkshop } from '../../shared/files';
import { syntheticWorkshopData } from './synthetic-workshop-data';
import type { FileRun } from './files/files.page';

const SHAPE = { participants: 500, questions: 100, rounds: 3, teams: 10, seed: 11 };
const RUNS = 5;
const TARGET_MS = 2000;
const GLOBAL = '__filesBench';
const META = { exportedAt: Date.UTC(2026, 10, 30), appName: 'OSPO Workshop', appVersion: 'bench' };

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const ms = (value: number) => Math.round(value);
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function inChromium(): Promise<FileRun[]> {
  process.stderr.write('building the renderer…\n');
  await buildRenderer();
  const bundle = await seedBundle('test/bench/files/files.page.ts', GLOBAL);
  const server = await serveBuiltApp();
  const browser = await launchBenchBrowser('files');
  try {
    const context = browser.context;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await page.locator('html[data-app-ready="true"]').waitFor({ timeout: 60_000 });
    await page.evaluate(`${bundle}\nwindow.${GLOBAL} = ${GLOBAL};`);
    const runs: FileRun[] = [];
    for (let run = 0; run <= RUNS; run++) {
      process.stderr.write(`Chromium run ${run}${run === 0 ? ' (warm-up)' : ''}…\n`);
      const result = await page.evaluate(
        ([name, shape, n]) =>
          (
            window as unknown as Record<string, { importThenExport(s: unknown, r: number): Promise<FileRun> }>
          )[name]!.importThenExport(shape, n),
        [GLOBAL, SHAPE, run] as const,
      );
      if (run > 0) runs.push(result);
    }
    return runs;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function inNode(): Promise<{ serializeMs: number[]; readMs: number[]; bytes: number }> {
  const data = syntheticWorkshopData(SHAPE);
  const serializeMs: number[] = [];
  const readMs: number[] = [];
  let bytes = new Uint8Array();
  for (let run = 0; run <= RUNS; run++) {
    const t0 = performance.now();
    bytes = new TextEncoder().encode(await serializeWorkshop(data, META));
    const t1 = performance.now();
    const read = await readWorkshopFile(bytes);
    const t2 = performance.now();
    if (!read.ok) throw new Error('the benchmark file was refused');
    if (run > 0) {
      serializeMs.push(t1 - t0);
      readMs.push(t2 - t1);
    }
  }
  return { serializeMs, readMs, bytes: bytes.byteLength };
}

const node = await inNode();
const shape = `${SHAPE.participants}x${SHAPE.questions}x${SHAPE.rounds}`;
console.log(
  JSON.stringify({
    case: `node serialize ${shape}`,
    medianMs: ms(median(node.serializeMs)),
    runs: RUNS,
    fileMB: mb(node.bytes),
  }),
);
console.log(
  JSON.stringify({ case: `node read and check ${shape}`, medianMs: ms(median(node.readMs)), runs: RUNS }),
);

const runs = await inChromium();
const votes = runs[0]!.votes;
const importMs = median(runs.map((r) => r.importMs));
const exportMs = median(runs.map((r) => r.exportMs));
console.log(
  JSON.stringify({
    case: `chromium import ${shape}`,
    votes,
    fileMB: mb(runs[0]!.fileBytes),
    medianMs: ms(importMs),
    readAndCheckMs: ms(median(runs.map((r) => r.readMs))),
    writeMs: ms(median(runs.map((r) => r.writeMs))),
    runs: RUNS,
    targetMs: TARGET_MS,
    met: importMs < TARGET_MS,
  }),
);
console.log(
  JSON.stringify({
    case: `chromium export ${shape}`,
    votes,
    fileMB: mb(runs[0]!.fileBytes),
    medianMs: ms(exportMs),
    snapshotMs: ms(median(runs.map((r) => r.snapshotMs))),
    serializeMs: ms(median(runs.map((r) => r.serializeMs))),
    runs: RUNS,
    targetMs: TARGET_MS,
    met: exportMs < TARGET_MS,
  }),
);
const mergeMs = median(runs.map((r) => r.mergeMs));
console.log(
  JSON.stringify({
    case: `chromium merge into ${shape} (+1 participant, ${SHAPE.questions} votes)`,
    medianMs: ms(mergeMs),
    writeMs: ms(median(runs.map((r) => r.mergeWriteMs))),
    runs: RUNS,
    targetMs: TARGET_MS,
    met: mergeMs < TARGET_MS,
  }),
);
