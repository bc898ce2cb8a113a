/**
 * Electron's fuses in electron-builder.yml: the validation (npm run builder:validate) fails, naming the
 * fuse, on any setting weaker than the one the app ships, and on a fuse left to Electron's default.
 */
import { describe, expect, it } from 'vitest';
import { SHIPPED_FUSES, validateBuilderConfig } from '../../support/validate-builder.mjs';
import { configVariants, validate } from './builder-variants';

/** What the app ships, written out here so that weakening the validator's list fails too. */
const SHIPPED: Record<string, boolean> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

describe('electron-builder.yml fuses', () => {
  const variant = configVariants('fuses');
  const fuseLine = (name: string) => new RegExp(`^ {2}${name}: (true|false)\\n`, 'm');

  it('are checked against what the app ships, and the shipped configuration passes', async () => {
    expect(Object.fromEntries(Object.entries(SHIPPED_FUSES).map(([name, [value]]) => [name, value]))).toEqual(
      SHIPPED,
    );
    expect(await validateBuilderConfig()).toEqual({ valid: true, problems: [] });
  });

  it.each(Object.entries(SHIPPED))('fail when %s is weakened from %s', async (name, shipped) => {
    const file = await variant(`weak-${name}`, (yaml) =>
      yaml.replace(fuseLine(name), `  ${name}: ${!shipped}\n`),
    );
    const { valid, problems } = await validateBuilderConfig(file);
    expect(valid).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(`^electronFuses\\.${name} must be ${shipped}, not ${!shipped}: \\S`),
    );
  });

  it('fail when a fuse is left out, which keeps Electron’s default', async () => {
    const file = await variant('no-run-as-node', (yaml) => yaml.replace(fuseLine('runAsNode'), ''));
    const { valid, problems } = await validateBuilderConfig(file);
    expect(valid).toBe(false);
    expect(problems).toEqual([expect.stringMatching(/^electronFuses\.runAsNode must be false, not unset/)]);
  });

  it('fail when the fuses are switched off altogether', async () => {
    const file = await variant('no-fuses', (yaml) => yaml.replace(/^electronFuses:\n(?: {2}.*\n)+/m, ''));
    const { valid, problems } = await validateBuilderConfig(file);
    expect(valid).toBe(false);
    expect(problems).toEqual([expect.stringMatching(/^electronFuses must be set/)]);
  });

  it('make the command exit 1 and name the fuse', async () => {
    const file = await variant('inspect-on', (yaml) =>
      yaml.replace(fuseLine('enableNodeCliInspectArguments'), '  enableNodeCliInspectArguments: true\n'),
    );
    const failed = await validate(file);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('electronFuses.enableNodeCliInspectArguments must be false, not true');
  });
});
