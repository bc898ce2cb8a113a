// What the soak checks at the end: the votes the screen showed as recorded against the database.
import type { ShownVote } from './drive';

export interface StoredVote {
  workshopId: string;
  questionId: string;
  participantId: string;
  round: number;
  value: unknown;
}

/** Votes lost (shown as recorded, then missing or changed) and votes stored that the screen never showed. */
export function compare(
  shown: readonly ShownVote[],
  stored: readonly StoredVote[],
  questionIds: readonly string[],
) {
  const key = (q: string, round: number, p: string) => `${q}|${round}|${p}`;
  const byKey = new Map(stored.map((v) => [key(v.questionId, v.round, v.participantId), v.value]));
  const shownKeys = new Set<string>();
  let lost = 0;
  for (const vote of shown) {
    const k = key(questionIds[vote.question - 1]!, vote.round, vote.participantId);
    shownKeys.add(k);
    if (!byKey.has(k) || byKey.get(k) !== vote.value) lost++;
  }
  const neverShown = [...byKey.keys()].filter((k) => !shownKeys.has(k)).length;
  return { lost, neverShown };
}
