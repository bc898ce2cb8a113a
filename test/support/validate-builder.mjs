// Checks electron-builder.yml offline with electron-builder's own loader and schema validation (the same
// code `electron-builder` runs before packaging), plus the project's own packaging rules and fuses.
//   node test/support/validate-builder.mjs [path/to/config.yml]
// Exits 0 and prints "valid" when the configuration passes; exits 1 with the reasons otherwise.
//   node test/support/validate-builder.mjs --package
// also packages a stand-in project (placeholder build output, a dummy Electron) with the real configuration
// and lists what went into app.asar: only the build output may, no node_modules, no source maps.
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

/**
 * Electron's fuses as the app ships them (electron-builder's `electronFuses`, flipped in the binary before
 * signing), each with what a weaker setting would allow. A fuse left out keeps Electron's default, which
 * is the weak one for every fuse here except the V8 snapshot, so a missing key fails as well.
 */
export const SHIPPED_FUSES = {
  runAsNode: [false, 'ELECTRON_RUN_AS_NODE would turn the app into a plain Node runtime'],
  enableNodeOptionsEnvironmentVariable: [false, 'NODE_OPTIONS could load code into the main process'],
  enableNodeCliInspectArguments: [false, '--inspect would open a debugger on the main process'],
  enableEmbeddedAsarIntegrityValidation: [true, 'a modified app.asar would load (macOS and Windows)'],
  onlyLoadAppFromAsar: [true, 'an app folder beside app.asar would load instead of the checked archive'],
  enableCookieEncryption: [true, 'cookies would be stored on disk in plain text'],
  // The app has no browser-process snapshot of its own: the main process keeps Electron's.
  loadBrowserProcessSpecificV8Snapshot: [
    false,
    'the main process would load a V8 snapshot the asar check does not cover',
  ],
  grantFileProtocolExtraPrivileges: [false, 'file:// pages would get privileges beyond a browser’s'],
};

function fuseRules(config) {
  const fuses = config.electronFuses;
  if (fuses == null) return ['electronFuses must be set: without it every fuse keeps Electron’s default'];
  return Object.entries(SHIPPED_FUSES)
    .filter(([name, [shipped]]) => fuses[name] !== shipped)
    .map(([name, [shipped, risk]]) => {
      const found = fuses[name] === undefined ? 'unset (Electron’s default)' : String(fuses[name]);
      return `electronFuses.${name} must be ${shipped}, not ${found}: ${risk}`;
    });
}

/** The project's rules on top of the schema: what goes into the package and where icons come from. */
function projectRules(config) {
  const problems = fuseRules(config);
  // The loader normalizes `files` to [{ filter: [...] }]; a hand-written list may hold plain strings.
  const files = [config.files ?? []]
    .flat()
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()));
  for (const required of [
    'package.json',
    'dist/renderer/**',
    'dist/voter/**',
    'dist-electron/**',
    '!node_modules/**',
  ]) {
    if (!files.includes(required)) problems.push(`files must list "${required}"`);
  }
  if (config.asar !== true) problems.push('asar must be true');
  // Phone voting serves the room's network: macOS asks for Local Network access and shows this text.
  if (!config.mac?.extendInfo?.NSLocalNetworkUsageDescription) {
    problems.push('mac.extendInfo.NSLocalNetworkUsageDescription must explain phone voting');
  }
  const targetsOf = (platform) =>
    (config[platform]?.target ?? []).map((target) => (typeof target === 'string' ? target : target.target));
  const expectTargets = (platform, expected) => {
    const actual = targetsOf(platform);
    for (const target of expected) {
      if (!actual.includes(target)) problems.push(`${platform}.target must include ${target}`);
    }
  };
  expectTargets('linux', ['AppImage', 'deb']);
  expectTargets('win', ['nsis']);
  expectTargets('mac', ['dmg']);
  for (const platform of ['linux', 'win', 'mac']) {
    const icon = config[platform]?.icon;
    if (typeof icon !== 'string') problems.push(`${platform}.icon must be set`);
    else if (!existsSync(path.resolve(projectDir, icon)))
      problems.push(`${platform}.icon: ${icon} does not exist`);
  }
  return problems;
}

