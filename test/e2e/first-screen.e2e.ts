// The first screen loads only what it needs: the scripts index.html loads stay within a budget, and a
// workshop's setup and its session come from their own files, same-origin, under the CSP (the guard
// fails the test on any violation). Opened by address, each is ready only once it shows its content.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { baseURL, launchApp } from './support/browser';
import { HomePage } from './pages/HomePage';

/** Gzipped bytes of the JavaScript that index.html loads before anything runs. */
const INITIAL_JS_BUDGET = 135_000;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

describe('the first screen', () => {
  it(`loads at most ${INITIAL_JS_BUDGET / 1000} KB of gzipped JavaScript, without the setup and session screens`, async () => {
    const html = new TextDecoder().decode(await fetchBytes(new URL('index.html', baseURL()).href));
    const scripts = [
      ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ].map((m) => m[1] ?? m[2] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    let gzipped = 0;
    for (const src of scripts) {
      const bytes = await fetchBytes(new URL(src, baseURL()).href);
      gzipped += gzipSync(bytes).byteLength;
      // Each lazy screen is a file of its own, referenced by name from the entry (the other files
      // preloaded with it are the chunks it shares with them, such as the bundler's runtime).
      if (src !== scripts[0]) continue;
      const text = new TextDecoder().decode(bytes);
      expect(text).toMatch(/WorkshopScreen-[\w-]+\.js/);
      expect(text).toMatch(/SessionScreen-[\w-]+\.js/);
    }
    console.info(`initial JavaScript: ${scripts.length} file(s), ${(gzipped / 1000).toFixed(1)} KB gzipped`);
    expect(gzipped).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  });

  it('opens a workshop and its session by address, each ready only once its content shows', async () => {
    const app = await launchApp();
    const created = await new HomePage(app.page).createWorkshop({
      title: 'Lazy loading check',
      date: '2026-05-04',
    });
    const id = created.id;

    // A new browser on the same profile: nothing is loaded or cached in the page yet.
    const workshop = await app.relaunch({ open: `#/workshops/${id}` });
    // Read at once, no waiting: the signal promised the screen was there.
    const heading = () => document.querySelector('h1')?.textContent;
    expect(await workshop.page.evaluate(heading)).toBe('Lazy loading check');

    const session = await workshop.relaunch({ open: `#/workshops/${id}/session` });
    const shown = () => ({
      main: document.querySelectorAll('main#main').length,
      busy: document.querySelectorAll('[aria-busy="true"]').length,
    });
    expect(await session.page.evaluate(shown)).toEqual({ main: 1, busy: 0 });
  });
});
