// Builds the renderer and the voter page for the e2e tests and the benchmarks: the production bundles, as shipped.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs `npm run build:web` (the app and the phone's voter page) and resolves with the seconds it took. NODE_ENV is forced to
 * `production`: vitest sets it to `test`, and Vite would then bundle React's development build —
 * three times slower per vote and not what users run.
 */
export function buildRenderer(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'build:web'], {
      cwd: repoRoot,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve((performance.now() - started) / 1000)
        : reject(new Error(`npm run build:web failed (exit ${code}):\n${output}`)),
    );
  });
}
