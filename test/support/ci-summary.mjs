// The summary CI reads, from Vitest's JSON report (as test/support/json-reporter.mjs writes it): when
// tests were skipped, one line saying how many and where; when errors were raised outside any test, one
// line naming them; then, on a line of its own and with nothing after it, "N passed, N failed".
//   node test/support/ci-summary.mjs test-results/vitest.json [exit status of the test run]
// Exits 1 when a test failed, a file failed to load, an error was raised outside the tests, the test run
// exited non-zero, or there is no report (the run stopped before the tests). Each of these counts as a
// failure on the last line, so it never says "0 failed" about a run that failed.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIPPED = new Set(['skipped', 'pending', 'todo', 'disabled']);

/** "ReferenceError: window is not defined (in a.test.tsx, while "undoes" ran)": the test that ran when it was raised. */
function describeError(error) {
  const where = [error.file && `in ${error.file}`, error.test && `while "${error.test}" ran`].filter(Boolean);
  return `${error.name}: ${error.message}${where.length ? ` (${where.join(', ')})` : ''}`;
}

/**
 * `report` is Vitest's JSON report, or null when there is none; `exitStatus` is the test run's, when
 * known. Returns the lines and the verdict.
 */
export function summarize(report, root = process.cwd(), exitStatus = 0) {
  if (!report) return { lines: ['0 passed, 1 failed'], ok: false };
  const files = report.testResults ?? [];
  const passed = report.numPassedTests ?? 0;
  // A file that fails to load (or a failing hook) fails no single test: count it as one failure.
  const brokenFiles = files.filter(
    (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
  ).length;
  const unhandled = report.unhandledErrors ?? [];
  let failed = (report.numFailedTests ?? 0) + brokenFiles + unhandled.length;
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
  if (unhandled.length > 0) {
    const noun = unhandled.length === 1 ? 'error' : 'errors';
    lines.push(`${unhandled.length} unhandled ${noun}: ${unhandled.map(describeError).join('; ')}`);
  }
  // The run failed for a reason the report does not show: it still counts, and says so.
  if (failed === 0 && (exitStatus !== 0 || report.success === false)) {
    lines.push(
      exitStatus !== 0
        ? `The test run exited with status ${exitStatus} without a failing test in its report.`
        : 'The report says the run failed without a failing test.',
    );
    failed = 1;
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, ok: failed === 0 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'test-results/vitest.json';
  const exitStatus = Number(process.argv[3] ?? 0);
  const report = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  const { lines, ok } = summarize(report, process.cwd(), exitStatus);
  for (const line of lines) console.log(line);
  process.exitCode = ok ? 0 : 1;
}
