// The project's top level is fixed (README, "Layout"): the boundaries are lint rules written per folder, so
// code in a folder of its own would escape them, and the unit tests mirror the source tree.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../support/build-renderer';

/** The first path segment under `prefix` of every file git tracks there that lies in a folder. */
function trackedFolders(prefix = ''): string[] {
  const files = execFileSync('git', ['ls-files', '-z', '--', prefix || '.'], { cwd: repoRoot })
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((file) => file.slice(prefix.length));
  return [...new Set(files.filter((file) => file.includes('/')).map((file) => file.split('/')[0]!))].sort();
}

describe('the project layout', () => {
  it('has only the product’s top-level folders', () => {
    expect(trackedFolders()).toEqual(['.ci', 'assets', 'electron', 'renderer', 'shared', 'test']);
  });

  it('mirrors the source tree in test/unit', () => {
    expect(trackedFolders('test/unit/')).toEqual(['electron', 'renderer', 'shared', 'tooling']);
  });
});
