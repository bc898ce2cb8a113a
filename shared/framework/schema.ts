import { z } from '../zod';

/**
 * The framework format: versioned data (JSON-compatible) that a facilitator can import, so the app is
 * not tied to the built-in OSPO question bank. This file describes the shape; cross-references
 * (unique ids, every id resolves) are checked in references.ts, and validate.ts runs both.
 */

const id = z.string().trim().min(1, 'must be a non-empty id');
const text = z.string().trim().min(1, 'must be non-empty text');
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
export const responsibilityAreaSchema = z.object({ id, name: text });
export const checklistItemSchema = z.object({ id, stage: practiceStage, text });

/** What a question's rating feeds into. */
export const informsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('stagePractice'), stage: practiceStage, checklistItem: id.optional() }),
  z.object({ kind: z.literal('involvement') }),
  z.object({ kind: z.literal('enabler'), enabler: id }),
  z.object({ kind: z.literal('archetype'), archetype: id }),
]);

export const questionSchema = z.object({
  id,
  /** Read aloud to the room: one plain sentence. */
  statement: text,
  help: text,
  /** What a 0 and a 4 mean for this question. */
  anchors: z.object({ zero: text, four: text }),
  informs: informsSchema,
  responsibilityAreas: z.array(id),
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
  stages: z.array(stageSchema).length(5),
  axes: axesSchema,
  checklistItems: z.array(checklistItemSchema),
  archetypes: z.array(archetypeSchema),
  enablers: z.array(enablerSchema),
  responsibilityAreas: z.array(responsibilityAreaSchema),
  questions: z.array(questionSchema).min(1),
  presets: z.array(presetSchema),
});

export type Framework = z.output<typeof frameworkSchema>;
export type FrameworkQuestion = z.output<typeof questionSchema>;
export type QuestionInforms = z.output<typeof informsSchema>;
export type FrameworkStage = z.output<typeof stageSchema>;
export type Archetype = z.output<typeof archetypeSchema>;
export type Enabler = z.output<typeof enablerSchema>;
export type ResponsibilityArea = z.output<typeof responsibilityAreaSchema>;
export type ChecklistItem = z.output<typeof checklistItemSchema>;
export type FrameworkPreset = z.output<typeof presetSchema>;
