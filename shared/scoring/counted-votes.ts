import type { Round, Vote } from '../model/types';
import { scoreWorkshop } from './score-workshop';
import type { ScoringInput, WorkshopResult } from './types';

/**
 * Which votes count for a figure. Two rules, each defined once:
 * - only the votes of revealed rounds: the room has seen them. A hidden round never moves the stage, the
 *   grid point or the mix while people are still voting, and a half-filled re-vote does not replace the
 *   round before it (this file);
 * - of those, each question's latest round with votes (the engine: `computeQuestionResults`, and
 *   `latestRoundWithVotes` for one question's rounds).
 * The session's live figures, the results screen and the report all score through `scoreRevealed`.
 */
export function revealedVotes<V extends Pick<Vote, 'questionId' | 'round'>>(
  votes: readonly V[],
  rounds: readonly Pick<Round, 'questionId' | 'round' | 'revealedAt'>[],
): V[] {
  const shown = new Map<string, Set<number>>();
  for (const r of rounds) {
    if (r.revealedAt === null) continue;
    let set = shown.get(r.questionId);
    if (set === undefined) shown.set(r.questionId, (set = new Set()));
    set.add(r.round);
  }
  return votes.filter((v) => shown.get(v.questionId)?.has(v.round) === true);
}

/** A workshop as stored: the engine's input with every vote and the rounds that say which were revealed. */
export type StoredWorkshop = ScoringInput & { rounds: readonly Round[] };

/** The workshop's results from what the room has seen: `scoreWorkshop` over the revealed votes. */
export function scoreRevealed(stored: StoredWorkshop): WorkshopResult {
  const { rounds, ...input } = stored;
  return scoreWorkshop({ ...input, votes: revealedVotes(input.votes, rounds) });
}
