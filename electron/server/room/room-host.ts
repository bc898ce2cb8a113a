/**
 * The facilitator's side of the room server, the same in the desktop app (IPC handlers in the main
 * process) and in the browser mode (HTTP on the app's own origin): at most one room open at a time, the
 * room methods of the desktop API, and the two kinds of message pushed to the app.
 */
import type { DesktopEvents, DesktopRequests } from '../../../shared/ipc/contract';
import type { RoomRequestMethod, RoomStatus } from '../../../shared/ipc/room';
import { listRoomAddresses } from './addresses';
import type { RoomLimits } from './phone-api';
import { startRoomServer, type RoomServer } from './room-server';

export type RoomMethods = Pick<DesktopRequests, RoomRequestMethod>;

export interface RoomHostOptions {
  voterRoot: string;
  limits?: Partial<RoomLimits>;
  listAddresses?: typeof listRoomAddresses;
  checkAddress?: (address: string) => void;
}

type Listener = <E extends keyof DesktopEvents>(event: E, payload: DesktopEvents[E]) => void;

export interface RoomHost extends RoomMethods {
  /** The app that receives ballots and status; one at a time (a reloaded page replaces the old one). */
  setListener(listener: Listener | null): void;
  /** Closes the room, if one is open (when the app quits). */
  shutdown(): Promise<void>;
}

const CLOSED: RoomStatus = { room: null, devices: [], inFlight: 0, published: null };

export function createRoomHost(options: RoomHostOptions): RoomHost {
  let room: RoomServer | null = null;
  let listener: Listener | null = null;
  const emitStatus = () => listener?.('onRoomStatus', room ? room.status() : CLOSED);

  async function close(): Promise<void> {
    const open = room;
    room = null;
    if (open) {
      await open.close();
      emitStatus();
    }
  }

  function current(): RoomServer {
    if (!room) throw new Error('No room is open.');
    return room;
  }

  return {
    listRoomAddresses: async () => (options.listAddresses ?? listRoomAddresses)(),
    async openRoom(request) {
      await close();
      room = await startRoomServer({
        ...request,
        voterRoot: options.voterRoot,
        limits: options.limits,
        checkAddress: options.checkAddress,
        onBallot: (ballot) => listener?.('onRoomBallot', ballot),
        onStatus: emitStatus,
      });
      emitStatus();
      return room.info;
    },
    closeRoom: close,
    async getRoomStatus() {
      if (!room) return CLOSED;
      // The app asks when it (re)attaches: it may have missed ballots while it was away.
      for (const ballot of room.inFlight()) listener?.('onRoomBallot', ballot);
      return room.status();
    },
    async publishRoomState(state) {
      const open = current();
      if (open.info.workshopId !== state.workshopId)
        throw new Error('The room is open for another workshop.');
      open.publish(state);
    },
    async ackRoomBallots({ acks }) {
      for (const ack of acks) room?.ack(ack);
    },
    async decideRoomDevice({ deviceId, accept }) {
      if (!current().decide(deviceId, accept)) throw new Error('That device is no longer waiting.');
    },
    setListener(next) {
      listener = next;
    },
    shutdown: close,
  };
}
