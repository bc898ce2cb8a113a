/**
 * What the electron-builder.yml tests share: edited copies of the shipped configuration, and the
 * validation command (npm run builder:validate) run on one as a packager would run it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect } from 'vitest';

const run = promisify(execFile);
const projectDir = path.resolve(import.meta.dirname, '../../..');
const script = path.join(projectDir, 'test/support/validate-builder.mjs');
const configPath = path.join(projectDir, 'electron-builder.yml');

/** The command's exit status and what it printed; no config means the shipped one. */
export async function validate(config?: string): Promise<{ code: number; stderr: string; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, config ? [script, config] : [script], {
      cwd: projectDir,
    });
    return { code: 0, stderr, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    const stderr = failed.stderr ?? '';
    return { code: failed.code ?? -1, stderr, output: `${failed.stdout ?? ''}${stderr}` };
  }
}

/**
 * Registers a temporary folder for the enclosing describe block and returns a function that writes an
 * edited copy of the shipped configuration there; an edit that changes nothing fails the test.
 */
export function configVariants(prefix: string) {
  let dir: string;
  let original: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), `ospo-${prefix}-`));
    original = await readFile(configPath, 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  return async (name: string, edit: (yaml: string) => string): Promise<string> => {
    const file = path.join(dir, `${name}.yml`);
    const edited = edit(original);
    expect(edited, `${name} changes the configuration`).not.toBe(original);
    await writeFile(file, edited);
    return file;
  };
}
