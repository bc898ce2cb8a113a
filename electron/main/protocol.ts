/**
 * The app:// protocol: serves the built renderer (dist/renderer) and nothing else.
 *
 * GET only; the path must stay inside the renderer folder after decoding (no `..`, encoded or not, no
 * backslashes, no absolute or drive paths); every response carries the CSP. File access is injected so the
 * handler is tested without Electron.
 */
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/ipc/csp';
import { contentTypeFor } from '../server/static-files';
import { APP_HOST, APP_SCHEME } from './origin';

export type ResolvedPath = { ok: true; filePath: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a file under `rootDir`, or says why not. `rootDir` must be absolute.
 * Pure: it does not look at the disk.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): ResolvedPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400 };
  }
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.hostname !== APP_HOST ||
    url.port !== '' ||
    url.username !== ''
  ) {
    return { ok: false, status: 404 };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';

  // Judge the decoded path: "%2e%2e%2f" is "../" once decoded, "%5c" a backslash that Windows treats as a separator.
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403 };
  const segments = pathname.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { ok: false, status: 403 };
  if (segments.some((segment) => /^[A-Za-z]:/.test(segment))) return { ok: false, status: 403 };

  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, `.${pathname}`);
  const relative = path.relative(root, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, filePath };
}

/** Headers on every app:// response, errors included. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

export interface AppProtocolDeps {
  /** Absolute path of the built renderer. */
  rootDir: string;
  /** Reads a whole file; rejects with a Node error (code ENOENT, EISDIR, …) when it cannot. */
  readFile: (filePath: string) => Promise<Uint8Array>;
}

const NOT_FOUND_CODES = new Set(['ENOENT', 'EISDIR', 'ENOTDIR']);

function errorResponse(status: number, extra: Record<string, string> = {}): Response {
  const reason: Record<number, string> = {
    400: 'Bad Request',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    500: 'Internal Server Error',
  };
  return new Response(reason[status] ?? 'Error', {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  });
}

/** The handler given to `protocol.handle('app', …)`. */
export function createAppProtocolHandler(deps: AppProtocolDeps): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET') return errorResponse(405, { Allow: 'GET' });
    const resolved = resolveAppPath(deps.rootDir, request.url);
    if (!resolved.ok) return errorResponse(resolved.status);
    let body: Uint8Array;
    try {
      body = await deps.readFile(resolved.filePath);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      return errorResponse(code !== undefined && NOT_FOUND_CODES.has(code) ? 404 : 500);
    }
    return new Response(body as Uint8Array<ArrayBuffer>, {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentTypeFor(resolved.filePath) },
    });
  };
}
