import { describe, expect, it } from 'vitest';
import { revealedVotes, scoreRevealed, scoreWorkshop } from '../../../../shared/scoring';
import type { Round } from '../../../../shared/model/types';
import { handWorkshop, person, input, votesFor } from './fixtures';

const round = (questionId: string, n: number, revealed: boolean): Round => ({
  workshopId: 'w',
  questionId,
  round: n,
  startedAt: 0,
  revealedAt: revealed ? 1 : null,
});
const vote = (questionId: string, n = 1) => ({ questionId, round: n, participantId: 'p' });

describe('which votes count for a figure', () => {
  it('keeps only the votes of revealed rounds', () => {
    const votes = [vote('q1'), vote('q2'), vote('q3'), vote('q3', 2), vote('q4')];
    const rounds = [
      round('q1', 1, true),
      round('q2', 1, false),
      round('q3', 1, true),
      round('q3', 2, false),
      // q4 has a vote but no round row at all: never revealed.
    ];
    expect(revealedVotes(votes, rounds).map((v) => `${v.questionId}/${v.round}`)).toEqual(['q1/1', 'q3/1']);
    // Revealing q3's second round brings its votes in.
    const later = rounds.map((r) => (r.questionId === 'q3' && r.round === 2 ? { ...r, revealedAt: 5 } : r));
    expect(revealedVotes(votes, later).map((v) => `${v.questionId}/${v.round}`)).toEqual([
      'q1/1',
      'q3/1',
      'q3/2',
    ]);
  });

  it('scores what the room has seen: a hidden re-vote does not replace the revealed round', () => {
    const stored = handWorkshop();
    const ids = ['P1', 'P2', 'P3'];
    // s1a was revealed at 3 3 4 (median 3); a second round is half filled with 0s and still hidden.
    const hidden = votesFor('s1a', ids, [0, 0], 2);
    const rounds = stored.settings.questionIds.map((q) => round(q, 1, true));
    const seen = scoreRevealed({ ...stored, votes: [...stored.votes, ...hidden], rounds });
    expect(seen.questions.find((q) => q.questionId === 's1a')?.consensusValue).toBe(3);
    expect(seen).toEqual(scoreWorkshop(stored));
    // Once revealed, round 2 is the latest round with votes and its median counts.
    const revealed = scoreRevealed({
      ...stored,
      votes: [...stored.votes, ...hidden],
      rounds: [...rounds, round('s1a', 2, true)],
    });
    expect(revealed.questions.find((q) => q.questionId === 's1a')?.consensusValue).toBe(0);
  });

  it('counts nothing before the first reveal', () => {
    const stored = input({ participants: [person('P1', null, 1)], votes: votesFor('s1a', ['P1'], [4]) });
    const result = scoreRevealed({ ...stored, rounds: [round('s1a', 1, false)] });
    expect(result.questions.every((q) => q.status === 'noVotes')).toBe(true);
  });
});
