import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const projectDir = path.resolve(import.meta.dirname, '../../..');
const script = path.join(projectDir, 'test/support/validate-builder.mjs');
const configPath = path.join(projectDir, 'electron-builder.yml');

async function validate(config?: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, config ? [script, config] : [script], {
      cwd: projectDir,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('electron-builder.yml', () => {
  let dir: string;
  let original: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ospo-builder-'));
    original = await readFile(configPath, 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const variant = async (name: string, edit: (yaml: string) => string) => {
    const file = path.join(dir, `${name}.yml`);
    const edited = edit(original);
    expect(edited, `${name} changes the configuration`).not.toBe(original);
    await writeFile(file, edited);
    return file;
  };

  it('passes electron-builder’s schema validation and the packaging rules', async () => {
    const { code, output } = await validate();
    expect(output).toContain('electron-builder.yml: valid');
    expect(code).toBe(0);
  });

  it('rejects an option electron-builder does not know', async () => {
    const file = await variant('unknown-option', (yaml) =>
      yaml.replace(/^mac:\n/m, 'mac:\n  notAnOption: true\n'),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toMatch(/does not match the API schema/);
  });

  it('rejects a value of the wrong type', async () => {
    const file = await variant('wrong-type', (yaml) => yaml.replace(/^asar: true$/m, 'asar: [yes]'));
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toMatch(/configuration\.asar/);
  });

  it('rejects a package that would ship node_modules', async () => {
    const file = await variant('ships-node-modules', (yaml) =>
      yaml.replace(/^ {2}- '!node_modules\/\*\*'\n/m, ''),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toContain('files must list "!node_modules/**"');
  });

  it('rejects a package without the voter page or the macOS local-network text phone voting needs', async () => {
    const file = await variant('no-phones', (yaml) =>
      yaml
        .replace(/^ {2}- dist\/voter\/\*\*\n/m, '')
        .replace(/^ {4}NSLocalNetworkUsageDescription: >-\n(?: {6}.*\n)+/m, '    CFBundleName: x\n'),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toContain('files must list "dist/voter/**"');
    expect(output).toContain('mac.extendInfo.NSLocalNetworkUsageDescription must explain phone voting');
  });

  it('rejects a missing target or icon', async () => {
    const file = await variant('no-deb', (yaml) =>
      yaml
        .replace(/^ {4}- deb\n/m, '')
        .replace('icon: assets/icons/icon.ico', 'icon: assets/icons/missing.ico'),
    );
    const { code, output } = await validate(file);
    expect(code).toBe(1);
    expect(output).toContain('linux.target must include deb');
    expect(output).toContain('win.icon: assets/icons/missing.ico does not exist');
  });
});
