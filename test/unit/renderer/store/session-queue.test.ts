import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../../renderer/store/app-store';
import { createTranslator } from '../../../../shared/i18n';
import { databaseWithWorkshop, storedVotes } from '../db/db-harness';

async function setup(people: number) {
  const { db, repos, w } = await databaseWithWorkshop('queue');
  const participants = [];
  for (let i = 0; i < people; i++) {
    participants.push(
      await repos.people.addParticipant(w.id, { displayName: `P${i}`, teamId: null, role: null }),
    );
  }
  const { t } = createTranslator('en');
  const store = createAppStore({ repos, t, initialHash: '' }).getState();
  const target = (participantId: string) => ({ workshopId: w.id, questionId: 'q1', participantId, round: 1 });
  return { db, repos, w, participants, store, target };
}

describe('session actions in one line', () => {
  it('writes votes typed faster than commits together, each still its own undo step', async () => {
    const { db, repos, participants, store, target } = await setup(12);
    const batches = vi.spyOn(repos.session, 'recordVotes');
    // Twelve keys pressed without waiting: the first write starts at once, the rest queue behind it.
    const results = await Promise.all(
      participants.map((p, i) => store.castVote(target(p.id), (i % 5) as 0 | 1 | 2 | 3 | 4)),
    );
    expect(results).toEqual(Array(12).fill(true));
    expect((await storedVotes(db)).length).toBe(12);
    expect(await db.journal.count()).toBe(12);
    expect(batches.mock.calls.length).toBeLessThan(12);
    expect(batches.mock.calls.flatMap(([inputs]) => inputs.map((v) => v.participantId))).toEqual(
      participants.map((p) => p.id),
    );
  });

  it('never lets a reveal overtake the votes asked for before it', async () => {
    const { db, w, participants, store, target } = await setup(6);
    const votes = participants.map((p) => store.castVote(target(p.id), 3));
    const revealed = store.reveal(w.id, 'q1', 1);
    expect(await Promise.all(votes)).toEqual(Array(6).fill(true));
    expect(await revealed).toBe(true);
    expect((await storedVotes(db)).length).toBe(6);
    // A vote asked for after the reveal is refused: the round is locked.
    expect(await store.castVote(target(participants[0]!.id), 0)).toBe(false);
    expect((await storedVotes(db)).every((v) => v.value === 3)).toBe(true);
  });

  it('refuses one bad vote in a batch and keeps the others', async () => {
    const { db, participants, store, target } = await setup(3);
    const [a, b, c] = participants.map((p) => p.id) as [string, string, string];
    const results = await Promise.all([
      store.castVote(target(a), 1),
      store.castVote(target('someone else'), 2),
      store.castVote(target(b), 2),
      store.castVote(target(c), 9 as never),
    ]);
    expect(results).toEqual([true, false, true, false]);
    expect((await storedVotes(db)).map((v) => v.participantId).sort()).toEqual([a, b].sort());
  });
});
