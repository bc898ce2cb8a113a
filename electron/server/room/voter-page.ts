/**
 * The voter page's files (the build in dist/voter), read into memory when the room opens. The room server
 * answers only exact paths found here: nothing on disk is reachable by a path a phone makes up, and the
 * files are read the same way from a folder or from the desktop app's archive.
 */
import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { BASE_HEADERS, sendText } from '../http-kit';
import { contentTypeFor } from '../static-files';

export interface VoterPage {
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): void;
}

export async function loadVoterPage(root: string, csp: string): Promise<VoterPage> {
  const files = new Map<string, { body: Buffer; type: string }>();
  const add = async (relative: string) => {
    const body = await readFile(path.join(root, relative));
    const type = contentTypeFor(relative);
    files.set(`/${relative.split(path.sep).join('/')}`, { body, type });
  };
  try {
    await add('index.html');
  } catch {
    throw new Error(`No voter page in ${root}. Build it first: npm run build:voter`);
  }
  for (const name of await readdir(path.join(root, 'assets')).catch(() => [] as string[])) {
    await add(path.join('assets', name));
  }
  return {
    serve(req, res, pathname) {
      const file = files.get(pathname === '/' ? '/index.html' : pathname);
      if (!file) return sendText(res, 404, 'Not found');
      res.writeHead(200, {
        ...BASE_HEADERS,
        'Content-Type': file.type,
        'Content-Length': file.body.length,
        'Content-Security-Policy': csp,
        'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    },
  };
}
