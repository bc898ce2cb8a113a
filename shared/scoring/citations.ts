import type { CastVote, QuestionValue } from './types';

/**
 * Shared objects for the values that explanations cite. Every figure lists the values it came from, and
 * a large workshop (500 participants × 100 questions) cites the same pairs tens of thousands of times:
 * one object per (question, value) and per (participant, vote) keeps those lists to pointers and keeps
 * the garbage collector out of the recompute. Results treat them as read-only.
 */
export interface Citations {
  /** The QuestionValue of question `q` (position in the question set) with `value` on the 0–4 scale. */
  value(q: number, value: number): QuestionValue;
  /** The CastVote of participant `p` (canonical position) voting `value` (0–4). */
  vote(p: number, value: number): CastVote;
}

/** Values on the 0–4 scale in half steps (votes, medians, agreed values): 9 slots per question. */
const VALUE_SLOTS = 9;

export function createCitations(
  questionIds: readonly string[],
  participantIds: readonly string[],
): Citations {
  const values: (QuestionValue | undefined)[] = new Array(questionIds.length * VALUE_SLOTS);
  const votes: (CastVote | undefined)[] = new Array(participantIds.length * 5);
  return {
    value(q, value) {
      const slot = value * 2;
      const questionId = questionIds[q] as string;
      // Anything off the half-step grid (not produced today) still gets a correct, unshared object.
      if (!Number.isInteger(slot) || slot < 0 || slot >= VALUE_SLOTS) return { questionId, value };
      return (values[q * VALUE_SLOTS + slot] ??= { questionId, value });
    },
    vote(p, value) {
      return (votes[p * 5 + value] ??= {
        participantId: participantIds[p] as string,
        value: value as CastVote['value'],
      });
    },
  };
}
