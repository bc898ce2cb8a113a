// The harness checks itself: each guard must catch what it is there to catch, or every other e2e test
// would pass for the wrong reason. Each test provokes a problem, checks it was recorded, then clears it.
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  baseURL,
  createProfile,
  findChromium,
  isAllowedUrl,
  launchApp,
  launchKillable,
  NO_CHROMIUM,
  screenshot,
} from './support/browser';

describe('findChromium', () => {
  const only =
    (...present: string[]) =>
    (file: string) =>
      present.includes(file);

  it('uses CHROMIUM_PATH when set, else the first usual install path', () => {
    expect(
      findChromium({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, isExecutable: only('/opt/c/chrome') }),
    ).toBe('/opt/c/chrome');
    expect(findChromium({ env: {}, candidates: ['/a', '/b'], isExecutable: only('/b') })).toBe('/b');
  });

  it('says what to install when there is no Chromium, and never falls back to a download', () => {
    expect(() => findChromium({ env: {}, candidates: ['/a'], isExecutable: only() })).toThrow(NO_CHROMIUM);
    expect(() =>
      findChromium({ env: { CHROMIUM_PATH: '/nope' }, isExecutable: only('/usr/bin/chromium') }),
    ).toThrow(/CHROMIUM_PATH=\/nope is not an executable file/);
  });
});

describe('isAllowedUrl', () => {
  it.each([
    ['http://127.0.0.1:4173/assets/app.js', true],
    ['ws://127.0.0.1:4173/', true],
    ['data:image/png;base64,AAAA', true],
    ['blob:http://127.0.0.1:4173/0b1c', true],
    ['http://localhost:4173/', false],
    ['http://example.com/', false],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1.nip.io/', false],
    ['http://[::1]:4173/', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedUrl(url)).toBe(allowed);
  });
});

/** A blank page on the app's origin (so it shares the app's IndexedDB) without running the app. */
async function blankPageOnAppOrigin(context: BrowserContext, page: Page): Promise<void> {
  const url = `${baseURL()}e2e-harness-probe.html`;
  await context.route(url, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' }),
  );
  await page.goto(url);
}

describe('guards', () => {
  it('detect a console error', async () => {
    const app = await launchApp({ open: false });
    await app.page.evaluate(() => console.error('x'));
    await expect.poll(() => app.guard.list('console').map((p) => p.text)).toEqual(['x']);
    expect(() => app.assertClean()).toThrow(/\[console\] x/);
    app.guard.clear();
    expect(() => app.assertClean()).not.toThrow();
  });

  it('ignore console messages that are not errors', async () => {
    const app = await launchApp({ open: false });
    await app.page.evaluate(() => {
      console.log('log');
      console.warn('warn');
      console.info('info');
    });
    expect(app.guard.problems).toEqual([]);
  });

  it('detect an uncaught page error', async () => {
    const app = await launchApp({ open: false });
    await app.page.evaluate(() => {
      setTimeout(() => {
        throw new Error('boom');
      });
    });
    await expect.poll(() => app.guard.list('pageerror').length).toBe(1);
    expect(app.guard.list('pageerror')[0]?.text).toMatch(/boom/);
    app.guard.clear();
  });

  it('block and record a request to another host, let 127.0.0.1 through', async () => {
    const app = await launchApp({ open: false });
    const outcome = await app.page.evaluate(() =>
      fetch('http://example.com/track').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    expect(app.guard.list('request').map((p) => p.text)).toEqual(['GET http://example.com/track (blocked)']);

    app.guard.clear();

    // 127.0.0.1 goes through (read from a blank page: running the app is the other tests' business).
    await blankPageOnAppOrigin(app.context, app.page);
    const status = await app.page.evaluate(
      (url) => fetch(url).then((response) => response.status),
      baseURL(),
    );
    expect(status).toBe(200);
    expect(app.guard.problems).toEqual([]);
  });

  it('detect a CSP violation, by event and by console message', async () => {
    const app = await launchApp({ open: false });
    const html =
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">` +
      `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`;
    await app.page.goto(`data:text/html,${encodeURIComponent(html)}`);
    await expect
      .poll(() => app.guard.list('csp').map((p) => p.text))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^img-src blocked data/)]));
    // One report per violation (the listener is installed once per document) plus Chromium's console line.
    expect(app.guard.list('csp').filter((p) => /^img-src blocked/.test(p.text))).toHaveLength(1);
    expect(app.guard.list('csp').some((p) => /Content Security Policy/.test(p.text))).toBe(true);
    app.guard.clear();
  });
});

describe('helpers', () => {
  it('screenshot saves a PNG under test-results/screenshots', async () => {
    const app = await launchApp({ open: false });
    const file = await screenshot(app.page, 'harness: blank page');
    expect(file).toMatch(/test-results\/screenshots\/harness-blank-page\.png$/);
    expect(existsSync(file)).toBe(true);
  });

  it('launchKillable: data committed before a SIGKILL is there after relaunching on the same profile', async () => {
    const profile = await createProfile();
    const crashed = await launchKillable(profile, { open: false });
    await blankPageOnAppOrigin(crashed.context, crashed.page);
    await crashed.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('e2e-harness-probe', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('kv');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('survived', 'key');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await crashed.kill();
    expect(() => process.kill(crashed.pid, 0)).toThrow();

    const app = await launchApp({ profile, open: false });
    await blankPageOnAppOrigin(app.context, app.page);
    const value = await app.page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open('e2e-harness-probe', 1);
          request.onupgradeneeded = () => request.result.createObjectStore('kv');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const get = request.result.transaction('kv').objectStore('kv').get('key');
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
        }),
    );
    expect(value).toBe('survived');
  });
});

describe('the app under test', () => {
  it('is the production bundle users run, not the React development build', async () => {
    // vitest sets NODE_ENV=test; a build that inherited it would bundle React's development build,
    // so every e2e test and the latency benchmark would run code that is never shipped.
    const html = await (await fetch(baseURL())).text();
    const script = /<script[^>]+src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'index.html names its script').toBeTruthy();
    const js = await (await fetch(new URL(script ?? '', baseURL()))).text();
    expect(js).toContain('react.dev/errors/'); // production React reports minified error codes
    expect(js).not.toContain('Each child in a list should have a unique'); // a development-only warning
  });
});
