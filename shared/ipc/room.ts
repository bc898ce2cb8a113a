/**
 * The facilitator's side of the room: what the app asks of the room server (open, close, publish the
 * current question, acknowledge a committed ballot, confirm a second device) and what the server pushes
 * back (ballots to commit, the room's status). Electron carries these over IPC; the browser mode over
 * HTTP to the same server that serves the app. One schema per message, checked on both sides.
 */
import { z } from '../zod';
import type { VoteValue } from '../model/types';
import type { BallotRefusal, PhoneDistribution, PhoneQuestion } from '../room/protocol';
import { MAX_PARTICIPANTS } from '../room/protocol';
import {
  distributionSchema,
  idSchema,
  phoneQuestionSchema,
  questionIdSchema,
  roomParticipantSchema,
  roundSchema,
  voteValueSchema,
} from '../room/schemas';

/** Browser mode: where the app's page reaches a room request (`room:open` → `/api/room/open`). */
export const roomApiPath = (channel: `room:${string}`) => `/api/${channel.replace(':', '/')}`;
/** Browser mode: the server-sent event stream of what the desktop app receives over IPC. */
export const ROOM_EVENTS_PATH = '/api/room/events';

/** The desktop API's requests the room host answers: over IPC in Electron, over HTTP in the browser mode. */
export type RoomRequestMethod =
  | 'listRoomAddresses'
  | 'openRoom'
  | 'closeRoom'
  | 'getRoomStatus'
  | 'publishRoomState'
  | 'ackRoomBallots'
  | 'decideRoomDevice';

/** An address of this computer the room can listen on. */
export interface RoomAddress {
  /** The interface's name as the system calls it (en0, wlan0, Wi-Fi). */
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  /** 127.0.0.1: only this computer can reach it (for a try-out). */
  internal: boolean;
}

export interface OpenRoomRequest {
  /** One of the addresses listRoomAddresses() returned. */
  address: string;
  workshopId: string;
  title: string;
  participants: { id: string; name: string }[];
  /** After the reveal, phones show the distribution (counts only, never names). */
  shareDistribution: boolean;
}

export interface RoomInfo {
  workshopId: string;
  address: string;
  port: number;
  /** What a phone opens: the address with the room secret (the QR code holds it). */
  joinUrl: string;
  /** The bare address, to type; the page then asks for the room code. */
  typedUrl: string;
  code: string;
  /** A personal link per participant: opens straight to that name. */
  links: { participantId: string; url: string }[];
  /** After the reveal, phones show the distribution. */
  shareDistribution: boolean;
}

export interface RoomDevice {
  deviceId: string;
  participantId: string;
  /** `pending`: a second device for a name that already has one, waiting for the facilitator. */
  state: 'active' | 'pending';
  /** The phone asked for the room's state in the last few seconds. */
  connected: boolean;
}

export interface RoomStatus {
  room: RoomInfo | null;
  devices: RoomDevice[];
  /** Ballots received and not yet acknowledged (being committed, or waiting for the app to come back). */
  inFlight: number;
  /** What phones were last shown, so a reloaded app picks up where it was. */
  published: { questionId: string; round: number; open: boolean } | null;
}

/** What phones may see now. Sent whenever it changes; the server keeps only the latest. */
export interface RoomQuestionState {
  workshopId: string;
  /** null: nothing is open for phone voting. */
  question: PhoneQuestion | null;
  round: number;
  /** Phones may vote (opened for phone voting and not revealed). */
  open: boolean;
  revealed: boolean;
  /** The round's votes as the database holds them: each phone is sent its own, never the others'. */
  votes: Record<string, VoteValue>;
  /** Only after the reveal and only when the facilitator shares it. */
  distribution: PhoneDistribution | null;
}

/** A ballot from a phone, to be committed through the same path as a typed vote. */
export interface RoomBallot {
  ballotId: string;
  workshopId: string;
  questionId: string;
  round: number;
  participantId: string;
  value: VoteValue;
}

export interface RoomAck {
  ballotId: string;
  outcome: 'recorded' | 'refused';
  reason?: BallotRefusal;
}

export interface RoomDeviceDecision {
  deviceId: string;
  accept: boolean;
}

export const openRoomRequestSchema: z.ZodType<OpenRoomRequest> = z
  .object({
    address: z.string().min(2).max(64),
    workshopId: idSchema,
    title: z.string().max(300),
    participants: z.array(roomParticipantSchema).max(MAX_PARTICIPANTS),
    shareDistribution: z.boolean(),
  })
  .strict();

export const roomQuestionStateSchema: z.ZodType<RoomQuestionState> = z
  .object({
    workshopId: idSchema,
    question: phoneQuestionSchema.nullable(),
    round: roundSchema,
    open: z.boolean(),
    revealed: z.boolean(),
    votes: z.record(idSchema, voteValueSchema),
    distribution: distributionSchema.nullable(),
  })
  .strict();

/** Acknowledgements go in batches: a hundred phones voting at once are committed in a few transactions. */
export interface RoomAcks {
  acks: RoomAck[];
}

export const roomAckSchema: z.ZodType<RoomAck> = z
  .object({
    ballotId: idSchema,
    outcome: z.enum(['recorded', 'refused']),
    reason: z.enum(['notOpen', 'revealed', 'rejected']).optional(),
  })
  .strict();

export const roomAcksSchema: z.ZodType<RoomAcks> = z
  .object({
    acks: z
      .array(roomAckSchema)
      .min(1)
      .max(2 * MAX_PARTICIPANTS),
  })
  .strict();

export const roomDeviceDecisionSchema: z.ZodType<RoomDeviceDecision> = z
  .object({ deviceId: idSchema, accept: z.boolean() })
  .strict();

export const roomBallotSchema: z.ZodType<RoomBallot> = z
  .object({
    ballotId: idSchema,
    workshopId: idSchema,
    questionId: questionIdSchema,
    round: roundSchema,
    participantId: idSchema,
    value: voteValueSchema,
  })
  .strict();

const roomInfoSchema: z.ZodType<RoomInfo> = z
  .object({
    workshopId: idSchema,
    address: z.string(),
    port: z.number().int().min(1).max(65535),
    joinUrl: z.string(),
    typedUrl: z.string(),
    code: z.string(),
    links: z.array(z.object({ participantId: idSchema, url: z.string() }).strict()),
    shareDistribution: z.boolean(),
  })
  .strict();

export const roomStatusSchema: z.ZodType<RoomStatus> = z
  .object({
    room: roomInfoSchema.nullable(),
    devices: z.array(
      z
        .object({
          deviceId: idSchema,
          participantId: idSchema,
          state: z.enum(['active', 'pending']),
          connected: z.boolean(),
        })
        .strict(),
    ),
    inFlight: z.number().int().min(0),
    published: z
      .object({ questionId: questionIdSchema, round: roundSchema, open: z.boolean() })
      .strict()
      .nullable(),
  })
  .strict();
