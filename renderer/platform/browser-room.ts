/**
 * The room's part of DesktopApi in the browser mode: the same requests as over IPC, sent to the server that
 * served this page (same origin), and the pushed messages from its event stream, checked with the same
 * schemas as the preload checks them. Loaded on first use, with the schemas.
 */
import {
  IPC_CHANNELS,
  IPC_EVENTS,
  type DesktopApiEvent,
  type DesktopEvents,
  type DesktopRequests,
} from '../../shared/ipc/contract';
import { ROOM_EVENTS_PATH, roomApiPath, type RoomRequestMethod } from '../../shared/ipc/room';
import { LocalizedError } from '../../shared/i18n';

export async function request<M extends RoomRequestMethod>(
  method: M,
  payload?: Parameters<DesktopRequests[M]>[0],
): Promise<Awaited<ReturnType<DesktopRequests[M]>>> {
  const channel = IPC_CHANNELS[method].channel as `room:${string}`;
  let response: Response;
  try {
    response = await fetch(roomApiPath(channel), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ request: payload }),
      credentials: 'omit',
    });
  } catch (error) {
    throw new LocalizedError('error.room.unavailable', {}, { cause: error });
  }
  const body = (await response.json().catch(() => null)) as { result?: unknown; error?: string } | null;
  if (response.status === 404 || !body) throw new LocalizedError('error.room.unavailable');
  if (!response.ok)
    throw new LocalizedError('error.room.failed', { detail: body.error ?? response.statusText });
  return body.result as Awaited<ReturnType<DesktopRequests[M]>>;
}

type Listeners = { [E in DesktopApiEvent]: Set<(payload: DesktopEvents[E]) => void> };
const listeners: Listeners = { onRoomBallot: new Set(), onRoomStatus: new Set() };
let source: EventSource | null = null;

/** One event stream for every listener, opened with the first and closed with the last. */
export function subscribe<E extends DesktopApiEvent>(
  event: E,
  listener: (payload: DesktopEvents[E]) => void,
): () => void {
  (listeners[event] as Set<typeof listener>).add(listener);
  // Without an event stream (a page not served by the room's server) there is nothing to listen to.
  if (!source && typeof EventSource !== 'undefined') {
    source = new EventSource(ROOM_EVENTS_PATH);
    for (const name of Object.keys(listeners) as DesktopApiEvent[]) {
      source.addEventListener(name, (message) => deliver(name, (message as MessageEvent<string>).data));
    }
  }
  return () => {
    (listeners[event] as Set<typeof listener>).delete(listener);
    if (Object.values(listeners).every((set) => set.size === 0)) {
      source?.close();
      source = null;
    }
  };
}

function deliver<E extends DesktopApiEvent>(event: E, data: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    parsed = undefined;
  }
  const result = IPC_EVENTS[event].payload.safeParse(parsed);
  if (!result.success) {
    console.error(`${event}: dropped a malformed message`);
    return;
  }
  for (const listener of listeners[event]) (listener as (p: unknown) => void)(result.data);
}
