import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OspoDatabase } from '../../../../renderer/db/database';
import type { VoteRecord } from '../../../../renderer/db/records';
import { createSessionReads } from '../../../../renderer/db/session.reads';
import { readVotes, roundRowsOf, RoundVotes, type RoundKey } from '../../../../renderer/db/vote-store';
import { sessionWithTwo, storedVotes, uniqueDbName } from './db-harness';

const vote = (
  questionId: string,
  round: number,
  participantId: string,
  value: VoteRecord['value'],
  at = 1,
) => ({
  workshopId: 'w',
  questionId,
  round,
  participantId,
  value,
  at,
});

describe('votes stored one row per round', () => {
  it('keeps a round’s votes in one row, one per participant, in participant id order', async () => {
    const { db, repos, w, ana, bo, at, q } = await sessionWithTwo('store-row');
    await repos.session.recordVote({ ...at(bo.id), value: 2 });
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.recordVote({ ...at(bo.id), value: 4 });
    const rows = await db.roundVotes.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.votes.map((v) => [v.participantId, v.value])).toEqual(
      [
        [ana.id, 1],
        [bo.id, 4],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
    // Undo takes back the re-typed vote: Bo's 2 comes back, still one row.
    await repos.session.undo(w.id);
    expect(
      (await createSessionReads(db).votesOfRound(w.id, q, 1)).find((v) => v.participantId === bo.id)?.value,
    ).toBe(2);
    // Clearing both votes leaves no row behind.
    await repos.session.clearVote(at(ana.id));
    await repos.session.clearVote(at(bo.id));
    expect(await db.roundVotes.count()).toBe(0);
    expect(await storedVotes(db)).toEqual([]);
  });

  it('groups votes into rows in key order, a second vote of a person in a round replacing the first', () => {
    const rows = roundRowsOf([
      vote('q2', 1, 'b', 3),
      vote('q1', 2, 'a', 1),
      vote('q1', 1, 'b', 0, 1),
      vote('q1', 1, 'a', 4),
      vote('q1', 1, 'b', 2, 2),
    ]);
    expect(
      rows.map((r) => [r.questionId, r.round, r.votes.map((v) => `${v.participantId}${v.value}`)]),
    ).toEqual([
      ['q1', 1, ['a4', 'b2']],
      ['q1', 2, ['a1']],
      ['q2', 1, ['b3']],
    ]);
  });

  it('reads back exactly what any sequence of puts and deletes leaves, in key order', async () => {
    const key = fc.record({
      questionId: fc.constantFrom('q1', 'q2', 'q10'),
      round: fc.integer({ min: 1, max: 3 }),
      participantId: fc.constantFrom('p', 'P', 'p1', 'p10', 'p2', 'é', '日本'),
    });
    const step = fc.oneof(
      fc.record({
        put: key,
        value: fc.constantFrom<VoteRecord['value']>(0, 1, 2, 3, 4, 'dontKnow', 'notApplicable'),
      }),
      fc.record({ del: key }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(step, { maxLength: 8 }), { maxLength: 6 }), async (batches) => {
        const db = new OspoDatabase(uniqueDbName('store-model'));
        const model = new Map<string, VoteRecord>();
        let at = 0;
        for (const batch of batches) {
          const keys = batch.map((s): RoundKey => {
            const k = 'put' in s ? s.put : s.del;
            return ['w', k.questionId, k.round];
          });
          await db.transaction('rw', db.roundVotes, async () => {
            const set = await RoundVotes.load(db, keys);
            for (const s of batch) {
              if ('put' in s) {
                const v = vote(s.put.questionId, s.put.round, s.put.participantId, s.value, ++at);
                set.put(v);
                model.set(JSON.stringify([v.questionId, v.round, v.participantId]), v);
              } else {
                const { questionId, round, participantId } = s.del;
                const k = JSON.stringify([questionId, round, participantId]);
                expect(set.delete(['w', questionId, round, participantId])).toBe(model.has(k));
                model.delete(k);
              }
            }
            await set.save();
          });
        }
        // IndexedDB's order: question id, round, participant id, strings by code unit.
        const expected = [...model.values()].sort((a, b) =>
          a.questionId !== b.questionId
            ? a.questionId < b.questionId
              ? -1
              : 1
            : a.round !== b.round
              ? a.round - b.round
              : a.participantId < b.participantId
                ? -1
                : 1,
        );
        expect(await readVotes(db, ['w'])).toEqual(expected);
        expect(await readVotes(db, ['w', 'q1'])).toEqual(expected.filter((v) => v.questionId === 'q1'));
        // No row is left without votes.
        expect((await db.roundVotes.toArray()).every((r) => r.votes.length > 0)).toBe(true);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
