/**
 * The room server's requests, as phones make them. Every request is checked in this order: the Host and
 * Origin name this server (DNS rebinding, cross-site posts), the sender is within its rate limit, the body
 * is JSON under the size cap and matches its schema, and the room secret or the device token is valid.
 * Then room-state.ts decides.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  BALLOT_WAIT_MS,
  MAX_BODY_BYTES,
  STATE_WAIT_MS,
  isRoomCode,
  normalizeRoomCode,
  type BallotReply,
} from '../../../shared/room/protocol';
import {
  ballotRequestSchema,
  codeRequestSchema,
  joinRequestSchema,
  lobbyRequestSchema,
} from '../../../shared/room/schemas';
import type { z } from '../../../shared/zod';
import { HttpError, RateLimiter, isSameOrigin, readJson, sendJson, sendText } from '../http-kit';
import type { VoterPage } from './voter-page';
import type { Device, RoomState } from './room-state';

/** The voter page's policy: its own scripts and styles, requests to this server only, nothing else. */
export const VOTER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface RoomLimits {
  /** Requests per sender address: a burst of `burst`, then `perSecond`. */
  requests: { burst: number; perSecond: number };
  /** Room-code and join attempts per sender address (guessing a code or a name). */
  joins: { burst: number; perSecond: number };
  /** Ballots per device. */
  ballots: { burst: number; perSecond: number };
  /** Open connections at once. */
  connections: number;
}

export const DEFAULT_LIMITS: RoomLimits = {
  requests: { burst: 60, perSecond: 20 },
  joins: { burst: 10, perSecond: 0.2 },
  ballots: { burst: 10, perSecond: 2 },
  connections: 400,
};

export interface PhoneApiOptions {
  room: RoomState;
  code: string;
  /** `address:port` as the Host header must say it. */
  host: string;
  voterPage: VoterPage;
  limits: RoomLimits;
  /** The room server is closing: held requests answer now. */
  closing: AbortSignal;
}

export function createPhoneApi({ room, code, host, voterPage, limits, closing }: PhoneApiOptions) {
  const perAddress = new RateLimiter(limits.requests.burst, limits.requests.perSecond);
  const joinsPerAddress = new RateLimiter(limits.joins.burst, limits.joins.perSecond);
  const ballotsPerDevice = new RateLimiter(limits.ballots.burst, limits.ballots.perSecond);

  async function body<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
    const parsed = schema.safeParse(await readJson(req, MAX_BODY_BYTES));
    if (!parsed.success) throw new HttpError(400, 'badRequest');
    return parsed.data;
  }

  function deviceOf(req: IncomingMessage): Device {
    const match = /^Bearer ([A-Za-z0-9_-]{22,64})$/.exec(req.headers.authorization ?? '');
    const device = match ? room.deviceFor(match[1]!) : undefined;
    if (!device) throw new HttpError(401, 'unauthorized');
    return device;
  }

  function joinAttempt(address: string): void {
    if (!joinsPerAddress.take(address)) throw new HttpError(429, 'tooMany');
  }

  function checkSecret(secret: string, address: string): void {
    if (!room.matchesSecret(secret)) {
      joinAttempt(address);
      throw new HttpError(403, 'forbidden');
    }
  }

  /** Answers when the device's view is newer than `since`, or after STATE_WAIT_MS with the same view. */
  function state(req: IncomingMessage, res: ServerResponse, device: Device, since: number): void {
    const answer = () => {
      stop();
      clearTimeout(timer);
      closing.removeEventListener('abort', answer);
      sendJson(res, 200, room.stateFor(device));
    };
    const current = room.stateFor(device);
    if (current.version !== since || closing.aborted) return sendJson(res, 200, current);
    const stop = room.watch(device, answer);
    const timer = setTimeout(answer, STATE_WAIT_MS);
    closing.addEventListener('abort', answer);
    res.on('close', () => {
      stop();
      clearTimeout(timer);
      closing.removeEventListener('abort', answer);
    });
  }

  function ballot(res: ServerResponse, device: Device, request: z.infer<typeof ballotRequestSchema>) {
    let stop: (() => void) | null = null;
    // Not committed yet: the phone asks again with the same ballot id, which waits for the same commit.
    const timer = setTimeout(() => answer({ status: 'pending' }), BALLOT_WAIT_MS);
    const onClosing = () => answer({ status: 'pending' });
    const done = () => {
      clearTimeout(timer);
      closing.removeEventListener('abort', onClosing);
      stop?.();
    };
    const answer = (reply: BallotReply) => {
      done();
      sendJson(res, 200, reply);
    };
    stop = room.ballot(device, request, answer);
    if (!stop) return;
    closing.addEventListener('abort', onClosing);
    res.on('close', done);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const address = req.socket.remoteAddress ?? 'unknown';
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', `http://${host}`);
    const isApi = url.pathname.startsWith('/api/');
    // A page load may come without Origin; an API call must carry ours when it posts.
    if (!isSameOrigin(req, host, isApi && method === 'POST')) throw new HttpError(403, 'forbidden');
    if (!perAddress.take(address)) throw new HttpError(429, 'tooMany');

    if (!isApi) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'badRequest');
      // The voter page and its assets only: the facilitator's app is never served here.
      if (url.pathname !== '/' && !url.pathname.startsWith('/assets/')) throw new HttpError(404, 'notFound');
      return voterPage.serve(req, res, url.pathname);
    }

    const endpoint = `${method} ${url.pathname}`;
    switch (endpoint) {
      case 'POST /api/code': {
        const { code: typed } = await body(req, codeRequestSchema);
        const normalized = normalizeRoomCode(typed);
        if (!isRoomCode(normalized) || normalized !== code) {
          joinAttempt(address);
          throw new HttpError(403, 'forbidden');
        }
        return sendJson(res, 200, { secret: room.secret });
      }
      case 'POST /api/lobby': {
        const { secret } = await body(req, lobbyRequestSchema);
        checkSecret(secret, address);
        return sendJson(res, 200, room.lobby());
      }
      case 'POST /api/join': {
        const request = await body(req, joinRequestSchema);
        checkSecret(request.secret, address);
        joinAttempt(address);
        const joined = room.join(request.participantId, request.key);
        if (joined === 'full') throw new HttpError(503, 'full');
        if (!joined) throw new HttpError(404, 'notFound');
        return sendJson(res, 200, joined);
      }
      case 'GET /api/state': {
        const since = Number(url.searchParams.get('v') ?? '0');
        return state(req, res, deviceOf(req), Number.isSafeInteger(since) ? since : 0);
      }
      case 'POST /api/ballot': {
        const device = deviceOf(req);
        if (!ballotsPerDevice.take(device.id)) throw new HttpError(429, 'tooMany');
        const request = await body(req, ballotRequestSchema);
        if (device.state !== 'active') throw new HttpError(403, 'forbidden');
        return ballot(res, device, request);
      }
      default:
        throw new HttpError(404, 'notFound');
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      await route(req, res);
    } catch (error) {
      // A request refused before its body was read: close the connection rather than read an upload.
      const close = req.complete ? {} : { Connection: 'close' };
      if (error instanceof HttpError) {
        const retry = error.status === 429 ? { 'Retry-After': '5' } : {};
        sendJson(res, error.status, { error: error.code }, { ...retry, ...close });
      } else if (!res.headersSent) {
        console.error(error);
        sendText(res, 500, 'Internal error', close);
      } else {
        res.destroy();
      }
    }
  };
}
