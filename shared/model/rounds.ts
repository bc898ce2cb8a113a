import type { Round } from './types';

/** Why a vote may not go into (or be cleared from) a round; null when it may. */
export type VoteRoundProblem =
  { code: 'revealed'; round: number; next: number } | { code: 'notCurrent'; round: number; current: number };

type RoundState = Pick<Round, 'round' | 'revealedAt'>;

function latest(rounds: readonly RoundState[]): RoundState | undefined {
  return rounds.reduce<RoundState | undefined>(
    (a, r) => (a === undefined || r.round > a.round ? r : a),
    undefined,
  );
}

/**
 * The round rules for a vote, given every round of its question. A vote goes only into the latest
 * round, and only while that round is hidden: once the room has seen a round, its votes are what was
 * revealed (a changed mind is a new round, Delphi style; a typo is undone first). Before any round
 * exists, the first vote opens round 1; a later round only ever comes from starting one, never from a
 * vote typed on a screen that is out of date.
 */
export function voteRoundProblem(rounds: readonly RoundState[], round: number): VoteRoundProblem | null {
  const last = latest(rounds);
  const current = last?.round ?? 1;
  if (round !== current) return { code: 'notCurrent', round, current };
  if (last?.revealedAt) return { code: 'revealed', round, next: round + 1 };
  return null;
}

/** A new round starts only after the latest one was revealed; it is numbered next. */
export function nextRound(rounds: readonly RoundState[]): { round: number } | { problem: 'revealFirst' } {
  const last = latest(rounds);
  if (last && !last.revealedAt) return { problem: 'revealFirst' };
  return { round: (last?.round ?? 0) + 1 };
}
