import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
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

  describe('as a command', () => {
    let dir = '';
    afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

    it('prints the lines and exits 1 on failure', async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'ospo-ci-summary-'));
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
  });
});