export async function validateBuilderConfig(configPath = path.join(projectDir, 'electron-builder.yml')) {
  const config = await getConfig(projectDir, configPath, null);
  try {
    await validateConfiguration(config, new DebugLogger(false));
  } catch (error) {
    return { valid: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  const problems = projectRules(config);
  return { valid: problems.length === 0, problems };
}

/** What the package may hold: the build output and the manifest. */
const ALLOWED_IN_ASAR = [
  /^\/package\.json$/,
  /^\/dist(\/(renderer|voter)(\/.*)?)?$/,
  /^\/dist-electron(\/.*)?$/,
];

/**
 * Packages a throw-away copy of the project (placeholder build output, a stray source file, a source map,
 * node_modules linked in) with the real configuration and a dummy Electron, for Linux "dir" only: nothing
 * is downloaded. Returns the entries of app.asar and the ones that should not be there.
 */
export async function checkPackageContents(configPath = path.join(projectDir, 'electron-builder.yml')) {
  const { build, Platform, Arch } = require('electron-builder');
  const { listPackage } = require('@electron/asar');
  const work = await mkdtemp(path.join(tmpdir(), 'ospo-package-'));
  try {
    const project = path.join(work, 'project');
    const files = {
      'dist/renderer/index.html': '<!doctype html>',
      'dist/renderer/assets/index.js': 'export {};',
      'dist/renderer/assets/index.js.map': '{}',
      'dist/voter/index.html': '<!doctype html>',
      'dist-electron/main/index.cjs': '"use strict";',
      'dist-electron/preload/index.cjs': '"use strict";',
      'electron/main/index.ts': 'export {};',
      'notes.md': 'not for the package',
    };
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(project, file)), { recursive: true });
      await writeFile(path.join(project, file), content);
    }
    await cp(path.join(projectDir, 'package.json'), path.join(project, 'package.json'));
    await cp(configPath, path.join(project, 'electron-builder.yml'));
    await cp(path.join(projectDir, 'assets', 'icons'), path.join(project, 'assets', 'icons'), {
      recursive: true,
    });
    await symlink(path.join(projectDir, 'node_modules'), path.join(project, 'node_modules'), 'dir');

    const electronDist = path.join(work, 'electron-dist');
    await mkdir(electronDist);
    await writeFile(path.join(electronDist, 'electron'), '#!/bin/sh\n');
    await chmod(path.join(electronDist, 'electron'), 0o755);
    const { version } = require('electron/package.json');

    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      config: {
        extends: path.join(project, 'electron-builder.yml'),
        electronDist,
        electronVersion: version,
        // Fuses are flipped inside the real Electron binary, which the stand-in is not.
        electronFuses: null,
        directories: { output: path.join(work, 'release'), buildResources: 'assets' },
      },
    });
    const resourcesDir = path.join(work, 'release', 'linux-unpacked', 'resources');
    const asar = path.join(resourcesDir, 'app.asar');
    const entries = listPackage(asar, { isPack: false }).map((entry) => entry.split(path.sep).join('/'));
    const unexpected = entries.filter((entry) => !ALLOWED_IN_ASAR.some((pattern) => pattern.test(entry)));
    const forbidden = entries.filter((entry) => entry.includes('node_modules') || entry.endsWith('.map'));
    // Files beside the asar (extraResources), as paths relative to the resources folder.
    const resources = (await readdir(resourcesDir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name !== 'app.asar')
      .map((entry) =>
        path.relative(resourcesDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
      .sort();
    return { entries, resources, unexpected: [...new Set([...unexpected, ...forbidden])] };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const configPath = path.resolve(
    args.find((arg) => !arg.startsWith('--')) ?? path.join(projectDir, 'electron-builder.yml'),
  );
  const { valid, problems } = await validateBuilderConfig(configPath);
  const name = path.relative(process.cwd(), configPath) || configPath;
  if (valid) {
    console.log(`${name}: valid`);
  } else {
    console.error(`${name}: invalid\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exitCode = 1;
  }
  if (valid && args.includes('--package')) {
    const { entries, unexpected } = await checkPackageContents(configPath);
    console.log(`app.asar of a stand-in package:\n${entries.map((entry) => `  ${entry}`).join('\n')}`);
    if (unexpected.length > 0) {
      console.error(
        `app.asar holds files outside the build output:\n${unexpected.map((entry) => `  - ${entry}`).join('\n')}`,
      );
      process.exitCode = 1;
    } else {
      console.log('app.asar: only the build output');
    }
  }
}
