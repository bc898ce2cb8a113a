import type { OspoDatabase } from './database';
import type { RoundRecord } from './records';
import { StorageError } from './errors';
import { keysStartingWith } from './session.reads';
import { voteRoundProblem, type VoteRoundProblem } from '../../shared/model/rounds';

/**
 * The repository enforces the round rules (shared/model/rounds.ts) on every path that changes a vote:
 * writing one, clearing one, and undo. A screen that is out of date cannot get round them.
 */
export function roundsOfQuestion(
  db: OspoDatabase,
  workshopId: string,
  questionId: string,
): Promise<RoundRecord[]> {
  return keysStartingWith(db.rounds, [workshopId, questionId], 3).toArray();
}

export function roundError(problem: VoteRoundProblem): StorageError {
  return problem.code === 'revealed'
    ? new StorageError('error.vote.revealedRound', 'validation', { round: problem.round, next: problem.next })
    : new StorageError('error.vote.notCurrentRound', 'validation', {
        round: problem.round,
        current: problem.current,
      });
}

/** The refusal for a vote change in `round` of a question with these rounds, or null when allowed. */
export function voteRoundError(rounds: readonly RoundRecord[], round: number): StorageError | null {
  const problem = voteRoundProblem(rounds, round);
  return problem === null ? null : roundError(problem);
}
