import { z } from '../zod';
import { cleanLine, hasControlCharacter } from '../model/text';

/**
 * The framework format: versioned data (JSON-compatible) that a facilitator can import, so the app is
 * not tied to the built-in OSPO question bank. This file describes the shape; cross-references
 * (unique ids, every id resolves) are checked in references.ts, and validate.ts runs both.
 *
 * Only the scale and the questions are required. The five-stage model (stages, axes, checklist),
 * archetypes, enablers, responsibility areas and goals are each optional, so a framework of another
 * shape — e.g. goals with activities and no levels of their own — is data too; the engine reports
 * what a framework does not measure as absent, never as zero.
 */

/** Longest text a framework may hold (a statement, a help line, a description). */
export const MAX_FRAMEWORK_TEXT = 2000;
const id = z
  .string()
  .trim()
  .min(1, 'must be a non-empty id')
  .max(128)
  .refine((s) => !hasControlCharacter(s), {
    message: 'must not contain control characters',
    params: { problem: 'notAllowed' },
  });
// Cleaned as typed text is: white space folded, control characters removed.
const text = z
  .string()
  .transform(cleanLine)
  .pipe(z.string().min(1, 'must be non-empty text').max(MAX_FRAMEWORK_TEXT));
const stageNumber = z.number().int().min(0).max(4);
const practiceStage = z.number().int().min(1).max(4);

export const scaleSchema = z.object({
  min: z.literal(0),
  max: z.literal(4),
  /** One label per point 0..4, read out when people vote. */
  labels: z.array(z.object({ value: stageNumber, label: text })).length(5),
  dontKnowLabel: text,
  notApplicableLabel: text,
});

export const stageSchema = z.object({
  stage: stageNumber,
  name: text,
  alsoCalled: text.optional(),
  description: text,
});

const axisSchema = z.object({ name: text, description: text, low: text, high: text });

export const axesSchema = z.object({
  /** Y: ability to execute; the stages are stacked along it. */
  execution: axisSchema,
  /** X: level of involvement in open source, with its ladder (e.g. consumer → leader). */
  involvement: axisSchema.extend({ levels: z.array(text).min(2) }),
});

export const archetypeSchema = z.object({
  id,
  name: text,
  description: text,
  /** True for archetypes the community added after the original report (Standards Collaborative). */
  communityAdded: z.boolean().optional(),
});

export const enablerSchema = z.object({ id, name: text, description: text });
/** A goal groups questions into one line of a profile (e.g. Usage, Trust, Culture…). */
export const goalSchema = z.object({ id, name: text, description: text.optional() });
/** Who a question concerns (e.g. legal, developers, management): shown with it, several per question. */
export const roleSchema = z.object({ id, name: text });
export const responsibilityAreaSchema = z.object({ id, name: text });
export const checklistItemSchema = z.object({ id, stage: practiceStage, text });

/** What a question's rating feeds into. */
export const informsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stagePractice'), stage: practiceStage, checklistItem: id.optional() }),
  z.object({ kind: z.literal('involvement') }),
  z.object({ kind: z.literal('enabler'), enabler: id }),
  z.object({ kind: z.literal('archetype'), archetype: id }),
  z.object({ kind: z.literal('goal'), goal: id }),
]);

export const questionSchema = z.object({
  id,
  /** Read aloud to the room: one plain sentence. */
  statement: text,
  help: text,
  /** What a 0 and a 4 mean for this question. */
  anchors: z.object({ zero: text, four: text }),
  informs: informsSchema,
  responsibilityAreas: z.array(id).default([]),
  /** Roles the question concerns (ids of the framework's roles); a framework without roles leaves it out. */
  roles: z.array(id).optional(),
});

export const presetSchema = z.object({
  id,
  title: text,
  description: text.optional(),
  questionIds: z.array(id).min(1),
});

export const frameworkSchema = z.object({
  id,
  version: text,
  title: text,
  description: text.optional(),
  scale: scaleSchema,
  /** The five stages 0–4, or none: a framework without levels of its own has no stage ladder or grid. */
  stages: z
    .array(stageSchema)
    .default([])
    .refine((list) => list.length === 0 || list.length === 5, 'must list the five stages 0–4, or none'),
  /** The grid's axes; required with stages (references.ts checks it). */
  axes: axesSchema.optional(),
  checklistItems: z.array(checklistItemSchema).default([]),
  archetypes: z.array(archetypeSchema).default([]),
  enablers: z.array(enablerSchema).default([]),
  responsibilityAreas: z.array(responsibilityAreaSchema).default([]),
  goals: z.array(goalSchema).default([]),
  roles: z.array(roleSchema).default([]),
  questions: z.array(questionSchema).min(1).max(1000),
  presets: z.array(presetSchema).default([]),
});

/** A framework as written in a file: the optional parts may be left out. */
export type FrameworkInput = z.input<typeof frameworkSchema>;

export type Framework = z.output<typeof frameworkSchema>;
export type FrameworkQuestion = z.output<typeof questionSchema>;
export type QuestionInforms = z.output<typeof informsSchema>;
export type FrameworkStage = z.output<typeof stageSchema>;
export type Archetype = z.output<typeof archetypeSchema>;
export type Enabler = z.output<typeof enablerSchema>;
export type ResponsibilityArea = z.output<typeof responsibilityAreaSchema>;
export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type Goal = z.output<typeof goalSchema>;
export type FrameworkRole = z.output<typeof roleSchema>;
export type FrameworkPreset = z.output<typeof presetSchema>;
