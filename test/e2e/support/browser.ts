// The e2e harness: a real system Chromium on a fresh profile per test, watched by a Guard.
//
// Inside a test, `launchApp()` registers its own cleanup: when the test finishes it takes a screenshot if
// the test failed, closes the browser, deletes the temporary profile, and fails the test if the guard
// recorded anything (console error, page error, CSP violation, request off 127.0.0.1).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, onTestFinished, type TestContext } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { Guard } from './guard';

export { CHROMIUM_ARGS, findChromium, NO_CHROMIUM } from './chromium';
export { Guard, isAllowedUrl, type Problem, type ProblemKind } from './guard';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SCREENSHOT_DIR = path.join(repoRoot, 'test-results', 'screenshots');

const APP_READY = 'html[data-app-ready="true"]';

/** The app under test, from the global setup. */
export function baseURL(): string {
  return inject('baseURL');
}

/** Waits for the renderer's signal that the database is open and the first screen drawn. */
export async function waitForAppReady(page: Page, timeout = 30_000): Promise<void> {
  try {
    await page.locator(APP_READY).waitFor({ state: 'attached', timeout });
  } catch (error) {
    throw new Error(
      `The app did not set data-app-ready="true" on <html> within ${timeout / 1000} s (at ${page.url()}).`,
      { cause: error },
    );
  }
}

function safeName(name: string): string {
  return name.replace(/[^a-z0-9._-]+/gi, '-').replace(/^-+|-+$/g, '') || 'screenshot';
}

/** Saves a full-page PNG under test-results/screenshots/ (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${safeName(name)}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Runs `fn` when the current test finishes; returns false when called outside a test. */
function whenTestFinishes(fn: (context: TestContext) => Promise<void>): boolean {
  try {
    onTestFinished(fn);
    return true;
  } catch {
    return false;
  }
}

/**
 * A fresh, empty browser profile in the temp folder. Inside a test it is deleted when the test finishes
 * (after any browser on it is closed: cleanups run in reverse order).
 */
export async function createProfile(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ospo-e2e-profile-'));
  whenTestFinishes(() => rm(dir, { recursive: true, force: true, maxRetries: 3 }));
  return dir;
}

export interface LaunchOptions {
  /** Profile folder to reuse (e.g. after a crash); by default a fresh one, deleted after the test. */
  profile?: string;
  /** App URL; defaults to the one from the global setup. */
  baseURL?: string;
  /**
   * What to open: true (default) the app home, a route such as `#/workshops/1`, or false for about:blank.
   * Except with false, waits for the app-ready signal.
   */
  open?: boolean | string;
  /** Share problems with an earlier launch (relaunch does this). */
  guard?: Guard;
  /** Let the page download files (the browser mode's save); off unless a test saves something. */
  acceptDownloads?: boolean;
}

export interface App {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly profileDir: string;
  readonly guard: Guard;
  readonly baseURL: string;
  /** Navigates to a route of the app (`#/` by default) and waits until it is ready. */
  goto(route?: string): Promise<void>;
  /** Reloads the page and waits until the app is ready again. */
  reload(): Promise<void>;
  /** Throws if the guard recorded anything. */
  assertClean(): void;
  /** Closes the browser (gracefully); the profile stays until the test ends. */
  close(): Promise<void>;
  /** Closes this browser and starts a new one on the same profile, sharing the guard. */
  relaunch(options?: Pick<LaunchOptions, 'open'>): Promise<App>;
}

interface Session {
  guard: Guard;
  current: { context: BrowserContext; page: Page } | undefined;
  closed: boolean;
}

async function openPage(page: Page, base: string, open: boolean | string | undefined): Promise<void> {
  if (open === false) return;
  const target = open === true || open === undefined ? base : new URL(open, base).href;
  await page.goto(target);
  await waitForAppReady(page);
}

async function finishSession(session: Session, context: TestContext, name: string): Promise<void> {
  const live = session.current;
  if (live && !session.closed && context.task.result?.state === 'fail') {
    await screenshot(live.page, `${context.task.name}-${name}-failure`).catch(() => undefined);
  }
  if (live && !session.closed) await live.context.close().catch(() => undefined);
  session.closed = true;
  session.guard.assertClean();
}

