/**
 * What the room server holds in memory while a room is open, and nothing more: who joined on which device
 * (tokens kept as hashes), the question the facilitator published, and the ballots in flight until the
 * facilitator's database commits them. No vote is kept here once acknowledged: the database is the record.
 *
 * Plain logic, no HTTP: phone-api.ts turns requests into these calls, room-server.ts wires the events.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RoomAck, RoomBallot, RoomDevice, RoomQuestionState } from '../../../shared/ipc/room';
import {
  MAX_PARTICIPANTS,
  type BallotReply,
  type BallotRequest,
  type JoinReply,
  type Lobby,
  type PhoneState,
} from '../../../shared/room/protocol';

/** A device counts as connected while it asked for the room's state this recently. */
export const CONNECTED_MS = 30_000;
/** At most this many devices per participant (pending ones included) and second devices waiting. */
export const MAX_DEVICES = 2 * MAX_PARTICIPANTS;
export const MAX_PENDING_DEVICES = 30;

export const newSecret = (bytes = 18): string => randomBytes(bytes).toString('base64url');
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export interface Device {
  id: string;
  participantId: string;
  state: 'active' | 'pending' | 'revoked';
  lastSeen: number;
  /** Open state requests of this device, answered when its view changes. */
  waiters: Set<() => void>;
  /** The view last computed for it, and its version number. */
  view: string;
  viewVersion: number;
}

interface Participant {
  id: string;
  name: string;
  /** The key of the personal link. */
  key: string;
}

type Outcome = Extract<BallotReply, { status: 'recorded' | 'refused' }>;

export interface RoomStateEvents {
  /** A ballot to commit (new, or sent again because it was not acknowledged in time). */
  ballot(ballot: RoomBallot): void;
  /** Devices or connections changed (not sent per ballot: a hundred at once would flood the app). */
  status(): void;
}

export class RoomState {
  readonly secret = newSecret();
  private readonly participants = new Map<string, Participant>();
  private readonly devices = new Map<string, Device>();
  /** Devices by the SHA-256 of their token: the token itself is never kept. */
  private readonly byToken = new Map<string, Device>();
  private question: RoomQuestionState | null = null;
  private versions = 0;
  private closed = false;
  /** Per participant: the ballot being committed, when it was sent to the app, who waits for it. */
  private readonly inFlight = new Map<
    string,
    { ballot: RoomBallot; sentAt: number; waiters: Set<(reply: BallotReply) => void> }
  >();
  /** Per participant: the outcome of their last acknowledged ballot, so a retry gets the same answer. */
  private readonly lastOutcome = new Map<string, { ballotId: string; reply: Outcome }>();

  constructor(
    readonly workshopId: string,
    readonly title: string,
    participants: readonly { id: string; name: string }[],
    readonly shareDistribution: boolean,
    private readonly events: RoomStateEvents,
    private readonly now: () => number = Date.now,
  ) {
    for (const p of participants) this.participants.set(p.id, { ...p, key: newSecret() });
  }

  personalKeys(): { participantId: string; key: string }[] {
    return [...this.participants.values()].map((p) => ({ participantId: p.id, key: p.key }));
  }

  matchesSecret(secret: string): boolean {
    return safeEqual(secret, this.secret);
  }

  lobby(): Lobby {
    const joined = new Set(
      [...this.devices.values()].filter((d) => d.state === 'active').map((d) => d.participantId),
    );
    return {
      title: this.title,
      participants: [...this.participants.values()].map((p) => ({
        id: p.id,
        name: p.name,
        joined: joined.has(p.id),
      })),
    };
  }

