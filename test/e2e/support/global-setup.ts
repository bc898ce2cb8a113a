// Runs once before the e2e files: builds the renderer, serves it on 127.0.0.1, hands the URL to the tests.
//   E2E_SKIP_BUILD=1      reuse the existing dist/renderer (or E2E_SERVE_ROOT)
//   E2E_SERVE_ROOT=<dir>  serve another folder than dist/renderer
//   E2E_BASE_URL=<url>    test an app already served elsewhere on 127.0.0.1 (no build, no server)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../support/serve.mjs';
import { findChromium } from './chromium';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

function buildRenderer(): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const child = spawn(npm, ['run', 'build:renderer'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) {
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stderr.write(`e2e: built the renderer in ${seconds} s\n`);
        resolve();
      } else {
        reject(new Error(`npm run build:renderer failed (exit ${code}):\n${output}`));
      }
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail once, early and clearly, rather than in every test.
  findChromium();

  const external = process.env.E2E_BASE_URL;
  if (external) {
    const url = new URL(external);
    if (url.hostname !== '127.0.0.1') throw new Error(`E2E_BASE_URL must be on 127.0.0.1, not ${url.host}`);
    project.provide('baseURL', url.href.endsWith('/') ? url.href : `${url.href}/`);
    return async () => {};
  }

  if (process.env.E2E_SKIP_BUILD !== '1') await buildRenderer();
  const root = path.resolve(repoRoot, process.env.E2E_SERVE_ROOT ?? 'dist/renderer');
  const server = await startServer({ root, port: 0 });
  project.provide('baseURL', server.url);
  return () => server.close();
}
