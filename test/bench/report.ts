/**
 * `npm run bench:report`: export time and file size of the PDF report, one JSON line per workshop size
 * (participants × questions), with its targets. Export = building the document model from the stored
 * workshop (scoring included) and rendering it with the bundled fonts, as the app does on "Export".
 * Median of timed runs after a warm-up. `--out <folder>` also writes each PDF there, to look at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import '../../shared/i18n/complete';
import { createTranslator } from '../../shared/i18n';
import { buildReportDocument, defaultReportOptions } from '../../shared/report';
import { renderReport } from '../../renderer/features/report/pdf/render-report';
import { diskFonts } from '../support/report-pdf';
import { reportWorkshop } from '../support/report-workshop';
import { round } from './measure';

const cases = [
  {
    name: 'report-12x12',
    participants: 12,
    questions: 12,
    teams: 3,
    runs: 7,
    targetMs: null,
    targetMB: null,
  },
  { name: 'report-30x40', participants: 30, questions: 40, teams: 4, runs: 5, targetMs: 1500, targetMB: 1.5 },
  {
    name: 'report-200x100',
    participants: 200,
    questions: 100,
    teams: 10,
    runs: 3,
    targetMs: 5000,
    targetMB: null,
  },
];

const outAt = process.argv.indexOf('--out');
const outDir = outAt > 0 ? process.argv[outAt + 1] : undefined;
const tr = createTranslator('en-GB');

for (const c of cases) {
  const input = reportWorkshop({
    participants: c.participants,
    questions: c.questions,
    teams: c.teams,
    seed: 5,
  });
  const exportOnce = async () => {
    const doc = buildReportDocument(input, defaultReportOptions('en-GB'), tr);
    return renderReport(doc, diskFonts());
  };
  await exportOnce();
  const times: number[] = [];
  let last = await exportOnce();
  for (let i = 0; i < c.runs; i++) {
    const start = performance.now();
    last = await exportOnce();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] as number;
  const sizeMB = last.bytes.byteLength / 1024 / 1024;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `${c.name}.pdf`), last.bytes);
  }
  console.log(
    JSON.stringify({
      case: c.name,
      medianMs: round(medianMs),
      targetMs: c.targetMs,
      sizeMB: round(sizeMB, 3),
      targetMB: c.targetMB,
      pages: last.pageCount,
      runs: c.runs,
      withinTargets:
        (c.targetMs === null || medianMs < c.targetMs) && (c.targetMB === null || sizeMB < c.targetMB),
    }),
  );
}
