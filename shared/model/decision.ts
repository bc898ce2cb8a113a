import { isScaleValue, type ScaleValue } from './vote-scale';

/** Longest rationale and notes a decision keeps (a paragraph or two, not a document). */
export const MAX_RATIONALE = 2000;
export const MAX_NOTES = 5000;

export interface DecisionInput {
  /** The agreed value that replaces the computed one, or null when only notes are kept. */
  agreedValue: ScaleValue | null;
  rationale: string;
  notes: string;
}

export type DecisionProblem = 'value' | 'rationale' | 'tooLong';

/**
 * What stops a decision from being saved, or null. An agreed value overrides what the room voted, so
 * it must say why (product.md): a rationale is required with an agreed value, never without one. The
 * decision form checks it before saving and the repository again before writing.
 */
export function decisionProblem(input: DecisionInput): DecisionProblem | null {
  const { agreedValue, rationale, notes } = normalizeDecision(input);
  if (agreedValue !== null && !isScaleValue(agreedValue)) return 'value';
  if (agreedValue !== null && rationale === '') return 'rationale';
  if (rationale.length > MAX_RATIONALE || notes.length > MAX_NOTES) return 'tooLong';
  return null;
}

/** The decision as it is stored: texts without surrounding white space. */
export function normalizeDecision<T extends DecisionInput>(input: T): T {
  return { ...input, rationale: input.rationale.trim(), notes: input.notes.trim() };
}
