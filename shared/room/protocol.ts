/**
 * The room's protocol: what phones and the facilitator's app exchange with the room server. Plain types
 * and limits only (no zod), so the voter page can use them without loading a validation library; the
 * schemas that check every message live in ./schemas.ts.
 *
 * The phone never learns anything about other people's votes before the reveal: its state carries its own
 * vote and, once revealed (and only when the facilitator allows it), the counts per value.
 */
import type { VoteValue } from '../model/types';

/** Largest request body the room server reads (a ballot or a join is well under 1 KB). */
export const MAX_BODY_BYTES = 4096;
/** Longest participant name and question text a phone is sent; longer ones are cut. */
export const MAX_NAME_LENGTH = 200;
export const MAX_TEXT_LENGTH = 2000;
/** The most participants a room admits (a large workshop has 40). */
export const MAX_PARTICIPANTS = 300;
/** How long the server holds a ballot request open waiting for the facilitator's commit. */
export const BALLOT_WAIT_MS = 10_000;
/** How long the server holds a state request open waiting for a change. */
export const STATE_WAIT_MS = 20_000;

/** Room codes: six characters people can read aloud and type without confusing 0/O or 1/I/L. */
export const ROOM_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ROOM_CODE_LENGTH = 6;
/** Secrets and tokens: 128 bits or more, base64url. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Normalizes what someone typed as a room code: case, spaces and dashes do not matter. */
export function normalizeRoomCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

export function isRoomCode(code: string): boolean {
  return code.length === ROOM_CODE_LENGTH && [...code].every((c) => ROOM_CODE_ALPHABET.includes(c));
}

/** The question as a phone shows it: the statement, its help, the scale and what 0 and 4 mean. */
export interface PhoneQuestion {
  id: string;
  /** "Question 3 of 12". */
  position: number;
  total: number;
  statement: string;
  help: string;
  anchors: { zero: string; four: string };
  /** One label per point 0..4, then the two answers that are not votes. */
  scale: { value: number; label: string }[];
  dontKnowLabel: string;
  notApplicableLabel: string;
}

/**
 * Where the room is, as a phone sees it: `waiting` (nothing open), `open` (this question takes votes),
 * `revealed` (votes shown in the room; may carry the distribution), `closed` (the facilitator closed the room).
 */
export type PhonePhase = 'waiting' | 'open' | 'revealed' | 'closed';

/** GET /api/lobby: what a phone needs to pick its name. No votes, nothing about other devices. */
export interface Lobby {
  title: string;
  participants: { id: string; name: string; joined: boolean }[];
}

/** POST /api/join: by the room's participant list, or by a personal link (`key`). */
export interface JoinRequest {
  secret: string;
  participantId: string;
  /** The personal link's key, when the phone was opened from one. */
  key?: string;
}

export type JoinReply =
  | { status: 'joined'; token: string; participant: { id: string; name: string } }
  /** The name is already held by another device: the facilitator must confirm this one. */
  | { status: 'confirm'; token: string; participant: { id: string; name: string } };

/** POST /api/code: a typed room code, exchanged for the room secret (as if the QR code was scanned). */
export interface CodeRequest {
  code: string;
}
export interface CodeReply {
  secret: string;
}

/** GET /api/state?v=N: the device's view of the room; held open until it is newer than N. */
export interface PhoneState {
  version: number;
  /** `pending` until the facilitator confirms a second device; `revoked` when another took the name. */
  device: 'active' | 'pending' | 'revoked';
  participant: { id: string; name: string };
  phase: PhonePhase;
  question: PhoneQuestion | null;
  round: number;
  /** This participant's vote in the round as the facilitator's database holds it. */
  myVote: VoteValue | null;
  /** After the reveal, if the facilitator shares it: votes per value 0..4, don't know, not applicable. */
  distribution: PhoneDistribution | null;
}

export interface PhoneDistribution {
  counts: [number, number, number, number, number];
  dontKnow: number;
  notApplicable: number;
}

/** POST /api/ballot. `ballotId` is the phone's id for this choice: a retry sends the same one. */
export interface BallotRequest {
  ballotId: string;
  questionId: string;
  round: number;
  value: VoteValue;
}

/**
 * `recorded`: committed in the facilitator's database. `pending`: not yet committed (the phone asks again
 * with the same ballotId). `superseded`: a newer choice from this participant replaced it. `refused`: the
 * round was revealed, the question closed, or the vote was otherwise not accepted (`reason` says which).
 */
export type BallotReply =
  | { status: 'recorded' }
  | { status: 'pending' }
  | { status: 'superseded' }
  | { status: 'refused'; reason: BallotRefusal };

export type BallotRefusal = 'notOpen' | 'revealed' | 'rejected';

/** Errors the API answers with (JSON `{ error }` and an HTTP status). */
export type RoomErrorCode =
  'badRequest' | 'tooLarge' | 'unauthorized' | 'forbidden' | 'notFound' | 'tooMany' | 'full' | 'closed';
