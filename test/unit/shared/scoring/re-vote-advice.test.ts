import { describe, expect, it } from 'vitest';
import { MAX_ROUNDS, reVoteAdvice, summarizeQuestionRounds } from '../../../../shared/scoring';
import type { Participant, Vote, VoteValue } from '../../../../shared/model/types';

const people: Participant[] = ['a', 'b', 'c', 'd'].map((id, order) => ({
  id,
  workshopId: 'w',
  displayName: id,
  alias: id,
  teamId: null,
  role: null,
  order,
}));

function roundsOf(...rounds: VoteValue[][]) {
  const votes: Vote[] = rounds.flatMap((values, r) =>
    values.map((value, p) => ({
      workshopId: 'w',
      questionId: 'q',
      participantId: people[p]!.id,
      round: r + 1,
      value,
      at: 0,
    })),
  );
  return summarizeQuestionRounds('q', votes, people).rounds;
}

describe('when to stop re-voting', () => {
  it('stops at consensus', () => {
    const [first] = roundsOf([3, 3, 3, 2]);
    expect(reVoteAdvice(first, 1)).toBe('consensus');
  });

  it('stops when the round is stable against the one before (median held, ≤ 15 % changed)', () => {
    const rounds = roundsOf([0, 4, 0, 4], [0, 4, 0, 4]);
    expect(rounds[1]!.statistics!.status).not.toBe('consensus');
    expect(reVoteAdvice(rounds[1], 2)).toBe('stable');
  });

  it('suggests another round while it may still help, and stops after the maximum', () => {
    const rounds = roundsOf([0, 4, 0, 4], [1, 4, 0, 3]);
    expect(reVoteAdvice(rounds[0], 1)).toBeNull();
    expect(reVoteAdvice(rounds[1], 2)).toBeNull();
    expect(reVoteAdvice(rounds[1], MAX_ROUNDS)).toBe('maxRounds');
  });
});