  /**
   * A phone takes a name. The first device of a participant is admitted at once; another one waits for
   * the facilitator (`confirm`). A personal link's key must match when given. Null: no such name or key.
   */
  join(participantId: string, key: string | undefined): JoinReply | 'full' | null {
    const participant = this.participants.get(participantId);
    if (!participant || (key !== undefined && !safeEqual(key, participant.key))) return null;
    const mine = [...this.devices.values()].filter(
      (d) => d.participantId === participantId && d.state !== 'revoked',
    );
    const taken = mine.some((d) => d.state === 'active');
    const pending = [...this.devices.values()].filter((d) => d.state === 'pending').length;
    if (this.devices.size >= MAX_DEVICES || (taken && pending >= MAX_PENDING_DEVICES)) return 'full';
    // A name waits for one confirmation at a time: the newest request replaces an older one.
    for (const d of mine) if (d.state === 'pending') this.drop(d);
    const token = newSecret(32);
    const device: Device = {
      id: newSecret(12),
      participantId,
      state: taken ? 'pending' : 'active',
      lastSeen: this.now(),
      waiters: new Set(),
      view: '',
      viewVersion: 0,
    };
    this.devices.set(device.id, device);
    this.byToken.set(hash(token), device);
    this.events.status();
    this.refreshViews();
    const who = { id: participant.id, name: participant.name };
    return { status: taken ? 'confirm' : 'joined', token, participant: who };
  }

  /** The device a bearer token belongs to (revoked ones included: they are told so). */
  deviceFor(token: string): Device | undefined {
    return this.byToken.get(hash(token));
  }

  /** The facilitator's answer about a second device: accepting it signs out the name's other devices. */
  decide(deviceId: string, accept: boolean): boolean {
    const device = this.devices.get(deviceId);
    if (!device || device.state !== 'pending') return false;
    if (accept) {
      for (const other of this.devices.values()) {
        if (other.participantId === device.participantId && other.state === 'active') other.state = 'revoked';
      }
      device.state = 'active';
    } else {
      device.state = 'revoked';
    }
    this.events.status();
    this.refreshViews();
    return true;
  }

  publish(state: RoomQuestionState): void {
    // Ballots in flight stay in flight: the app answers each one (it may have committed it already).
    this.question = state;
    this.refreshViews();
  }

  /**
   * A phone's ballot. `reply` is called once: at once when the ballot cannot be taken or was already
   * answered (a retry), else when the app acknowledges it. Returns a function that stops waiting (the
   * ballot stays in flight), or null when `reply` was already called.
   */
  ballot(device: Device, request: BallotRequest, reply: (reply: BallotReply) => void): (() => void) | null {
    const participantId = device.participantId;
    const last = this.lastOutcome.get(participantId);
    if (last?.ballotId === request.ballotId) {
      reply(last.reply);
      return null;
    }
    let flight = this.inFlight.get(participantId);
    if (flight?.ballot.ballotId !== request.ballotId) {
      const ballot: RoomBallot = { ...request, workshopId: this.workshopId, participantId };
      const refusal = this.refusalFor(ballot);
      if (refusal) {
        reply({ status: 'refused', reason: refusal });
        return null;
      }
      // The latest choice wins: an earlier one still in flight is answered "superseded".
      if (flight) for (const waiter of flight.waiters) waiter({ status: 'superseded' });
      flight = { ballot, sentAt: this.now(), waiters: new Set() };
      this.inFlight.set(participantId, flight);
      this.events.ballot(ballot);
    }
    const waiters = flight.waiters;
    waiters.add(reply);
    return () => waiters.delete(reply);
  }

  ack(ack: RoomAck): void {
    for (const [participantId, flight] of this.inFlight) {
      if (flight.ballot.ballotId !== ack.ballotId) continue;
      if (ack.outcome === 'recorded' && this.question?.question?.id === flight.ballot.questionId) {
        // The phone shows its vote from here on, before the app publishes the new state.
        this.question.votes = { ...this.question.votes, [participantId]: flight.ballot.value };
      }
      const reply: Outcome =
        ack.outcome === 'recorded'
          ? { status: 'recorded' }
          : { status: 'refused', reason: ack.reason ?? 'rejected' };
      this.settle(participantId, reply);
      for (const device of this.devices.values()) {
        if (device.participantId === participantId) this.refreshView(device);
      }
      return;
    }
  }

