// The incremental scorer against the full recompute: after every edit of a random session, the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createWorkshopScorer,
  groupVotesByRound,
  scoreRevealed,
  type GroupedWorkshop,
} from '../../../../shared/scoring';
import type { Decision, Round, Vote, VoteValue } from '../../../../shared/model/types';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';
import { PEOPLE } from './arbitraries';
import { TINY_IDS, decision, input, person, settings, team } from './fixtures';

/** Questions the edits touch: the tiny framework's, and one that is not in it. */
const QUESTIONS = [...TINY_IDS, 'gone'];

type Edit =
  | { kind: 'vote'; q: number; round: number; p: number; value: VoteValue; at: number }
  | { kind: 'clear'; q: number; round: number; p: number }
  | { kind: 'reveal' | 'hide'; q: number; round: number }
  | { kind: 'decide'; q: number; value: Decision['agreedValue']; rationale: string }
  | { kind: 'people'; count: number; teamOf: number }
  | { kind: 'team'; order: number }
  | { kind: 'settings'; maxIqr: number; questions: number }
  | { kind: 'nothing' };

const q = fc.integer({ min: 0, max: QUESTIONS.length - 1 });
const round = fc.integer({ min: 1, max: 3 });
const p = fc.integer({ min: 0, max: PEOPLE.length - 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant('vote' as const),
      q,
      round,
      p,
      value: fc.constantFrom<VoteValue>(0, 1, 2, 3, 4, 'dontKnow', 'notApplicable'),
      at: fc.integer({ min: 0, max: 30 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('clear' as const), q, round, p }) },
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constantFrom('reveal' as const, 'hide' as const), q, round }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('decide' as const),
      q,
      value: fc.constantFrom<Decision['agreedValue']>(null, 0, 2, 4),
      rationale: fc.constantFrom('agreed', 'after a long talk'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('people' as const),
      count: fc.integer({ min: 0, max: PEOPLE.length }),
      teamOf: fc.integer({ min: 0, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('team' as const), order: fc.integer({ min: 0, max: 3 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('settings' as const),
      maxIqr: fc.constantFrom(0.5, 1, 2),
      questions: fc.integer({ min: 1, max: TINY_IDS.length }),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'nothing' as const }) },
);

function start(): GroupedWorkshop {
  const base = input({
    participants: PEOPLE.slice(0, 4).map((id, i) => person(id, `t${i % 2}`, i % 2)),
    teams: [team('t0', 0), team('t1', 1)],
    votes: [],
  });
  return { ...base, rounds: [], votes: new Map() };
}

/** Applies an edit as a live view does: every list or row it changes is replaced, never changed in place. */
function apply(w: GroupedWorkshop, e: Edit): GroupedWorkshop {
  switch (e.kind) {
    case 'vote':
    case 'clear': {
      const questionId = QUESTIONS[e.q]!;
      const participantId = PEOPLE[e.p]!;
      const byRound = new Map(w.votes.get(questionId) ?? []);
      const kept = (byRound.get(e.round) ?? []).filter((v) => v.participantId !== participantId);
      const added: Vote[] =
        e.kind === 'vote'
          ? [{ workshopId: 'w', questionId, participantId, round: e.round, value: e.value, at: e.at }]
          : [];
      byRound.set(e.round, [...kept, ...added]);
      return { ...w, votes: new Map(w.votes).set(questionId, byRound) };
    }
    case 'reveal':
    case 'hide': {
      const questionId = QUESTIONS[e.q]!;
      const others = w.rounds.filter((r) => !(r.questionId === questionId && r.round === e.round));
      const row: Round = {
        workshopId: 'w',
        questionId,
        round: e.round,
        startedAt: 0,
        revealedAt: e.kind === 'reveal' ? 1 : null,
      };
      return { ...w, rounds: [...others, row] };
    }
    case 'decide': {
      const questionId = QUESTIONS[e.q]!;
      const others = w.decisions.filter((d) => d.questionId !== questionId);
      return { ...w, decisions: [...others, decision(questionId, e.value, e.rationale)] };
    }
    case 'people':
      return {
        ...w,
        participants: PEOPLE.slice(0, e.count).map((id, i) => person(id, `t${(i + e.teamOf) % 3}`, i)),
      };
    case 'team':
      return { ...w, teams: [team('t0', e.order), team('t1', 1), team('t2', 2)] };
    case 'settings':
      return {
        ...w,
        settings: settings({
          questionIds: [...TINY_IDS.slice(0, e.questions), 'unknown'],
          thresholds: { ...DEFAULT_THRESHOLDS, maxIqr: e.maxIqr },
        }),
      };
    case 'nothing':
      return w;
  }
}

const flat = (w: GroupedWorkshop) => ({
  ...w,
  votes: [...w.votes.values()].flatMap((byRound) => [...byRound.values()].flat()),
});

describe('the incremental scorer', () => {
  it('gives the full recompute’s result after every edit of a session', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 40 }), (edits) => {
        const scorer = createWorkshopScorer();
        let w = start();
        for (const e of edits) {
          w = apply(w, e);
          expect(scorer.scoreRevealed(w)).toEqual(scoreRevealed(flat(w)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns the previous result itself when only a hidden round changed', () => {
    const scorer = createWorkshopScorer();
    let w = apply(apply(start(), { kind: 'vote', q: 0, round: 1, p: 0, value: 3, at: 1 }), {
      kind: 'reveal',
      q: 0,
      round: 1,
    });
    const before = scorer.scoreRevealed(w);
    w = apply(w, { kind: 'vote', q: 0, round: 2, p: 1, value: 0, at: 2 });
    w = apply(w, { kind: 'vote', q: 3, round: 1, p: 1, value: 4, at: 3 });
    expect(scorer.scoreRevealed(w)).toBe(before);
  });

  it('re-scores the question whose round was revealed and reuses every other question', () => {
    const scorer = createWorkshopScorer();
    let w = start();
    for (const [question, value] of [
      [0, 3],
      [1, 1],
      [2, 4],
    ] as const) {
      w = apply(w, { kind: 'vote', q: question, round: 1, p: 0, value, at: 1 });
      w = apply(w, { kind: 'reveal', q: question, round: 1 });
    }
    const before = scorer.scoreRevealed(w);
    w = apply(w, { kind: 'vote', q: 1, round: 2, p: 0, value: 2, at: 2 });
    w = apply(w, { kind: 'reveal', q: 1, round: 2 });
    const after = scorer.scoreRevealed(w);
    expect(after.questions[1]).not.toBe(before.questions[1]);
    expect(after.questions[1]?.consensusValue).toBe(2);
    expect(after.questions.filter((_, i) => i !== 1)).toEqual(before.questions.filter((_, i) => i !== 1));
    after.questions.forEach((result, i) => {
      if (i !== 1) expect(result).toBe(before.questions[i]);
    });
  });

  it('groups a list of votes by question and round for a first call', () => {
    const w = start();
    const votes: Vote[] = [
      { workshopId: 'w', questionId: 's1a', participantId: 'pa', round: 1, value: 2, at: 1 },
      { workshopId: 'w', questionId: 's1a', participantId: 'pb', round: 2, value: 3, at: 2 },
      { workshopId: 'w', questionId: 'inv1', participantId: 'pa', round: 1, value: 4, at: 3 },
    ];
    const grouped = groupVotesByRound(votes);
    expect([...grouped.keys()]).toEqual(['s1a', 'inv1']);
    expect(grouped.get('s1a')?.get(2)).toEqual([votes[1]]);
    const rounds: Round[] = [
      { workshopId: 'w', questionId: 's1a', round: 1, startedAt: 0, revealedAt: 1 },
      { workshopId: 'w', questionId: 'inv1', round: 1, startedAt: 0, revealedAt: 1 },
    ];
    expect(createWorkshopScorer().scoreRevealed({ ...w, votes: grouped, rounds })).toEqual(
      scoreRevealed({ ...w, votes, rounds }),
    );
  });
});
