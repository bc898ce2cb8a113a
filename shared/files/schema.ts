/**
 * The workshop file, version 1, as a schema. Unknown fields are ignored (a newer app may add some);
 * every text is cleaned as if it had been typed (white space folded, control characters removed) and
 * held to the same limits; numbers, ids and times are checked. The framework is validated on its own by
 * the engine's schema (read.ts), and cross-references by references.ts.
 */
import { z } from '../zod';
import { MAX_NOTES, MAX_RATIONALE } from '../model/decision';
import { FIELD_LIMITS, isIsoDate } from '../model/workshop-fields';
import { MAX_NAME_LENGTH } from '../model/participant-list';
import { TEAM_PALETTE } from '../model/palette';
import { settingsProblem } from '../model/workshop-settings';
import type { WorkshopSettings } from '../model/types';
import { cleanLine, cleanParagraph, hasControlCharacter } from '../model/text';
import {
  MAX_ALIAS_LENGTH,
  MAX_DECISION_VERSIONS,
  MAX_ID_LENGTH,
  MAX_PARTICIPANTS,
  MAX_QUESTIONS,
  MAX_RESOLVED_CONFLICTS,
  MAX_ROLE_LENGTH,
  MAX_ROUND_NUMBER,
  MAX_TEAMS,
  MAX_TIME,
  MAX_VOTES,
} from './limits';

const problem = (code: string) => ({ params: { problem: code } });

export const idSchema = z
  .string()
  .min(1)
  .max(MAX_ID_LENGTH)
  .refine((s) => !hasControlCharacter(s), {
    message: 'must not contain control characters',
    ...problem('notAllowed'),
  });
const time = z.number().int().min(0).max(MAX_TIME);
const line = (max: number) => z.string().transform(cleanLine).pipe(z.string().max(max));
const requiredLine = (max: number) => z.string().transform(cleanLine).pipe(z.string().min(1).max(max));
const paragraph = (max: number) => z.string().transform(cleanParagraph).pipe(z.string().max(max));
const scaleValue = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
const PALETTE: readonly string[] = TEAM_PALETTE.map((c) => c.hex);

const teamSchema = z.object({
  id: idSchema,
  name: requiredLine(MAX_NAME_LENGTH),
  color: z
    .string()
    .transform((s) => s.toUpperCase())
    .refine((s) => PALETTE.includes(s), {
      message: 'must be a colour of the palette',
      ...problem('notAllowed'),
    }),
  order: z.number().int().min(0).max(1_000_000),
});

const participantSchema = z.object({
  id: idSchema,
  displayName: requiredLine(MAX_NAME_LENGTH),
  alias: requiredLine(MAX_ALIAS_LENGTH),
  teamId: idSchema.nullable(),
  role: line(MAX_ROLE_LENGTH)
    .nullable()
    .transform((r) => (r === '' ? null : r)),
  order: z.number().int().min(0).max(1_000_000),
});

const roundSchema = z.object({
  questionId: idSchema,
  round: z.number().int().min(1).max(MAX_ROUND_NUMBER),
  startedAt: time,
  revealedAt: time.nullable(),
});

const versionSchema = z.object({
  agreedValue: scaleValue.nullable(),
  rationale: paragraph(MAX_RATIONALE),
  notes: paragraph(MAX_NOTES),
  at: time,
});

const decisionSchema = z
  .object({
    questionId: idSchema,
    agreedValue: scaleValue.nullable(),
    rationale: paragraph(MAX_RATIONALE),
    notes: paragraph(MAX_NOTES),
    createdAt: time,
    updatedAt: time,
    history: z.array(versionSchema).max(MAX_DECISION_VERSIONS),
  })
  .refine((d) => d.agreedValue === null || d.rationale !== '', {
    message: 'an agreed value needs a rationale',
    path: ['rationale'],
    ...problem('required'),
  });

const sessionSchema = z.object({
  questionId: idSchema.nullable(),
  captureMode: z.enum(['facilitator', 'pass']),
  skipped: z.array(idSchema).max(MAX_QUESTIONS),
  updatedAt: time,
});

const settingsSchema = z
  .object({
    frameworkId: idSchema,
    frameworkVersion: idSchema,
    questionIds: z.array(idSchema).min(1).max(MAX_QUESTIONS),
    targetStage: scaleValue.nullable(),
    anonymity: z.enum(['names', 'aliases', 'anonymous']),
    thresholds: z.object({
      maxIqr: z.number(),
      minCns: z.number(),
      polarizedBelowA: z.number(),
      stageThreshold: z.number(),
      stableMaxChangedShare: z.number(),
    }),
  })
  .superRefine((settings, ctx) => {
    const found = settingsProblem(settings as WorkshopSettings);
    if (found === 'duplicateQuestion') {
      ctx.addIssue({
        code: 'custom',
        path: ['questionIds'],
        message: 'a question is listed twice',
        ...problem('duplicate'),
      });
    } else if (found === 'thresholds') {
      ctx.addIssue({
        code: 'custom',
        path: ['thresholds'],
        message: 'a consensus rule is outside its range',
        ...problem('outOfRange'),
      });
    }
  });

const resolvedConflictSchema = z.object({
  key: z.string().max(1000),
  kept: z.string().max(100_000),
  rejected: z.string().max(100_000),
  at: time,
});

/** The `workshop` member of a version-1 file. */
export const workshopContentSchema = z.object({
  id: idSchema,
  title: requiredLine(FIELD_LIMITS.title),
  organization: line(FIELD_LIMITS.organization),
  date: z
    .string()
    .refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD', ...problem('notAllowed') }),
  facilitator: line(FIELD_LIMITS.facilitator),
  createdAt: time,
  updatedAt: time,
  settings: settingsSchema,
  /** Validated by the framework schema, with every problem located (read.ts). */
  framework: z.unknown(),
  teams: z.array(teamSchema).max(MAX_TEAMS),
  participants: z.array(participantSchema).max(MAX_PARTICIPANTS),
  rounds: z.array(roundSchema).max(MAX_QUESTIONS * MAX_ROUND_NUMBER),
  /** Checked by readVotes (votes.ts): a large workshop holds 150,000 of them. */
  votes: z.array(z.unknown()).max(MAX_VOTES),
  decisions: z.array(decisionSchema).max(MAX_QUESTIONS),
  session: sessionSchema.nullable(),
  resolvedConflicts: z.array(resolvedConflictSchema).max(MAX_RESOLVED_CONFLICTS),
});

export type WorkshopContent = z.output<typeof workshopContentSchema>;

export const checksumSchema = z.object({
  algorithm: z.literal('SHA-256'),
  value: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
});
