// The browser-mode server (npm run web): 127.0.0.1 only, correct types, nothing outside its root, the app's
// CSP, and the room's facilitator API on the same origin only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsp } from '../../../../electron/server/static-files';
import { CONTENT_SECURITY_POLICY } from '../../../../shared/ipc/csp';

const mainScript = fileURLToPath(new URL('../../../../electron/server/web/main.ts', import.meta.url));
const CSP = "default-src 'self'; connect-src 'self'; object-src 'none'";

let root: string;
let outside: string;
let child: ChildProcess;
let port: number;
let stdout = '';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP request: unlike fetch, sends the path exactly as written (`..` included). */
function get(
  rawPath: string,
  options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: rawPath,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function canConnect(host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'serve-root-'));
  outside = await mkdtemp(path.join(tmpdir(), 'serve-outside-'));
  await writeFile(
    path.join(root, 'index.html'),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head><body></body></html>`,
  );
  await mkdir(path.join(root, 'assets'));
  const files: Record<string, string> = {
    'assets/app.js': 'export {};',
    'assets/app.css': 'body{}',
    'assets/font.woff2': 'w',
    'assets/font.ttf': 't',
    'assets/data.json': '{}',
    'assets/icon.svg': '<svg/>',
    'assets/icon.png': 'p',
    'assets/blob.xyz': 'x',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(root, name), content);
  await writeFile(path.join(outside, 'secret.txt'), 'secret');
  await symlink(outside, path.join(root, 'escape'));

  child = spawn(process.execPath, ['--import', 'tsx', mainScript, '--root', root, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /Serving OSPO Workshop at http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout);
      if (match?.[1]) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`electron/server/web/main.ts exited with ${code}`)));
  });
});

afterAll(async () => {
  child?.kill('SIGTERM');
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('the browser-mode server', () => {
  it('prints the 127.0.0.1 address and serves index.html at /', async () => {
    expect(stdout).toMatch(/^Serving OSPO Workshop at http:\/\/127\.0\.0\.1:\d+\/$/m);
    const reply = await get('/');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body).toContain('<!doctype html>');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
    ['assets/font.ttf', 'font/ttf'],
    ['assets/data.json', 'application/json; charset=utf-8'],
    ['assets/icon.svg', 'image/svg+xml'],
    ['assets/icon.png', 'image/png'],
    ['assets/blob.xyz', 'application/octet-stream'],
  ])('serves %s as %s', async (file, type) => {
    const reply = await get(`/${file}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe(type);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends the app’s CSP (the desktop header, frame-ancestors included) and no-store on every response', async () => {
    for (const file of ['/', '/assets/app.js', '/missing']) {
      const reply = await get(file);
      expect(reply.headers['cache-control']).toBe('no-store');
      if (reply.status === 200)
        expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 404 for missing files and directories', async () => {
    expect((await get('/nope.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/escape/secret.txt',
    '/%00',
  ])('never serves outside its root: %s', async (rawPath) => {
    const reply = await get(rawPath);
    expect([400, 404]).toContain(reply.status);
    expect(reply.body).not.toContain('secret');
    expect(reply.body).not.toContain('root:');
  });

  it('refuses other methods and foreign host names, and sends localhost to 127.0.0.1', async () => {
    expect((await get('/', { method: 'POST' })).status).toBe(405);
    expect((await get('/', { host: `evil.example:${port}` })).status).toBe(421);
    const redirect = await get('/assets/app.js', { host: `localhost:${port}` });
    expect(redirect.status).toBe(308);
    expect(redirect.headers.location).toBe(`http://127.0.0.1:${port}/assets/app.js`);
  });

  it('answers the room API only to the app’s own page', async () => {
    const call = (headers: Record<string, string>) =>
      get('/api/room/list-addresses', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({}),
      });
    const own = await call({ origin: `http://127.0.0.1:${port}` });
    expect(own.status).toBe(200);
    expect(JSON.parse(own.body).result).toEqual(
      expect.arrayContaining([expect.objectContaining({ address: '127.0.0.1', internal: true })]),
    );
    expect((await call({ origin: 'http://evil.example' })).status).toBe(403);
    expect((await call({})).status).toBe(403);
    expect((await get('/api/room/events', { headers: { origin: 'http://evil.example' } })).status).toBe(403);
    const invalid = await get('/api/room/open', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ request: { address: '0.0.0.0' } }),
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toContain('openRoom');
    expect((await get('/api/room/nothing', { method: 'POST' })).status).toBe(403);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(await canConnect('127.0.0.1')).toBe(true);
    expect(await canConnect('::1')).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .find((address) => address && address.family === 'IPv4' && !address.internal);
    if (external) expect(await canConnect(external.address)).toBe(false);
  });
});

describe('readCsp', () => {
  it('reads the meta tag content, whatever the quoting and attribute order', () => {
    expect(readCsp(`<meta content="default-src 'self'" http-equiv="Content-Security-Policy">`)).toBe(
      "default-src 'self'",
    );
    expect(readCsp(`<meta http-equiv=content-security-policy content='img-src &apos;self&apos;'>`)).toBe(
      "img-src 'self'",
    );
    expect(readCsp('<meta charset="utf-8">')).toBeUndefined();
  });
});
