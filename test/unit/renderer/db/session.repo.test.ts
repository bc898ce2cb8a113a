import { describe, expect, it } from 'vitest';
import { JOURNAL_LIMIT, TRIM_EVERY } from '../../../../renderer/db/session.repo';
import { sessionWithTwo, storedVotes } from './db-harness';
import { StorageError } from '../../../../renderer/db/errors';

const setup = () => sessionWithTwo('session');

describe('session repository', () => {
  it('records one vote per person, question and round; re-typing replaces it', async () => {
    const { db, repos, ana, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 2 });
    await repos.session.recordVote({ ...at(ana.id), value: 4 });
    const votes = await storedVotes(db);
    expect(votes).toHaveLength(1);
    expect(votes[0]).toMatchObject({ participantId: ana.id, value: 4, round: 1 });
    expect(await db.rounds.count()).toBe(1);
  });

  it('refuses a vote that is not on the scale, or from someone outside the workshop, and writes nothing', async () => {
    const { db, repos, ana, at } = await setup();
    await expect(repos.session.recordVote({ ...at(ana.id), value: 5 as never })).rejects.toThrow(/0–4/);
    await expect(repos.session.recordVote({ ...at('stranger'), value: 1 })).rejects.toThrow(
      /not in the workshop/,
    );
    expect((await storedVotes(db)).length).toBe(0);
    expect(await db.journal.count()).toBe(0);
  });

  it('keeps earlier rounds when a new round starts, and only after a reveal', async () => {
    const { db, repos, w, ana, bo, q, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await expect(repos.session.startRound(w.id, q)).rejects.toThrow(/Reveal/);
    await repos.session.reveal(w.id, q, 1);
    expect(await repos.session.startRound(w.id, q)).toBe(2);
    await repos.session.recordVote({ ...at(bo.id, 2), value: 3 });
    const rounds = await repos.session.roundsOfQuestion(w.id, q);
    expect(rounds.map((r) => [r.round, r.revealedAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect((await storedVotes(db)).map((v) => [v.round, v.value]).sort()).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it('refuses to change or clear a vote once its round is revealed, and writes nothing', async () => {
    const { db, repos, w, ana, bo, q, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.reveal(w.id, q, 1);
    const journalBefore = await db.journal.count();
    await expect(repos.session.recordVote({ ...at(ana.id), value: 4 })).rejects.toThrow(
      /Round 1 is revealed.*Start round 2/,
    );
    await expect(repos.session.recordVote({ ...at(bo.id), value: 2 })).rejects.toThrow(/revealed/);
    await expect(repos.session.clearVote(at(ana.id))).rejects.toThrow(/revealed/);
    expect((await storedVotes(db)).map((v) => [v.participantId, v.value])).toEqual([[ana.id, 1]]);
    expect(await db.journal.count()).toBe(journalBefore);
    // Undoing the reveal opens the round for a correction again.
    await repos.session.undo(w.id);
    await repos.session.recordVote({ ...at(ana.id), value: 4 });
    expect((await storedVotes(db))[0]?.value).toBe(4);
  });

  it('undoes actions one by one, in reverse order, restoring exactly the earlier rows', async () => {
    const { db, repos, w, ana, q, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.recordVote({ ...at(ana.id), value: 3 });
    await repos.session.reveal(w.id, q, 1);

    expect((await repos.session.undo(w.id))?.entry.action).toBe('reveal');
    expect((await db.rounds.get([w.id, q, 1]))?.revealedAt).toBeNull();

    const undoneVote = await repos.session.undo(w.id);
    expect(undoneVote?.entry).toMatchObject({ action: 'vote', value: 3, participantId: ana.id });
    expect((await storedVotes(db))[0]?.value).toBe(1);

    await repos.session.undo(w.id);
    expect((await storedVotes(db)).length).toBe(0);
    // The round that the first vote opened is gone too: the state is as before anything happened.
    expect(await db.rounds.count()).toBe(0);
    expect(await repos.session.undo(w.id)).toBeNull();
  });

  it('writes a batch as the same votes one by one: each sees the ones before it and is its own undo step', async () => {
    const { db, repos, w, ana, bo, at } = await setup();
    const results = await repos.session.recordVotes([
      { ...at(ana.id), value: 1 },
      { ...at(ana.id), value: 3 },
      { ...at('stranger'), value: 2 },
      { ...at(bo.id), value: 2 },
    ]);
    expect(results.map((r) => (r instanceof StorageError ? r.key : r.value))).toEqual([
      1,
      3,
      'error.vote.stranger',
      2,
    ]);
    expect((await storedVotes(db)).map((v) => [v.participantId, v.value])).toEqual(
      [
        [ana.id, 3],
        [bo.id, 2],
      ].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)),
    );
    expect(await db.rounds.count()).toBe(1);
    // The first vote opened the round and says so; the second replaced the first.
    const journal = await db.journal.toArray();
    expect(
      journal.map((e) =>
        e.changes.map((c) => [c.table, (c.before as { value?: number } | null)?.value ?? null]),
      ),
    ).toEqual([
      [
        ['votes', null],
        ['rounds', null],
      ],
      [['votes', 1]],
      [['votes', null]],
    ]);
    expect((await repos.session.undo(w.id))?.entry.participantId).toBe(bo.id);
    await repos.session.undo(w.id);
    expect((await storedVotes(db)).map((v) => v.value)).toEqual([1]);
    await repos.session.undo(w.id);
    expect((await storedVotes(db)).length).toBe(0);
    expect(await db.rounds.count()).toBe(0);
  });

  it('requires a rationale with an agreed value, and keeps every earlier version with its time', async () => {
    const { repos, w, q } = await setup();
    await expect(
      repos.session.saveDecision({
        workshopId: w.id,
        questionId: q,
        agreedValue: 2,
        rationale: ' ',
        notes: '',
      }),
    ).rejects.toThrow(/rationale/);
    const first = await repos.session.saveDecision({
      workshopId: w.id,
      questionId: q,
      agreedValue: 2,
      rationale: 'Legal has a process; engineering does not use it yet.',
      notes: '',
    });
    const second = await repos.session.saveDecision({
      workshopId: w.id,
      questionId: q,
      agreedValue: 3,
      rationale: 'After discussion: process used in most teams.',
      notes: 'Check again in Q2.',
    });
    expect(second.history).toEqual([
      { agreedValue: 2, rationale: first.rationale, notes: '', at: first.updatedAt },
    ]);
    expect(second.createdAt).toBe(first.createdAt);
    await repos.session.undo(w.id);
    expect((await repos.session.decisionsOfWorkshop(w.id))[0]).toMatchObject({ agreedValue: 2 });
  });

  it('keeps the undo journal bounded, dropping the oldest steps of that workshop only', async () => {
    const { db, repos, w, ana, at } = await setup();
    // Another workshop's steps are older than all of this one's: trimming this one must not take them.
    const other = await repos.workshops.create({
      title: 'Other',
      organization: '',
      date: '2026-11-26',
      facilitator: '',
    });
    const cy = await repos.people.addParticipant(other.id, { displayName: 'Cy', teamId: null, role: null });
    const otherTarget = { workshopId: other.id, questionId: other.settings.questionIds[0]!, round: 1 };
    for (const value of [1, 2, 3] as const)
      await repos.session.recordVote({ ...otherTarget, participantId: cy.id, value });
    const before = (await db.journal.toArray()).length;
    const total = JOURNAL_LIMIT + 2 * TRIM_EVERY;
    for (let i = 0; i < total; i++) await repos.session.recordVote({ ...at(ana.id), value: (i % 5) as 0 });
    const kept = (await db.journal.where('workshopId').equals(w.id).toArray()).map((e) => e.seq);
    expect(kept.length).toBeLessThanOrEqual(JOURNAL_LIMIT + TRIM_EVERY);
    expect(kept.length).toBeGreaterThanOrEqual(JOURNAL_LIMIT);
    // Steps are numbered in the order they were written: the kept ones are the last ones.
    const last = before + total;
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => last - kept.length + 1 + i));
    // Undo still takes back the newest step first.
    expect((await repos.session.undo(w.id))?.entry.seq).toBe(last);
    expect(await db.journal.where('workshopId').equals(other.id).count()).toBe(3);
  });

  it('remembers the session position and capture mode', async () => {
    const { repos, w } = await setup();
    await repos.session.setPosition(w.id, { questionId: 'q7' });
    await repos.session.setPosition(w.id, { captureMode: 'pass', skipped: ['q3'] });
    expect(await repos.session.session(w.id)).toMatchObject({
      questionId: 'q7',
      captureMode: 'pass',
      skipped: ['q3'],
    });
  });

  it('deleting a participant removes their votes; deleting the workshop removes everything', async () => {
    const { db, repos, w, ana, bo, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.recordVote({ ...at(bo.id), value: 2 });
    await repos.people.removeParticipant(ana.id);
    expect((await storedVotes(db)).map((v) => v.participantId)).toEqual([bo.id]);
    await repos.workshops.remove(w.id);
    for (const table of db.tables) expect(await table.count()).toBe(0);
  });

  it('counts and removes a participant’s votes in every question and round, and no one else’s', async () => {
    const { db, repos, w, ana, bo, q, at } = await setup();
    const other = w.settings.questionIds[1]!;
    await repos.session.recordVotes([
      { ...at(ana.id), value: 1 },
      { ...at(bo.id), value: 2 },
      { ...at(ana.id), questionId: other, value: 3 },
    ]);
    await repos.session.reveal(w.id, q, 1);
    await repos.session.startRound(w.id, q);
    await repos.session.recordVotes([
      { ...at(ana.id, 2), value: 2 },
      { ...at(bo.id, 2), value: 2 },
    ]);
    expect(await repos.people.voteCounts(w.id, ana.id)).toEqual({ total: 3, revealed: 1 });
    expect(await repos.people.voteCounts(w.id, bo.id)).toEqual({ total: 2, revealed: 1 });

    // A vote the room has seen is removed only when the facilitator confirms it.
    await expect(repos.people.removeParticipant(ana.id)).rejects.toThrow(StorageError);
    expect((await storedVotes(db)).length).toBe(5);
    await repos.people.removeParticipant(ana.id, { revealedVotes: 'remove' });
    const left = await storedVotes(db);
    expect(left.map((v) => [v.participantId, v.questionId, v.round])).toEqual([
      [bo.id, q, 1],
      [bo.id, q, 2],
    ]);
  });
});
