import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../../support/ci-summary.mjs';

const root = '/repo';
const file = (name: string, statuses: string[], status = 'passed') => ({
  name: `${root}/${name}`,
  status,
  assertionResults: statuses.map((s, i) => ({ status: s, fullName: `test ${i}` })),
});

describe('the CI summary', () => {
  it('ends with exactly "N passed, N failed", the skipped tests on their own line before it', () => {
    const report = {
      success: true,
      numPassedTests: 361,
      numFailedTests: 0,
      testResults: [
        file('test/e2e/electron.e2e.ts', Array(6).fill('skipped')),
        file('test/unit/a.test.ts', ['passed', 'passed', 'todo']),
      ],
    };
    expect(summarize(report, root)).toEqual({
      lines: ['7 skipped: test/e2e/electron.e2e.ts (6), test/unit/a.test.ts (1)', '361 passed, 0 failed'],
      ok: true,
    });
  });

  it('prints only the counts line when nothing was skipped', () => {
    const report = { success: true, numPassedTests: 3, numFailedTests: 0, testResults: [] };
    expect(summarize(report, root).lines).toEqual(['3 passed, 0 failed']);
  });

  it('counts a file that failed to load as one failure, and no report as one failure', () => {
    const report = {
      success: false,
      numPassedTests: 2,
      numFailedTests: 1,
      testResults: [file('a.test.ts', ['failed'], 'failed'), file('b.test.ts', [], 'failed')],
    };
    expect(summarize(report, root)).toEqual({ lines: ['2 passed, 2 failed'], ok: false });
    expect(summarize(null, root)).toEqual({ lines: ['0 passed, 1 failed'], ok: false });
  });

  it('counts each error raised outside the tests as a failure and names it on the line before', () => {
    const report = {
      success: false,
      numPassedTests: 446,
      numFailedTests: 0,
      testResults: [file('test/unit/a.test.ts', ['passed'])],
      unhandledErrors: [
        {
          name: 'ReferenceError',
          message: 'window is not defined',
          file: 'test/unit/renderer/features/session-screen.test.tsx',
          test: 'undoes the last votes',
        },
        { name: 'Error', message: 'late', file: null, test: null },
      ],
    };
    expect(summarize(report, root)).toEqual({
      lines: [
        '2 unhandled errors: ReferenceError: window is not defined ' +
          '(in test/unit/renderer/features/session-screen.test.tsx, while "undoes the last votes" ran); Error: late',
        '446 passed, 2 failed',
      ],
      ok: false,
    });
  });

  it('never says 0 failed about a run that failed: a non-zero exit counts when nothing else explains it', () => {
    const report = { success: true, numPassedTests: 5, numFailedTests: 0, testResults: [] };
    expect(summarize(report, root, 1)).toEqual({
      lines: [
        'The test run exited with status 1 without a failing test in its report.',
        '5 passed, 1 failed',
      ],
      ok: false,
    });
    // A failure the report shows explains the exit status: it is not counted twice.
    const failing = { success: false, numPassedTests: 4, numFailedTests: 1, testResults: [] };
    expect(summarize(failing, root, 1).lines).toEqual(['4 passed, 1 failed']);
  });

  describe('as a command', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'ospo-ci-summary-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('prints the lines and exits 1 on failure', async () => {
      const report = path.join(dir, 'vitest.json');
      await writeFile(
        report,
        JSON.stringify({ success: false, numPassedTests: 1, numFailedTests: 1, testResults: [] }),
      );
      const script = path.resolve(import.meta.dirname, '../../support/ci-summary.mjs');
      const failure = await promisify(execFile)(process.execPath, [script, report]).catch((e) => e);
      expect(failure.code).toBe(1);
      expect(failure.stdout).toBe('1 passed, 1 failed\n');
    });

    it('with Vitest: an error thrown by a timer, outside any assertion, fails the summary, named', async () => {
      const project = path.join(dir, 'late-timer');
      await mkdir(project);
      await writeFile(path.join(project, 'vitest.config.mjs'), 'export default {};\n');
      // The test itself passes: the error comes from a timer, as from a component left mounted.
      await writeFile(
        path.join(project, 'late.test.mjs'),
        [
          "import { it } from 'vitest';",
          "it('passes', () => new Promise((resolve) => {",
          "  setTimeout(() => { throw new ReferenceError('window is not defined'); }, 0);",
          '  setTimeout(resolve, 50);',
          '}));',
        ].join('\n'),
      );
      const support = path.resolve(import.meta.dirname, '../../support');
      const vitest = path.resolve(import.meta.dirname, '../../../node_modules/vitest/vitest.mjs');
      const report = path.join(project, 'vitest.json');
      const run = await promisify(execFile)(
        process.execPath,
        [vitest, 'run', `--reporter=${path.join(support, 'json-reporter.mjs')}`, `--outputFile=${report}`],
        { cwd: project },
      ).catch((e: { code: number }) => e);
      expect('code' in run ? run.code : 0).toBe(1);
      const summary = await promisify(execFile)(process.execPath, [
        path.join(support, 'ci-summary.mjs'),
        report,
        '1',
      ]).catch((e) => e);
      expect(summary.code).toBe(1);
      expect(summary.stdout).toBe(
        '1 unhandled error: ReferenceError: window is not defined (in late.test.mjs, while "passes" ran)\n1 passed, 1 failed\n',
      );
    });
  });
});