  /** Ballots sent to the app more than `olderThanMs` ago and still not acknowledged: to send again. */
  unacknowledged(olderThanMs: number): RoomBallot[] {
    const now = this.now();
    const due = [...this.inFlight.values()].filter((f) => now - f.sentAt >= olderThanMs);
    for (const flight of due) flight.sentAt = now;
    return due.map((f) => f.ballot);
  }

  published(): { questionId: string; round: number; open: boolean } | null {
    const q = this.question;
    return q?.question ? { questionId: q.question.id, round: q.round, open: q.open } : null;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** The device's view, and a way to wait until it is newer than `since`. */
  stateFor(device: Device): PhoneState {
    device.lastSeen = this.now();
    if (device.viewVersion === 0) this.refreshView(device);
    return { ...(JSON.parse(device.view) as Omit<PhoneState, 'version'>), version: device.viewVersion };
  }

  /** Calls `wake` when the device's view changes (or the room closes); returns a function to stop waiting. */
  watch(device: Device, wake: () => void): () => void {
    device.waiters.add(wake);
    return () => device.waiters.delete(wake);
  }

  devicesStatus(): RoomDevice[] {
    const now = this.now();
    return [...this.devices.values()]
      .filter((d) => d.state !== 'revoked')
      .map((d) => ({
        deviceId: d.id,
        participantId: d.participantId,
        state: d.state === 'pending' ? 'pending' : 'active',
        connected: d.waiters.size > 0 || now - d.lastSeen < CONNECTED_MS,
      }));
  }

  close(): void {
    this.closed = true;
    for (const participantId of [...this.inFlight.keys()]) {
      this.settle(participantId, { status: 'refused', reason: 'notOpen' });
    }
    this.refreshViews();
  }

  private refusalFor(ballot: RoomBallot): 'notOpen' | 'revealed' | null {
    const q = this.question;
    if (this.closed || !q?.question || q.question.id !== ballot.questionId || q.round !== ballot.round) {
      return 'notOpen';
    }
    if (q.revealed) return 'revealed';
    return q.open ? null : 'notOpen';
  }

  /** Ends a ballot's flight: every request waiting for it gets `reply`, a retry gets it too. */
  private settle(participantId: string, reply: Outcome): void {
    const flight = this.inFlight.get(participantId);
    if (!flight) return;
    this.inFlight.delete(participantId);
    this.lastOutcome.set(participantId, { ballotId: flight.ballot.ballotId, reply });
    for (const waiter of flight.waiters) waiter(reply);
  }

  private drop(device: Device): void {
    device.state = 'revoked';
    this.wake(device);
  }

  private refreshViews(): void {
    for (const device of this.devices.values()) this.refreshView(device);
  }

  /** Recomputes one device's view; wakes its waiting requests only when something it shows changed. */
  private refreshView(device: Device): void {
    const view = JSON.stringify(this.viewOf(device));
    if (view === device.view) return;
    device.view = view;
    device.viewVersion = ++this.versions;
    this.wake(device);
  }

  private wake(device: Device): void {
    const waiters = [...device.waiters];
    device.waiters.clear();
    for (const wake of waiters) wake();
  }

  private viewOf(device: Device): Omit<PhoneState, 'version'> {
    const participant = this.participants.get(device.participantId)!;
    const q = this.question;
    const active = device.state === 'active' && !this.closed;
    const question = active && q?.question ? q.question : null;
    const phase = this.closed
      ? 'closed'
      : !question
        ? 'waiting'
        : q!.revealed
          ? 'revealed'
          : q!.open
            ? 'open'
            : 'waiting';
    return {
      device: device.state,
      participant: { id: participant.id, name: participant.name },
      phase,
      question: phase === 'open' || phase === 'revealed' ? question : null,
      round: q?.round ?? 1,
      myVote: question ? (q!.votes[device.participantId] ?? null) : null,
      distribution:
        phase === 'revealed' && this.shareDistribution && q!.distribution ? q!.distribution : null,
    };
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
