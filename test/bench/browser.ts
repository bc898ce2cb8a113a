/**
 * What every browser benchmark starts from: the built app served on 127.0.0.1 as `npm run web` serves
 * it, and Chromium on a fresh profile that reaches nothing else (the app's own rule: no network).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { startAppServer, type AppServer } from '../../electron/server/web/app-server';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/chromium';
import { repoRoot } from '../support/build-renderer';

/** The built renderer and voter page (build them first), on a free port of 127.0.0.1. */
export function serveBuiltApp(): Promise<AppServer> {
  return startAppServer({
    root: path.join(repoRoot, 'dist/renderer'),
    port: 0,
    room: { voterRoot: path.join(repoRoot, 'dist/voter') },
  });
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/** Chromium headless on a new profile named after the benchmark, at the given window size. */
export async function launchBenchBrowser(
  name: string,
  viewport: { width: number; height: number } = { width: 1920, height: 1080 },
): Promise<BenchBrowser> {
  const profile = await mkdtemp(path.join(tmpdir(), `ospo-bench-${name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport,
    locale: 'en-US',
    serviceWorkers: 'block',
  });
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.fallback() : route.abort(),
  );
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}
