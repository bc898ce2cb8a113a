/**
 * The browser mode's server: the app (dist/renderer) on 127.0.0.1 only, with its CSP as a header, and the
 * room's facilitator API on the same origin: `POST /api/room/<action>` for each room request of the desktop
 * API (`room:open` → /api/room/open) and `GET /api/room/events`, a server-sent event stream of what the
 * desktop app receives over IPC. The room itself listens elsewhere (room-server.ts), on the address picked.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp';
import { ROOM_EVENTS_PATH, roomApiPath } from '../../../shared/ipc/room';
import { IPC_CHANNELS, describeIssues, type DesktopEvents } from '../../../shared/ipc/contract';
import { BASE_HEADERS, HttpError, isSameOrigin, readJson, sendJson, sendText } from '../http-kit';
import { staticFiles } from '../static-files';
import { createRoomHost, type RoomHost, type RoomHostOptions, type RoomMethods } from '../room/room-host';

export const HOST = '127.0.0.1';
/** Largest facilitator request: the published question with a vote per participant. */
const MAX_API_BODY = 256 * 1024;

type RoomMethod = keyof RoomMethods;
const ROOM_METHODS = Object.keys(IPC_CHANNELS).filter((m) =>
  IPC_CHANNELS[m as keyof typeof IPC_CHANNELS].channel.startsWith('room:'),
) as RoomMethod[];

export interface AppServer {
  url: string;
  port: number;
  csp: string | undefined;
  room: RoomHost;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** The built app (dist/renderer). */
  root: string;
  port?: number;
  room: RoomHostOptions;
}

export async function startAppServer({
  root,
  port = 0,
  room: roomOptions,
}: AppServerOptions): Promise<AppServer> {
  const app = await staticFiles(root, CONTENT_SECURITY_POLICY);
  const room = createRoomHost(roomOptions);
  const routes = new Map(
    ROOM_METHODS.map((m) => [roomApiPath(IPC_CHANNELS[m].channel as `room:${string}`), m]),
  );
  let events: ServerResponse | null = null;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
      console.error(error);
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function listen(res: ServerResponse): void {
    // One app page at a time receives the room's messages: a reloaded page takes over from the old one.
    events?.end();
    events = res;
    res.writeHead(200, { ...BASE_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8' });
    res.write(': room events\n\n');
    const send = <E extends keyof DesktopEvents>(event: E, payload: DesktopEvents[E]) => {
      if (events === res) res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    };
    room.setListener(send);
    // A page that just (re)attached gets the room's status, and every ballot still in flight again.
    void room.getRoomStatus().then((status) => send('onRoomStatus', status));
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    res.on('close', () => {
      clearInterval(keepAlive);
      if (events === res) {
        events = null;
        room.setListener(null);
      }
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { port: listening } = server.address() as { port: number };
    const host = `${HOST}:${listening}`;
    // localhost is sent to 127.0.0.1: the browser keeps the workshops per origin, two would split them.
    if ((req.headers.host ?? '').toLowerCase() === `localhost:${listening}`) {
      return sendText(res, 308, 'Moved', { Location: `http://${host}${req.url ?? '/'}` });
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const isApi = url.pathname.startsWith('/api/');
    // Names that merely resolve here are refused (DNS rebinding); API calls must come from the app's page.
    if ((req.headers.host ?? '').toLowerCase() !== host) return sendText(res, 421, 'Wrong host');
    if (isApi && !isSameOrigin(req, host, req.method === 'POST')) throw new HttpError(403, 'forbidden');

    if (!isApi) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      }
      return app.serve(req, res, url.pathname);
    }
    if (req.method === 'GET' && url.pathname === ROOM_EVENTS_PATH) return listen(res);
    const method = routes.get(url.pathname);
    if (req.method !== 'POST' || !method) throw new HttpError(404, 'not found');
    const body = (await readJson(req, MAX_API_BODY)) as { request?: unknown } | null;
    const parsed = IPC_CHANNELS[method].request.safeParse(body?.request);
    if (!parsed.success) throw new HttpError(400, `${method}: ${describeIssues(parsed.error)}`);
    try {
      const result = await (room[method] as (request: unknown) => Promise<unknown>)(parsed.data);
      sendJson(res, 200, { result: result ?? null });
    } catch (error) {
      sendJson(res, 409, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actual = (server.address() as { port: number }).port;
  return {
    url: `http://${HOST}:${actual}/`,
    port: actual,
    csp: app.csp,
    room,
    close: async () => {
      await room.shutdown();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      });
    },
  };
}
