// Random workshops over the tiny framework, for the property-based tests of the engine.
import fc from 'fast-check';
import type { Vote, VoteValue } from '../../../../shared/model/types';
import { TINY_IDS, decision, input, person, team } from './fixtures';

const answer = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<VoteValue> },
  { weight: 1, arbitrary: fc.constantFrom<VoteValue>('dontKnow', 'notApplicable') },
);

/**
 * Participant ids out of creation order, so the id tie-break between equal `order`s is not the same as
 * the order the generator lists people in.
 */
export const PEOPLE = ['pe', 'pb', 'pf', 'pa', 'pd', 'pc'];

/**
 * A workshop: 1–6 participants in up to 3 teams, answers to any question in rounds 1–2, maybe overrides.
 * `order` values are drawn from a small range so participants and teams often share one and the engine
 * has to fall back on their ids.
 */
export const workshop = fc
  .record({
    people: fc.integer({ min: 1, max: 6 }),
    teamOf: fc.array(fc.integer({ min: -1, max: 2 }), { minLength: 6, maxLength: 6 }),
    orderOf: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 6, maxLength: 6 }),
    teamOrder: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 3, maxLength: 3 }),
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
  .map(({ people, teamOf, orderOf, teamOrder, answers, overrides }) =>
    input({
      participants: Array.from({ length: people }, (_, p) =>
        person(PEOPLE[p] as string, (teamOf[p] ?? -1) < 0 ? null : `t${teamOf[p]}`, orderOf[p] ?? 0),
      ),
      teams: [0, 1, 2].map((t) => team(`t${t}`, teamOrder[t] ?? 0)),
      votes: answers
        .filter((a) => a.p < people)
        .map((a): Vote => ({
          workshopId: 'w',
          questionId: TINY_IDS[a.q] as string,
          participantId: PEOPLE[a.p] as string,
          round: a.round,
          value: a.value,
          at: a.at,
        })),
      decisions: overrides.map((o) => decision(TINY_IDS[o.q] as string, o.value as 0 | 1 | 2 | 3 | 4)),
    }),
  );
