/**
 * The phone's calls to the room server. Every call is same-origin JSON; the device token travels in the
 * Authorization header (never in a URL, never as a cookie).
 */
import type {
  BallotReply,
  BallotRequest,
  CodeReply,
  JoinReply,
  Lobby,
  PhoneState,
  RoomErrorCode,
} from '../../shared/room/protocol';

/** The server answered with an error (`code`), as opposed to the network failing (a TypeError). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: RoomErrorCode,
  ) {
    super(code);
  }
}

async function call<T>(path: string, init: { body?: unknown; token?: string; signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(path, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    cache: 'no-store',
    credentials: 'omit',
    signal: init.signal,
  });
  const data = (await response.json().catch(() => ({}))) as { error?: RoomErrorCode };
  if (!response.ok) throw new ApiError(response.status, data.error ?? 'badRequest');
  return data as T;
}

export const api = {
  code: (code: string) => call<CodeReply>('/api/code', { body: { code } }),
  lobby: (secret: string) => call<Lobby>('/api/lobby', { body: { secret } }),
  join: (secret: string, participantId: string, key?: string) =>
    call<JoinReply>('/api/join', { body: key ? { secret, participantId, key } : { secret, participantId } }),
  state: (token: string, since: number, signal?: AbortSignal) =>
    call<PhoneState>(`/api/state?v=${since}`, { token, signal }),
  ballot: (token: string, ballot: BallotRequest) => call<BallotReply>('/api/ballot', { token, body: ballot }),
};

/** A ballot id: random, from getRandomValues (randomUUID needs HTTPS, which the room does not have). */
export function newBallotId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
