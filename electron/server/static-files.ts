/**
 * Serves the files of one built folder (the app in dist/renderer, the voter page in dist/voter): nothing
 * outside it, whatever the path says or a symlink points to, with the right type and the page's CSP.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { BASE_HEADERS, sendText } from './http-kit';

const MIME_TYPES: Readonly<Record<string, string>> = {
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

/** The type a served file is sent with, from its extension; unknown ones as plain bytes. */
export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The CSP of a built page: the content of its `<meta http-equiv="Content-Security-Policy">`. */
export function readCsp(indexHtml: string): string | undefined {
  for (const tag of indexHtml.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/http-equiv\s*=\s*["']?Content-Security-Policy["']?/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return decodeEntities(content[1] ?? content[2] ?? '').trim();
  }
  return undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface StaticFiles {
  /** The CSP read from index.html, sent as a header with every file. */
  csp: string | undefined;
  /** Answers a GET or HEAD for `pathname` (already stripped of the query). */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void>;
}

/** `csp` overrides the one read from index.html (the header may say more than a meta tag can). */
export async function staticFiles(root: string, csp?: string): Promise<StaticFiles> {
  const indexPath = path.join(root, 'index.html');
  if (!existsSync(indexPath)) throw new Error(`No ${indexPath}. Build it first: npm run build`);
  const realRoot = await realpath(root);
  const policy = csp ?? readCsp(readFileSync(indexPath, 'utf8'));

  async function serve(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void> {
    let pathname: string;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch {
      return sendText(res, 400, 'Bad request');
    }
    if (pathname.includes('\0')) return sendText(res, 400, 'Bad request');
    if (pathname.endsWith('/')) pathname += 'index.html';
    const candidate = path.resolve(realRoot, '.' + path.posix.normalize(pathname));
    let file: string;
    try {
      file = await realpath(candidate);
    } catch {
      return sendText(res, 404, 'Not found');
    }
    // Follows symlinks first, then checks: nothing outside the root, whatever the path says.
    if (file !== realRoot && !file.startsWith(realRoot + path.sep)) return sendText(res, 404, 'Not found');
    const info = await stat(file);
    if (!info.isFile()) return sendText(res, 404, 'Not found');
    const body = await readFile(file);
    res.writeHead(200, {
      ...BASE_HEADERS,
      'Content-Type': contentTypeFor(file),
      'Content-Length': body.length,
      ...(policy ? { 'Content-Security-Policy': policy } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return { csp: policy, serve };
}
