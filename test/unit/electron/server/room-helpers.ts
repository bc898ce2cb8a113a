// Helpers for the room server tests: a built voter page in a temp folder and raw HTTP requests whose
// headers (Host, Origin, Authorization, Content-Type) the test controls exactly.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export async function fakeVoterRoot(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'voter-root-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>voter</title>');
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'assets', 'voter.js'), 'export {};');
  return root;
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  json: () => any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Source address for the connection (127.0.0.x), as a different phone would have. */
  from?: string;
}

export function raw(host: string, port: number, req: RawRequest): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host,
        port,
        path: req.path,
        method: req.method ?? 'GET',
        headers: req.headers ?? {},
        localAddress: req.from,
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) }),
        );
      },
    );
    r.on('error', reject);
    if (req.body !== undefined) r.write(req.body);
    r.end();
  });
}

export function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