async function launchOn(
  profileDir: string,
  base: string,
  options: LaunchOptions,
  session: Session,
): Promise<App> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    acceptDownloads: options.acceptDownloads === true,
  });
  try {
    await session.guard.attach(context);
    const page = context.pages()[0] ?? (await context.newPage());
    session.current = { context, page };
    session.closed = false;
    await openPage(page, base, options.open);

    const app: App = {
      context,
      page,
      profileDir,
      guard: session.guard,
      baseURL: base,
      goto: (route = '#/') => openPage(page, base, route),
      reload: async () => {
        await page.reload();
        await waitForAppReady(page);
      },
      assertClean: () => session.guard.assertClean(),
      close: async () => {
        if (session.current?.context === context && !session.closed) {
          session.closed = true;
          await context.close();
        }
      },
      relaunch: async (relaunchOptions = {}) => {
        await app.close();
        return launchOn(profileDir, base, { ...options, ...relaunchOptions }, session);
      },
    };
    return app;
  } catch (error) {
    await context.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Starts Chromium (persistent profile) with the guard installed and opens the app.
 * Inside a test, closing and checking the guard happen automatically when the test finishes;
 * outside one (e.g. beforeAll), call `app.close()` and `app.assertClean()` yourself.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const profileDir = options.profile ?? (await createProfile());
  const base = options.baseURL ?? baseURL();
  const session: Session = { guard: options.guard ?? new Guard(), current: undefined, closed: true };
  whenTestFinishes((context) => finishSession(session, context, 'app'));
  return launchOn(profileDir, base, options, session);
}

export interface KillableApp {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly pid: number;
  readonly guard: Guard;
  /** SIGKILLs the whole browser (every Chromium process), like a crash or a power cut, and waits for it. */
  kill(): Promise<void>;
}

function waitForDevTools(child: ChildProcess, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(
      () => fail(new Error(`Chromium did not open DevTools within ${timeout} ms`)),
      timeout,
    );
    const onData = (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match?.[1]) {
        cleanup();
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null) => fail(new Error(`Chromium exited early (code ${code})`));
    function cleanup() {
      clearTimeout(timer);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      child.stderr?.resume(); // keep draining, or Chromium blocks on a full pipe
    }
    function fail(error: Error) {
      cleanup();
      reject(new Error(`${error.message}. Its output:\n${stderr}`));
    }
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

/**
 * Chromium started by the harness itself (not by Playwright) so that a test can SIGKILL it mid-flight,
 * then relaunch on the same profile (`launchApp({ profile })` or `launchKillable(profile)`) and check
 * what survived. Opens the app (or `open`) and waits for it like launchApp; the guard applies too.
 */
export async function launchKillable(
  profile: string,
  options: Omit<LaunchOptions, 'profile'> = {},
): Promise<KillableApp> {
  const base = options.baseURL ?? baseURL();
  const guard = options.guard ?? new Guard();
  const child = spawn(
    findChromium(),
    [
      ...CHROMIUM_ARGS,
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--window-size=1280,800',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start Chromium');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let alive = true;
  void exited.then(() => (alive = false));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal); // the whole process group: browser, renderers, GPU, utilities
    } catch {
      // already gone
    }
  };
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  /** True while any process of the group is left (a renderer or the storage service may outlive the browser). */
  const groupAlive = () => {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  const kill = async () => {
    if (alive) {
      killGroup('SIGKILL');
      await exited;
    }
    // A relaunch on the same profile while the old storage service still holds its files would find
    // the database locked: wait until the whole group is gone.
    for (let waited = 0; groupAlive() && waited < 10_000; waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    process.off('exit', onExit);
  };

  whenTestFinishes(async () => {
    if (alive) {
      killGroup('SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    process.off('exit', onExit);
    guard.assertClean();
  });

  try {
    const wsEndpoint = await waitForDevTools(child, 30_000);
    const browser = await chromium.connectOverCDP(wsEndpoint);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium started without a default context');
    await guard.attach(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await openPage(page, base, options.open);
    return { browser, context, page, pid, guard, kill };
  } catch (error) {
    await kill();
    throw error;
  }
}
