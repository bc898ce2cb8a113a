#!/usr/bin/env node
// Static server for the built renderer: browser mode (`npm run web`) and the e2e tests.
//
// It listens on 127.0.0.1 only, serves files under one root (dist/renderer by default), never outside it,
// and sends the app's own Content-Security-Policy (read from the built index.html) as a header, so a browser
// gets the same "nothing leaves this machine" rules as the desktop app.
//
// Usage: node test/support/serve.mjs [--root <dir>] [--port <n>] [--open-hint]
//   --port / PORT: 0 picks a free port. Browser mode (--open-hint) defaults to a fixed port because the
//   browser keeps the workshops per address: a different port would show an empty app.
import { createServer } from 'node:http';
import { readFile, realpath, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const BROWSER_MODE_PORT = 4173;
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** The CSP of the built app: the content of its `<meta http-equiv="Content-Security-Policy">`. */
export function readCsp(indexHtml) {
  for (const tag of indexHtml.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?Content-Security-Policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeEntities(content[1] ?? content[2] ?? '').trim();
  }
  return undefined;
}

function decodeEntities(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function parseArgs(argv, env) {
  const options = { root: path.join(repoRoot, 'dist/renderer'), port: undefined, openHint: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const inline = eq === -1 ? undefined : arg.slice(eq + 1);
    const value = () => {
      const v = inline ?? argv[(i += 1)];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    if (name === '--root') options.root = path.resolve(value());
    else if (name === '--port') options.port = value();
    else if (name === '--open-hint') options.openHint = true;
    else throw new Error(`Unknown option ${arg}`);
  }
  const rawPort = options.port ?? env.PORT ?? (options.openHint ? String(BROWSER_MODE_PORT) : '0');
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${rawPort}`);
  return { ...options, port };
}

/**
 * Starts the server. Resolves once it listens; `url` ends with a slash.
 * @param {{ root: string, port?: number }} options
 * @returns {Promise<{ url: string, port: number, csp: string | undefined, close: () => Promise<void> }>}
 */
export async function startServer({ root, port = 0 }) {
  const indexPath = path.join(root, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`No ${indexPath}. Build the renderer first: npm run build:renderer`);
  }
  const realRoot = await realpath(root);
  const csp = readCsp(readFileSync(indexPath, 'utf8'));

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.destroy();
      console.error(error);
    });
  });

  function send(res, status, body, headers = {}) {
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.end(body);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      return;
    }
    // One address only: names that merely resolve here are refused (DNS rebinding), and localhost is sent
    // to 127.0.0.1, because the browser keeps the workshops per origin and two origins would split them.
    const { port: listening } = server.address();
    const host = (req.headers.host ?? '').toLowerCase();
    if (host === `localhost:${listening}`) {
      send(res, 308, 'Moved', { Location: `http://${HOST}:${listening}${req.url ?? '/'}` });
      return;
    }
    if (host !== `${HOST}:${listening}`) {
      send(res, 421, 'Wrong host');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', `http://${HOST}`).pathname);
    } catch {
      send(res, 400, 'Bad request');
      return;
    }
    if (pathname.includes('\0')) {
      send(res, 400, 'Bad request');
      return;
    }
    if (pathname.endsWith('/')) pathname += 'index.html';
    const candidate = path.resolve(realRoot, '.' + path.posix.normalize(pathname));
    let file;
    try {
      file = await realpath(candidate);
    } catch {
      send(res, 404, 'Not found');
      return;
    }
    // Follows symlinks first, then checks: nothing outside the root, whatever the path says.
    if (file !== realRoot && !file.startsWith(realRoot + path.sep)) {
      send(res, 404, 'Not found');
      return;
    }
    const info = await stat(file);
    if (!info.isFile()) {
      send(res, 404, 'Not found');
      return;
    }
    const body = await readFile(file);
    const type = MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      ...(csp ? { 'Content-Security-Policy': csp } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = server.address().port;
  return {
    url: `http://${HOST}:${actual}/`,
    port: actual,
    csp,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  let options;
  try {
    options = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(
      `${error.message}\nUsage: node test/support/serve.mjs [--root <dir>] [--port <n>] [--open-hint]`,
    );
    process.exit(2);
  }
  let server;
  try {
    server = await startServer(options);
  } catch (error) {
    if (error.code === 'EADDRINUSE') {
      console.error(
        `Port ${options.port} is in use (is OSPO Workshop already open in another terminal?). ` +
          'Close it, or choose a port with --port <n>; the browser keeps workshops per port.',
      );
    } else {
      console.error(error.message);
    }
    process.exit(1);
  }
  if (!server.csp) {
    console.error(
      'Warning: the built index.html has no Content-Security-Policy meta tag; serving without one.',
    );
  }
  console.log(`Serving OSPO Workshop at ${server.url}`);
  if (options.openHint) {
    console.log(
      `Open ${server.url} in Chromium, Chrome, Edge or Firefox. Workshops are stored in that browser, ` +
        `for this exact address: use the same browser and port next time. Press Ctrl+C to stop.`,
    );
  }
  const stop = () => {
    server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
