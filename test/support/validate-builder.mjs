// Checks electron-builder.yml offline with electron-builder's own loader and schema validation (the same
// code `electron-builder` runs before packaging), plus the project's own packaging rules.
//   node test/support/validate-builder.mjs [path/to/config.yml]
// Exits 0 and prints "valid" when the configuration passes; exits 1 with the reasons otherwise.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
const { DebugLogger } = require('builder-util');

/** The project's rules on top of the schema: what goes into the package and where icons come from. */
function projectRules(config) {
  const problems = [];
  // The loader normalizes `files` to [{ filter: [...] }]; a hand-written list may hold plain strings.
  const files = [config.files ?? []]
    .flat()
    .flatMap((entry) => (typeof entry === 'string' ? [entry] : [entry.filter ?? []].flat()));
  for (const required of ['package.json', 'dist/renderer/**', 'dist-electron/**', '!node_modules/**']) {
    if (!files.includes(required)) problems.push(`files must list "${required}"`);
  }
  if (config.asar !== true) problems.push('asar must be true');
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

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const configPath = path.resolve(process.argv[2] ?? path.join(projectDir, 'electron-builder.yml'));
  const { valid, problems } = await validateBuilderConfig(configPath);
  const name = path.relative(process.cwd(), configPath) || configPath;
  if (valid) {
    console.log(`${name}: valid`);
  } else {
    console.error(`${name}: invalid\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    process.exitCode = 1;
  }
}
