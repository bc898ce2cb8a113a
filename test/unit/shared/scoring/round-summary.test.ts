// The per-question round summary the session screen shows after a reveal.
import { describe, expect, it } from 'vitest';
import { latestRoundWithVotes, summarizeQuestionRounds } from '../../../../shared/scoring';
import { person, votesFor } from './fixtures';

describe('summarizeQuestionRounds', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const people = ids.map((id, i) => person(id, null, i));
  const summary = summarizeQuestionRounds(
    's1a',
    [
      ...votesFor('s1a', ids, [0, 2, 2, 2, 4], 1),
      ...votesFor('s1a', ids, [2, 2, 2, 2, 'dontKnow'], 2),
      ...votesFor('other', ids, [4, 4, 4, 4, 4], 1),
    ],
    people,
  );

  it('gives one entry per round, in order, for this question only', () => {
    expect(summary.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect(summary.rounds[0]?.statistics?.frequencies).toEqual([1, 0, 3, 0, 1]);
  });

  it('names who is 2 or more away from the median (round 1 median 2: a with 0 and e with 4)', () => {
    expect(summary.rounds[0]?.farFromMedian).toEqual(['a', 'e']);
    expect(summary.rounds[1]?.farFromMedian).toEqual([]);
  });

  it("reports round 2 as unanimous consensus, with the don't-know counted apart", () => {
    const r2 = summary.rounds[1]!;
    expect(r2.statistics).toMatchObject({
      n: 4,
      median: 2,
      iqr: 0,
      cns: 1,
      agreementA: 1,
      status: 'consensus',
    });
    expect(r2.dontKnowCount).toBe(1);
  });

  it('compares round 2 with round 1: median 2 both times; a moved to 2, e from 4 to "don\'t know"', () => {
    expect(summary.rounds[1]?.stability).toMatchObject({
      medianUnchanged: true,
      votersInBoth: 5,
      changedVotes: 2,
    });
    // 2/5 = 40 % > 15 %: not yet stable.
    expect(summary.rounds[1]?.stability?.stable).toBe(false);
    expect(summary.rounds[0]?.stability).toBeNull();
  });

  it('finds the latest round with votes up to a round, skipping rounds without any 0–4 vote', () => {
    const withEmptyThird = summarizeQuestionRounds(
      's1a',
      [
        ...votesFor('s1a', ids, [0, 2, 2, 2, 4], 1),
        ...votesFor('s1a', ids, [3, 3, 3, 3, 3], 2),
        ...votesFor('s1a', ids, ['dontKnow', 'dontKnow', 'dontKnow', 'dontKnow', 'dontKnow'], 3),
      ],
      people,
    );
    expect(latestRoundWithVotes(withEmptyThird, 3)?.round).toBe(2);
    expect(latestRoundWithVotes(withEmptyThird, 3)?.statistics.median).toBe(3);
    expect(latestRoundWithVotes(withEmptyThird, 1)?.round).toBe(1);
    expect(latestRoundWithVotes(withEmptyThird, 0)).toBeUndefined();
  });
});
