/**
 * Packages a stand-in project with the real electron-builder.yml (dummy Electron, Linux "dir" target, no
 * download) and checks what lands in app.asar: the build output only, no node_modules, no source maps.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPackageContents } from '../../support/validate-builder.mjs';

const projectDir = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ospo-builder-package-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the package built from electron-builder.yml', () => {
  it('holds only the build output and package.json, and the window icons beside the asar', async () => {
    const { entries, resources, unexpected } = await checkPackageContents();
    // Where windowIconPath() looks for them in a packaged app (process.resourcesPath/icons/).
    expect(resources).toEqual(expect.arrayContaining(['icons/icon.ico', 'icons/icon.png']));
    expect(unexpected).toEqual([]);
    expect(entries).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist/renderer/index.html',
        '/dist/voter/index.html',
        '/dist-electron/main/index.cjs',
        '/dist-electron/preload/index.cjs',
      ]),
    );
  }, 60_000);

  it('would ship node_modules and source maps without the exclusions (the check can fail)', async () => {
    const original = await readFile(path.join(projectDir, 'electron-builder.yml'), 'utf8');
    const leaky = original
      .replace(/^ {2}- '!node_modules\/\*\*'\n/m, '')
      .replace(/^ {2}- '!\*\*\/\*\.map'\n/m, '');
    expect(leaky).not.toBe(original);
    const configPath = path.join(dir, 'leaky.yml');
    await writeFile(configPath, leaky);
    const { unexpected } = await checkPackageContents(configPath);
    expect(unexpected).toContain('/dist/renderer/assets/index.js.map');
    expect(unexpected.some((entry) => entry.startsWith('/node_modules/react/'))).toBe(true);
  }, 60_000);
});
