import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type {
  OpenRoomRequest,
  RoomAck,
  RoomBallot,
  RoomQuestionState,
  RoomStatus,
} from '../../shared/ipc/room';
import type { DesktopApi } from '../../shared/ipc/contract';
import { reportError } from './write';
import { getPlatform } from '../platform';

export const ROOM_CLOSED: RoomStatus = { room: null, devices: [], inFlight: 0, published: null };

export interface RoomSlice {
  /** The room as the server last described it (closed until opened). */
  room: RoomStatus;
  /** The question and round the facilitator opened for phone voting, if any. */
  phoneVoting: { questionId: string; round: number } | null;
  /**
   * Connects this page to the room server: ballots are committed through the session's write line and
   * acknowledged, status updates land in `room`. Returns the function that disconnects.
   */
  attachRoom(): () => void;
  openRoom(request: OpenRoomRequest): Promise<boolean>;
  closeRoom(): Promise<void>;
  setPhoneVoting(target: { questionId: string; round: number } | null): void;
  /** What phones may see now; ballots that came before the first publication are handled after it. */
  publishRoom(state: RoomQuestionState): Promise<void>;
  decideDevice(deviceId: string, accept: boolean): Promise<void>;
}

export const createRoomSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], RoomSlice> =>
  (set, get) => {
    const platform = (): DesktopApi => deps.platform ?? getPlatform();
    let published: RoomQuestionState | null = null;
    /** Ballots that came before this page published anything (it was loading): handled once it has. */
    let early: RoomBallot[] = [];
    /** Ballot ids being committed now: a copy sent again meanwhile waits for the same commit. */
    const working = new Set<string>();
    const fail = (error: unknown) => reportError(get, error);

    async function commit(ballot: RoomBallot): Promise<void> {
      if (working.has(ballot.ballotId)) return;
      working.add(ballot.ballotId);
      try {
        const q = published;
        const open =
          q?.workshopId === ballot.workshopId &&
          q.question?.id === ballot.questionId &&
          q.round === ballot.round &&
          q.open &&
          !q.revealed;
        let ack: RoomAck;
        if (open) {
          ack = await get().castBallot(ballot);
        } else {
          // No longer open here: it may still have been committed before a reload, by its ballot id.
          const recorded = await deps.repos.session.hasBallot(ballot);
          ack = recorded
            ? { ballotId: ballot.ballotId, outcome: 'recorded' }
            : { ballotId: ballot.ballotId, outcome: 'refused', reason: 'notOpen' };
        }
        acknowledge(ack);
      } finally {
        working.delete(ballot.ballotId);
      }
    }

    // Acknowledgements of the same commit leave together: one message for a batch of phones, not one each.
    let outbox: RoomAck[] = [];
    function acknowledge(ack: RoomAck): void {
      outbox.push(ack);
      if (outbox.length > 1) return;
      queueMicrotask(() => {
        const acks = outbox;
        outbox = [];
        // A lost acknowledgement is not lost work: the server sends the ballot again, and it is found.
        platform()
          .ackRoomBallots({ acks })
          .catch(() => undefined);
      });
    }

    return {
      room: ROOM_CLOSED,
      phoneVoting: null,
      attachRoom() {
        const api = platform();
        // The first status after (re)attaching, pushed or asked for, says what phones were voting on.
        let resumed = false;
        const receive = (room: RoomStatus) => {
          if (resumed) return set({ room });
          resumed = true;
          const p = room.published;
          set({ room, phoneVoting: p?.open ? { questionId: p.questionId, round: p.round } : null });
        };
        const stops = [
          api.onRoomBallot((ballot) => {
            if (published) void commit(ballot);
            else early.push(ballot);
          }),
          api.onRoomStatus(receive),
        ];
        api.getRoomStatus().then(receive, () => set({ room: ROOM_CLOSED }));
        return () => {
          for (const stop of stops) stop();
          published = null;
          early = [];
        };
      },
      async openRoom(request) {
        try {
          await platform().openRoom(request);
          set({ room: await platform().getRoomStatus(), phoneVoting: null });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async closeRoom() {
        published = null;
        set({ phoneVoting: null });
        try {
          await platform().closeRoom();
          set({ room: ROOM_CLOSED });
        } catch (error) {
          fail(error);
        }
      },
      setPhoneVoting(target) {
        set({ phoneVoting: target });
      },
      async publishRoom(state) {
        if (!get().room.room) return;
        published = state;
        try {
          await platform().publishRoomState(state);
        } catch (error) {
          fail(error);
        }
        const waiting = early;
        early = [];
        for (const ballot of waiting) void commit(ballot);
      },
      async decideDevice(deviceId, accept) {
        try {
          await platform().decideRoomDevice({ deviceId, accept });
        } catch (error) {
          fail(error);
        }
      },
    };
  };
