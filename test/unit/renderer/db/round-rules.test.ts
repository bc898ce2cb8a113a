// One enforcer of the round rules (the repository), and undo that never brings back what was removed.
import { describe, expect, it } from 'vitest';
import { StorageError } from '../../../../renderer/db/errors';
import { sessionWithTwo, storedVotes } from './db-harness';

const setup = () => sessionWithTwo('rounds');

const keyOf = (error: unknown) => (error instanceof StorageError ? error.key : String(error));

describe('the round rules, enforced by the repository', () => {
  it('refuses a vote for a round that is not the latest, as a screen out of date would send', async () => {
    const { db, repos, w, ana, bo, q, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.reveal(w.id, q, 1);
    await repos.session.startRound(w.id, q);
    // Undo twice: round 2 is gone and round 1 is hidden again, but the screen still shows round 2.
    await repos.session.undo(w.id);
    await repos.session.undo(w.id);
    const refused = await repos.session.recordVote({ ...at(bo.id, 2), value: 3 }).catch(keyOf);
    expect(refused).toBe('error.vote.notCurrentRound');
    expect((await db.rounds.toArray()).map((r) => [r.round, r.revealedAt])).toEqual([[1, null]]);
    expect((await storedVotes(db)).map((v) => v.round)).toEqual([1]);
    // A first vote may open round 1 only: round 3 out of nowhere is refused too.
    const other = w.settings.questionIds[1]!;
    const skipped = await repos.session
      .recordVote({ workshopId: w.id, questionId: other, participantId: ana.id, round: 3, value: 2 })
      .catch(keyOf);
    expect(skipped).toBe('error.vote.notCurrentRound');
    expect(await db.rounds.count()).toBe(1);
  });

  it('refuses to clear a vote in an earlier round, and a new round before the reveal', async () => {
    const { db, repos, w, ana, q, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    expect(await repos.session.startRound(w.id, q).catch(keyOf)).toBe('error.round.revealFirst');
    await repos.session.reveal(w.id, q, 1);
    expect(await repos.session.startRound(w.id, q)).toBe(2);
    expect(await repos.session.clearVote(at(ana.id)).catch(keyOf)).toBe('error.vote.notCurrentRound');
    expect((await storedVotes(db)).length).toBe(1);
  });
});

describe('undo after people leave', () => {
  it('never writes back the vote of a participant removed since (their steps leave the undo list)', async () => {
    const { db, repos, w, ana, bo, at } = await setup();
    await repos.session.recordVote({ ...at(bo.id), value: 2 });
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.recordVote({ ...at(ana.id), value: 4 });
    await repos.people.removeParticipant(ana.id);
    expect((await storedVotes(db)).length).toBe(1);
    // Undo takes back Bo's vote: Ana's two steps went with her.
    const undone = await repos.session.undo(w.id);
    expect(undone).toMatchObject({ entry: { participantId: bo.id }, refused: null });
    expect((await storedVotes(db)).length).toBe(0);
    expect(await repos.session.undo(w.id)).toBeNull();
  });

  it('drops a step that would write for someone gone, says why, and writes nothing', async () => {
    const { db, repos, w, ana, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.recordVote({ ...at(ana.id), value: 4 });
    // As if the participant had gone by a path that kept the undo list (an older version, an import).
    await db.participants.delete(ana.id);
    await db.roundVotes.clear();
    const outcome = await repos.session.undo(w.id);
    expect(outcome?.refused?.key).toBe('error.undo.gone');
    expect((await storedVotes(db)).length).toBe(0);
    expect(await db.journal.count()).toBe(1);
  });

  it('drops a step about a question no longer in the question set', async () => {
    const { db, repos, w, ana, q, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.recordVote({ ...at(ana.id), value: 3 });
    await repos.workshops.patchSettings(w.id, {
      questionIds: w.settings.questionIds.filter((id) => id !== q),
    });
    expect((await repos.session.undo(w.id))?.refused?.key).toBe('error.undo.gone');
    expect((await storedVotes(db)).map((v) => v.value)).toEqual([3]);
  });

  it('removes someone with votes in revealed rounds only when the confirmation said so', async () => {
    const { db, repos, w, ana, bo, q, at } = await setup();
    await repos.session.recordVote({ ...at(ana.id), value: 1 });
    await repos.session.recordVote({ ...at(bo.id), value: 2 });
    await repos.session.reveal(w.id, q, 1);
    await repos.session.startRound(w.id, q);
    await repos.session.recordVote({ ...at(ana.id, 2), value: 3 });
    expect(await repos.people.voteCounts(w.id, ana.id)).toEqual({ total: 2, revealed: 1 });
    expect(await repos.people.removeParticipant(ana.id).catch(keyOf)).toBe('error.participant.revealedVotes');
    expect(await db.participants.count()).toBe(2);
    expect((await storedVotes(db)).length).toBe(3);
    await repos.people.removeParticipant(ana.id, { revealedVotes: 'remove' });
    expect((await storedVotes(db)).map((v) => v.participantId)).toEqual([bo.id]);
  });
});
