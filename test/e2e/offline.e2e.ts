// Offline is not negotiable: using the app makes no request beyond 127.0.0.1, and its CSP would stop one.
import { describe, expect, it } from 'vitest';
import { launchApp } from './support/browser';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';
import { HomePage } from './pages/HomePage';

/** Directive name → sources, from a CSP string. */
function parseCsp(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that could reach another machine: any scheme or host, or a wildcard. */
function remoteSources(sources: readonly string[]): string[] {
  const local =
    /^('self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|'strict-dynamic'|'(sha256|sha384|sha512|nonce)-[^']+'|data:|blob:)$/i;
  return sources.filter((source) => !local.test(source));
}

describe('offline', () => {
  it('makes no request outside 127.0.0.1 while the home screen is used', async () => {
    const app = await launchApp({ open: false });
    const requested: string[] = [];
    app.context.on('request', (request) => requested.push(request.url()));

    const response = await app.page.goto(app.baseURL);
    await app.goto('#/');
    const home = new HomePage(app.page);
    const created = await home.createWorkshop({
      title: 'Offline check',
      organization: 'Acme',
      date: '2026-05-04',
    });
    await created.backToAll();
    await home.rename('Offline check', 'Offline check, renamed');
    await home.open('Offline check, renamed');
    await app.reload();

    expect(requested.length).toBeGreaterThan(0);
    const outside = requested.filter(
      (url) => !/^(data:|blob:)/.test(url) && new URL(url).hostname !== '127.0.0.1',
    );
    expect(outside).toEqual([]);
    expect(app.guard.list('request')).toEqual([]);

    // The CSP is in the page itself (it travels with the app into Electron) and the server sends the same,
    // plus what only a header can say (frame-ancestors), as the desktop app's protocol does.
    const meta = await app.page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content', { timeout: 1_000 });
    expect(meta).toBeTruthy();
    const csp = parseCsp(meta ?? '');
    expect(csp.get('default-src')).toEqual(["'self'"]);
    for (const [name, sources] of csp) expect(remoteSources(sources), name).toEqual([]);
    expect(csp.get('connect-src') ?? csp.get('default-src')).toEqual(["'self'"]);
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY.startsWith(`${meta}; `)).toBe(true);
  });

  it('blocks a request to another host with the CSP, and the guard sees it (positive control)', async () => {
    const app = await launchApp();

    const outcome = await app.page.evaluate(() =>
      fetch('http://example.com/').then(
        () => 'reached',
        (error: unknown) => `failed: ${String(error)}`,
      ),
    );

    expect(outcome).toMatch(/^failed/);
    await expect
      .poll(() => app.guard.list('csp').map((problem) => problem.text))
      .toEqual(expect.arrayContaining([expect.stringMatching(/^connect-src blocked http:\/\/example\.com/)]));
    // The CSP stopped it before the network: the request guard never had to.
    expect(app.guard.list('request')).toEqual([]);
    app.guard.clear();
  });
});
