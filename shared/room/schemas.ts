/**
 * zod schemas of every message the room server receives, from phones and from the facilitator's app.
 * The server parses each request with these before it acts; the desktop bridge checks the facilitator's
 * messages with them on both sides of IPC.
 */
import { z } from '../zod';
import { isVoteValue, type VoteValue } from '../model/vote-scale';
import {
  ID_PATTERN,
  MAX_NAME_LENGTH,
  MAX_PARTICIPANTS,
  MAX_TEXT_LENGTH,
  ROOM_CODE_LENGTH,
  SECRET_PATTERN,
  type BallotRequest,
  type CodeRequest,
  type JoinRequest,
  type PhoneDistribution,
  type PhoneQuestion,
} from './protocol';

export const idSchema = z.string().regex(ID_PATTERN, 'must be an id of letters, digits, - or _');
export const secretSchema = z
  .string()
  .regex(SECRET_PATTERN, 'must be a secret of 22–64 base64url characters');
/** Question ids come from the framework, which may be imported: any short text without control characters. */
export const questionIdSchema = z
  .string()
  .min(1)
  .max(200)
  .refine((id) => ![...id].some((c) => c.charCodeAt(0) < 0x20), 'must not contain control characters');
export const roundSchema = z.number().int().min(1).max(99);
const name = z.string().min(1).max(MAX_NAME_LENGTH);
const text = z.string().max(MAX_TEXT_LENGTH);

export const voteValueSchema = z.custom<VoteValue>((value) => isVoteValue(value), {
  message: 'must be 0–4, "dontKnow" or "notApplicable"',
});

export const joinRequestSchema: z.ZodType<JoinRequest> = z
  .object({ secret: secretSchema, participantId: idSchema, key: secretSchema.optional() })
  .strict();

export const lobbyRequestSchema = z.object({ secret: secretSchema }).strict();

export const codeRequestSchema: z.ZodType<CodeRequest> = z
  .object({
    code: z
      .string()
      .min(1)
      .max(ROOM_CODE_LENGTH * 3),
  })
  .strict();

export const ballotRequestSchema: z.ZodType<BallotRequest> = z
  .object({ ballotId: idSchema, questionId: questionIdSchema, round: roundSchema, value: voteValueSchema })
  .strict();

const count = z.number().int().min(0).max(MAX_PARTICIPANTS);

export const distributionSchema: z.ZodType<PhoneDistribution> = z
  .object({
    counts: z.tuple([count, count, count, count, count]),
    dontKnow: count,
    notApplicable: count,
  })
  .strict();

export const phoneQuestionSchema: z.ZodType<PhoneQuestion> = z
  .object({
    id: questionIdSchema,
    position: z.number().int().min(1).max(1000),
    total: z.number().int().min(1).max(1000),
    statement: text.min(1),
    help: text,
    anchors: z.object({ zero: text, four: text }).strict(),
    scale: z.array(z.object({ value: z.number().int().min(0).max(4), label: name }).strict()).length(5),
    dontKnowLabel: name,
    notApplicableLabel: name,
  })
  .strict();

export const roomParticipantSchema = z.object({ id: idSchema, name }).strict();
