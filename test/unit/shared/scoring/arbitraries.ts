// Random workshops over the tiny framework, for the property-based tests of the engine.
import fc from 'fast-check';
import type { Vote, VoteValue } from '../../../../shared/model/types';
import { TINY_IDS, decision, input, person, team } from './fixtures';

const answer = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<VoteValue> },
  { weight: 1, arbitrary: fc.constantFrom<VoteValue>('dontKnow', 'notApplicable') },
);

/** A workshop: 1–6 participants in up to 3 teams, answers to any question in rounds 1–2, maybe overrides. */
export const workshop = fc
  .record({
    people: fc.integer({ min: 1, max: 6 }),
    teamOf: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 6, maxLength: 6 }),
    answers: fc.array(
      fc.record({
        q: fc.integer({ min: 0, max: TINY_IDS.length - 1 }),
        p: fc.integer({ min: 0, max: 5 }),
        round: fc.integer({ min: 1, max: 2 }),
        value: answer,
        at: fc.integer({ min: 0, max: 50 }),
      }),
      { maxLength: 80 },
    ),
    overrides: fc.array(
      fc.record({ q: fc.integer({ min: 0, max: 4 }), value: fc.integer({ min: 0, max: 4 }) }),
      {
        maxLength: 2,
      },
    ),
  })
  .map(({ people, teamOf, answers, overrides }) =>
    input({
      participants: Array.from({ length: people }, (_, p) =>
        person(`p${p}`, (teamOf[p] ?? -1) < 0 ? null : `t${teamOf[p]}`, p),
      ),
      teams: [team('t0', 0), team('t1', 1), team('t2', 2)],
      votes: answers
        .filter((a) => a.p < people)
        .map((a): Vote => ({
          workshopId: 'w',
          questionId: TINY_IDS[a.q] as string,
          participantId: `p${a.p}`,
          round: a.round,
          value: a.value,
          at: a.at,
        })),
      decisions: overrides.map((o) => decision(TINY_IDS[o.q] as string, o.value as 0 | 1 | 2 | 3 | 4)),
    }),
  );
