// The summary CI reads, from Vitest's JSON report: when tests were skipped, one line saying how many
// and where; then, on a line of its own and with nothing after it, "N passed, N failed".
//   node test/support/ci-summary.mjs test-results/vitest.json
// Exits 1 when a test failed, a file failed to load, or there is no report (the run stopped before the
// tests: that counts as one failure).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled']);

/** `report` is Vitest's JSON report, or null when there is none. Returns the lines and the verdict. */
export function summarize(report, root = process.cwd()) {
  if (!report) return { lines: ['0 passed, 1 failed'], ok: false };
  const files = report.testResults ?? [];
  const passed = report.numPassedTests ?? 0;
  // A file that fails to load (or a failing hook) fails no single test: count it as one failure.
  const brokenFiles = files.filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  const failed = (report.numFailedTests ?? 0) + brokenFiles;
  const skippedPerFile = files
    .map((file) => ({
      name: path.relative(root, file.name ?? '') || String(file.name),
      count: (file.assertionResults ?? []).filter((t) => SKIPPED.has(t.status)).length,
    }))
    .filter((file) => file.count > 0);
  const skipped = skippedPerFile.reduce((sum, file) => sum + file.count, 0);
  const lines = [];
  if (skipped > 0) {
    lines.push(`${skipped} skipped: ${skippedPerFile.map((f) => `${f.name} (${f.count})`).join(', ')}`);
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, ok: failed === 0 && report.success !== false };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'test-results/vitest.json';
  const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  const { lines, ok } = summarize(report);
  for (const line of lines) console.log(line);
  process.exitCode = ok ? 0 : 1;
}
