import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp';
import { createAppProtocolHandler, resolveAppPath } from '../../../electron/main/protocol';
import { contentTypeFor } from '../../../electron/server/static-files';

const root = path.resolve('/srv/app/dist/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://ospo/index.html')).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppPath(root, 'app://ospo/')).toEqual({
      ok: true,
      filePath: path.join(root, 'index.html'),
    });
    expect(resolveAppPath(root, 'app://ospo/assets/index-abc.js?v=1#x')).toEqual({
      ok: true,
      filePath: path.join(root, 'assets', 'index-abc.js'),
    });
    expect(resolveAppPath(root, 'app://ospo/fonts/%C5%81%C3%B3d%C5%BA.woff2')).toEqual({
      ok: true,
      filePath: path.join(root, 'fonts', 'Łódź.woff2'),
    });
  });

  it.each([
    'app://ospo/..%2f..%2fetc%2fpasswd',
    'app://ospo/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://ospo/..%5c..%5cwindows%5cwin.ini',
    'app://ospo/assets\\..\\..\\secret',
    'app://ospo/%2fetc%2fpasswd/..%2f..',
    'app://ospo/C:%5cWindows%5cwin.ini',
    'app://ospo/C:/Windows/win.ini',
    'app://ospo/index.html%00.png',
  ])('refuses the traversal %s', (url) => {
    expect(resolveAppPath(root, url)).toMatchObject({ ok: false, status: 403 });
  });

  it.each([
    ['app://ospo/../../etc/passwd', 'etc/passwd'],
    ['app://ospo/assets/%2e%2e/%2e%2e/secret', 'secret'],
    ['app://ospo/%2e/index.html', 'index.html'],
  ])('keeps %s inside the root: the URL parser folds dot segments before the check', (url, inside) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: true, filePath: path.join(root, ...inside.split('/')) });
  });

  it('refuses other hosts and malformed encodings', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'app://ospo:1/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppPath(root, 'app://ospo/%E0%A4%A')).toMatchObject({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'not a url')).toMatchObject({ ok: false, status: 400 });
  });
});

describe('contentTypeFor', () => {
  it('names module scripts, styles, fonts and unknown files', () => {
    expect(contentTypeFor('a/index.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('a/INDEX.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a/x.bin')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let handler: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ospo-protocol-'));
    const rendererDir = path.join(dir, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>OSPO</title>');
    await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'export {};');
    await writeFile(path.join(dir, 'secret.txt'), 'do not serve');
    handler = createAppProtocolHandler({ rootDir: rendererDir, readFile });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves files with their content type and the CSP header', async () => {
    const response = await handler(new Request('app://ospo/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('export {};');
  });

  it('answers 405 to anything but GET', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD']) {
      const response = await handler(new Request('app://ospo/index.html', { method }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow')).toBe('GET');
    }
  });

  it('answers 403 to traversal, 404 to missing files and folders, all with the CSP', async () => {
    const traversal = await handler(new Request('app://ospo/..%2fsecret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('do not serve');
    const missing = await handler(new Request('app://ospo/nope.js'));
    expect(missing.status).toBe(404);
    const folder = await handler(new Request('app://ospo/assets/'));
    expect(folder.status).toBe(404);
    for (const response of [traversal, missing, folder]) {
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 500 when the disk fails', async () => {
    const failing = createAppProtocolHandler({
      rootDir: dir,
      readFile: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })),
    });
    expect((await failing(new Request('app://ospo/index.html'))).status).toBe(500);
  });
});
