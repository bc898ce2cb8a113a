/**
 * One open room: an HTTP server on the one address the facilitator picked, on a free port, serving the
 * voter page and the phones' API (phone-api.ts) and nothing else. Connections and sizes are capped; closing
 * answers every held request, drops every connection and forgets everything.
 */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type {
  OpenRoomRequest,
  RoomAck,
  RoomBallot,
  RoomInfo,
  RoomQuestionState,
  RoomStatus,
} from '../../../shared/ipc/room';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../../shared/room/protocol';
import { randomInt } from 'node:crypto';
import { setMaxListeners } from 'node:events';
import { hostHeaderFor } from '../http-kit';
import { assertRoomAddress } from './addresses';
import { createPhoneApi, DEFAULT_LIMITS, VOTER_CSP, type RoomLimits } from './phone-api';
import { RoomState } from './room-state';
import { loadVoterPage } from './voter-page';

/** A ballot not acknowledged within this time is sent to the app again (it may have reloaded). */
export const RESEND_AFTER_MS = 3_000;

export interface RoomServerOptions extends OpenRoomRequest {
  /** The built voter page (dist/voter). */
  voterRoot: string;
  port?: number;
  limits?: Partial<RoomLimits>;
  onBallot(ballot: RoomBallot): void;
  onStatus(): void;
  /** For tests on a machine whose addresses are known in advance; by default the real interfaces. */
  checkAddress?: (address: string) => void;
}

export interface RoomServer {
  readonly info: RoomInfo;
  status(): RoomStatus;
  publish(state: RoomQuestionState): void;
  ack(ack: RoomAck): void;
  decide(deviceId: string, accept: boolean): boolean;
  /** Ballots still in flight, to send to an app that just (re)attached. */
  inFlight(): RoomBallot[];
  close(): Promise<void>;
}

export function newRoomCode(): string {
  return Array.from(
    { length: ROOM_CODE_LENGTH },
    () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)],
  ).join('');
}

export async function startRoomServer(options: RoomServerOptions): Promise<RoomServer> {
  (options.checkAddress ?? assertRoomAddress)(options.address);
  const limits: RoomLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const voterPage = await loadVoterPage(options.voterRoot, VOTER_CSP);
  const code = newRoomCode();
  const room = new RoomState(
    options.workshopId,
    options.title,
    options.participants,
    options.shareDistribution,
    { ballot: options.onBallot, status: options.onStatus },
  );
  const closing = new AbortController();
  // Every held request (a long poll, a ballot waiting for its commit) listens for the closing: one per phone.
  setMaxListeners(0, closing.signal);
  const server: Server = createServer({
    maxHeaderSize: 8 * 1024,
    headersTimeout: 10_000,
    requestTimeout: 30_000,
    keepAliveTimeout: 5_000,
  });
  server.maxConnections = limits.connections;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: options.address, exclusive: true }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The room server has no address');
  const host = hostHeaderFor(options.address, address.port);
  const handle = createPhoneApi({ room, code, host, voterPage, limits, closing: closing.signal });
  server.on('request', (req, res) => void handle(req, res));

  const base = `http://${host}/`;
  const info: RoomInfo = {
    workshopId: options.workshopId,
    address: options.address,
    port: address.port,
    joinUrl: `${base}#s=${room.secret}`,
    typedUrl: base,
    code,
    shareDistribution: options.shareDistribution,
    links: room.personalKeys().map(({ participantId, key }) => ({
      participantId,
      url: `${base}#s=${room.secret}&p=${participantId}&k=${key}`,
    })),
  };

  // Ballots the app has not answered are sent again: it may have been reloading when they came.
  const resend = setInterval(() => {
    for (const ballot of room.unacknowledged(RESEND_AFTER_MS)) options.onBallot(ballot);
  }, 1_000);
  // Connected/disconnected changes with time alone: look every few seconds.
  let lastDevices = '';
  const presence = setInterval(() => {
    const devices = JSON.stringify(room.devicesStatus());
    if (devices !== lastDevices) {
      lastDevices = devices;
      options.onStatus();
    }
  }, 5_000);
  resend.unref();
  presence.unref();

  let closed: Promise<void> | undefined;
  return {
    info,
    status: () => ({
      room: info,
      devices: room.devicesStatus(),
      inFlight: room.inFlightCount,
      published: room.published(),
    }),
    publish: (state) => room.publish(state),
    ack: (ack) => room.ack(ack),
    decide: (deviceId, accept) => room.decide(deviceId, accept),
    inFlight: () => room.unacknowledged(0),
    close() {
      closed ??= new Promise<void>((resolve) => {
        clearInterval(resend);
        clearInterval(presence);
        room.close();
        closing.abort();
        server.close(() => resolve());
        // Held requests were answered above; whatever is still open goes now.
        setImmediate(() => {
          for (const socket of sockets) socket.destroy();
        });
      });
      return closed;
    },
  };
}
