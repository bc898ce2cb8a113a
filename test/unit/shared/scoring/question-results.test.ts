// Per-question results of scoreWorkshop: statistics, non-votes, rounds, re-recorded votes, overrides.
import { describe, expect, it } from 'vitest';
import { scoreWorkshop } from '../../../../shared/scoring';
import type { QuestionResult, WorkshopResult } from '../../../../shared/scoring';
import { decision, handWorkshop, input, person, settings, vote, votesFor } from './fixtures';

const question = (r: WorkshopResult, id: string) =>
  r.questions.find((x) => x.questionId === id) as QuestionResult;

describe('per question', () => {
  it('computes the M6 figures on the 0–4 scale (M6 shifted down by one) and calls it split', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const r = scoreWorkshop(
      input({
        participants: ids.map((id, i) => person(id, null, i)),
        votes: votesFor('s1a', ids, [1, 2, 3, 3, 3, 3, 4, 2]),
      }),
    );
    const s = question(r, 's1a').statistics!;
    expect(s.n).toBe(8);
    expect(s.frequencies).toEqual([0, 1, 2, 4, 1]);
    expect(s.median).toBe(3);
    expect(s.iqr).toBe(1);
    expect(s.withinOneShare).toBe(0.875);
    expect(s.cns).toBeCloseTo(0.697743, 6);
    expect(s.agreementA).toBeCloseTo(0.5625, 6);
    expect(s.rwg).toBeCloseTo(0.580357, 6);
    // IQR 1 ≤ 1 but Cns 0.698 < 0.70, and A ≥ 0: split.
    expect(s.status).toBe('split');
    expect(question(r, 's1a').consensusValue).toBe(3);
  });

  it('counts "don\'t know" and "not applicable" but never uses them as votes', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const r = scoreWorkshop(
      input({
        participants: ids.map((id, i) => person(id, null, i)),
        votes: [
          ...votesFor('s1a', ids, [4, 'dontKnow', 'notApplicable', 4]),
          ...votesFor('s1b', ids, ['notApplicable', 'notApplicable', 'dontKnow', undefined]),
        ],
      }),
    );
    const a = question(r, 's1a');
    expect(a.votes).toEqual([
      { participantId: 'a', value: 4 },
      { participantId: 'd', value: 4 },
    ]);
    expect([a.dontKnowCount, a.notApplicableCount, a.statistics?.n]).toEqual([1, 1, 2]);
    const b = question(r, 's1b');
    expect(b.statistics).toBeNull();
    expect([b.status, b.scoringValue, b.notApplicableCount, b.dontKnowCount]).toEqual([
      'noVotes',
      null,
      2,
      1,
    ]);
    // Stage 1 uses only s1a: 4/4 = 1.
    expect(r.group.attainment[0]?.attainment).toBe(1);
    expect(r.group.attainment[0]?.withoutValue).toEqual(['s1b']);
  });

  it('reports a single vote as undetermined', () => {
    const r = scoreWorkshop(input({ participants: [person('a', null, 0)], votes: [vote('s1a', 'a', 2)] }));
    expect(question(r, 's1a').status).toBe('undetermined');
    expect(question(r, 's1a').statistics?.rwg).toBeNull();
  });

  it('uses the latest round with votes and judges stability against the previous one', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const r = scoreWorkshop(
      input({
        participants: ids.map((id, i) => person(id, null, i)),
        votes: [
          ...votesFor('s1a', ids, [0, 4, 0, 4], 1),
          ...votesFor('s1a', ids, [3, 3, 3, 2], 2),
          // A third round with only "don't know" has no votes, so round 2 still counts.
          ...votesFor('s1a', ids, ['dontKnow'], 3),
        ],
      }),
    );
    const a = question(r, 's1a');
    expect(a.roundsWithVotes).toEqual([1, 2]);
    expect(a.round).toBe(2);
    expect(a.consensusValue).toBe(3);
    // Round 1 median of 0,0,4,4 is 2; it moved to 3, and all four changed: not stable.
    expect(a.stability).toMatchObject({
      previousRound: 1,
      previousMedian: 2,
      medianUnchanged: false,
      changedVotes: 4,
    });
    expect(a.stability?.stable).toBe(false);
  });

  it('calls a re-vote stable when the median holds and ≤ 15 % changed', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const first = [2, 2, 3, 3, 3, 3, 3, 3, 4, 4] as const;
    const second = [2, 3, 3, 3, 3, 3, 3, 3, 4, 4] as const; // one of ten changed: 0.1 ≤ 0.15
    const r = scoreWorkshop(
      input({
        participants: ids.map((id, i) => person(id, null, i)),
        votes: [...votesFor('s1a', ids, [...first], 1), ...votesFor('s1a', ids, [...second], 2)],
      }),
    );
    expect(question(r, 's1a').stability).toMatchObject({
      votersInBoth: 10,
      changedVotes: 1,
      changedShare: 0.1,
      stable: true,
    });
  });

  it('counts a move from "don\'t know" to a vote as a change: three of ten did, so not yet stable', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `p${i}`);
    const first = ['dontKnow', 'dontKnow', 'notApplicable', 3, 3, 3, 3, 3, 4, 4] as const;
    // p0 and p1 now vote 3, p2 still says "not applicable"; p9 leaves for "don't know". Median 3 both times.
    const second = [3, 3, 'notApplicable', 3, 3, 3, 3, 3, 4, 'dontKnow'] as const;
    const r = scoreWorkshop(
      input({
        participants: ids.map((id, i) => person(id, null, i)),
        votes: [...votesFor('s1a', ids, [...first], 1), ...votesFor('s1a', ids, [...second], 2)],
      }),
    );
    expect(question(r, 's1a').stability).toMatchObject({
      medianUnchanged: true,
      votersInBoth: 10,
      changedVotes: 3,
      changedShare: 0.3,
      stable: false,
    });
  });

  it('keeps only the latest entry when someone re-records a vote in the same round', () => {
    const r = scoreWorkshop(
      input({
        participants: [person('a', null, 0), person('b', null, 1)],
        votes: [vote('s1a', 'a', 4, 1, 20), vote('s1a', 'a', 1, 1, 10), vote('s1a', 'b', 2, 1, 15)],
      }),
    );
    expect(question(r, 's1a').votes).toEqual([
      { participantId: 'a', value: 4 },
      { participantId: 'b', value: 2 },
    ]);
  });

  it('lets an agreed value replace the consensus value for scoring while both stay visible', () => {
    const base = handWorkshop();
    const r = scoreWorkshop({ ...base, decisions: [decision('s2a', 3, 'we do this more than we admit')] });
    const s2a = question(r, 's2a');
    expect([s2a.consensusValue, s2a.agreedValue, s2a.scoringValue, s2a.overridden]).toEqual([2, 3, 3, true]);
    expect(s2a.rationale).toBe('we do this more than we admit');
  });

  it('ignores votes from unknown participants and question ids the framework lacks', () => {
    const r = scoreWorkshop(
      input({
        participants: [person('a', null, 0)],
        votes: [vote('s1a', 'a', 3), vote('s1a', 'ghost', 0), vote('en1', 'a', 1)],
        settings: settings({ questionIds: ['s1a', 'nope'] }),
      }),
    );
    expect(r.questions.map((x) => x.questionId)).toEqual(['s1a']);
    expect(r.ignored).toEqual({
      unknownQuestionIds: ['nope'],
      votesFromUnknownParticipants: 1,
      votesOnQuestionsNotInPlay: 1,
    });
  });
});
