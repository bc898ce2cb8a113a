// Runs once before the e2e files: builds the renderer and the voter page, serves them as `npm run web` does
// (the app on 127.0.0.1, the room on the address a test opens it on), hands the URL to the tests.
//   E2E_SKIP_BUILD=1      reuse the existing dist/renderer (or E2E_SERVE_ROOT)
//   E2E_SERVE_ROOT=<dir>  serve another folder than dist/renderer
//   E2E_BASE_URL=<url>    test an app already served elsewhere on 127.0.0.1 (no build, no server)
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startAppServer } from '../../../electron/server/web/app-server';
import { buildRenderer, repoRoot } from '../../support/build-renderer';
import { findChromium } from './chromium';

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

  if (process.env.E2E_SKIP_BUILD !== '1') {
    const seconds = await buildRenderer();
    process.stderr.write(`e2e: built the renderer in ${seconds.toFixed(1)} s\n`);
  }
  const root = path.resolve(repoRoot, process.env.E2E_SERVE_ROOT ?? 'dist/renderer');
  const server = await startAppServer({
    root,
    port: 0,
    room: { voterRoot: path.resolve(repoRoot, 'dist/voter') },
  });
  project.provide('baseURL', server.url);
  return () => server.close();
}
