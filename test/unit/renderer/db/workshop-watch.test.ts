// The live view of a workshop: what each write costs it, and that it always matches a full read.
import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { watchWorkshop, type WorkshopView } from '../../../../renderer/db/workshop-watch';
import type { Repositories } from '../../../../renderer/db/repositories';
import type { VoteValue } from '../../../../shared/model/types';
import { groupVotesByRound } from '../../../../shared/scoring';
import { databaseWithWorkshop, putVotes } from './db-harness';

async function watched() {
  const { db, repos, w } = await databaseWithWorkshop('watch');
  const people = await repos.people.addParticipants(
    w.id,
    ['Ana', 'Bo', 'Cy'].map((displayName, i) => ({ line: i + 1, displayName, teamName: null, role: null })),
  );
  const [q1, q2, q3] = w.settings.questionIds as [string, string, string];
  const reads = {
    votesOfRound: vi.fn(repos.session.votesOfRound),
    votesOfQuestion: vi.fn(repos.session.votesOfQuestion),
    roundsOfWorkshop: vi.fn(repos.session.roundsOfWorkshop),
  };
  const counted = { ...repos, session: { ...repos.session, ...reads } } as Repositories;
  const views: WorkshopView[] = [];
  const errors: unknown[] = [];
  const start = () =>
    watchWorkshop(
      counted,
      w.id,
      (view) => views.push(view),
      (error) => errors.push(error),
    );
  const vote = (questionId: string, p: number, value: VoteValue, round = 1) =>
    repos.session.recordVote({ workshopId: w.id, questionId, participantId: people[p]!.id, round, value });
  const latest = () => views.at(-1);
  return { db, repos, w, people, q1, q2, q3, reads, views, errors, start, vote, latest };
}

/** The view's data in a comparable form: rows as read, votes sorted by question and round. */
function shape(view: Omit<WorkshopView, 'workshopId' | 'complete'>) {
  const votes = [...view.votes]
    .map(([q, byRound]) => [q, [...byRound].sort((a, b) => a[0] - b[0])] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const { workshop, participants, teams, rounds, decisions, position } = view;
  return { workshop, participants, teams, rounds, decisions, position, votes };
}

async function fullRead(repos: Repositories, workshopId: string) {
  return shape({
    workshop: (await repos.workshops.get(workshopId)) ?? null,
    participants: await repos.people.participants(workshopId),
    teams: await repos.people.teams(workshopId),
    rounds: await repos.session.roundsOfWorkshop(workshopId),
    decisions: await repos.session.decisionsOfWorkshop(workshopId),
    position: (await repos.session.session(workshopId)) ?? null,
    votes: groupVotesByRound(await repos.session.votesOfWorkshop(workshopId)),
  });
}

describe('the live view of a workshop', () => {
  it('reads the question on screen first; then a vote re-reads its round and nothing else', async () => {
    const t = await watched();
    await t.vote(t.q1, 0, 1);
    await t.repos.session.reveal(t.w.id, t.q1, 1);
    await t.vote(t.q2, 0, 2);
    await t.vote(t.q3, 1, 3);
    await t.repos.session.setPosition(t.w.id, { questionId: t.q2 });
    const watch = t.start();
    await vi.waitFor(() => expect(t.latest()?.complete).toBe(true));
    expect(t.reads.votesOfQuestion.mock.calls[0]?.[1]).toBe(t.q2);
    // Before everything was read, the question on screen was shown on its own.
    expect(t.views[0]?.votes.get(t.q2)?.get(1)).toHaveLength(1);
    const before = t.latest()!;
    vi.clearAllMocks();

    await t.vote(t.q2, 1, 4);
    await vi.waitFor(() => expect(t.latest()?.votes.get(t.q2)?.get(1)).toHaveLength(2));
    expect(t.reads.votesOfRound.mock.calls).toEqual([[t.w.id, t.q2, 1]]);
    expect(t.reads.votesOfQuestion).not.toHaveBeenCalled();
    expect(t.reads.roundsOfWorkshop).not.toHaveBeenCalled();
    // Only the round that changed is a new list: everything else is the same object as before.
    const after = t.latest()!;
    expect(after.votes.get(t.q1)).toBe(before.votes.get(t.q1));
    expect(after.votes.get(t.q3)).toBe(before.votes.get(t.q3));
    expect(after.rounds).toBe(before.rounds);
    expect(after.participants).toBe(before.participants);
    watch.close();
    expect(t.errors).toEqual([]);
  });

  it('keeps a question among those with votes only while it has one', async () => {
    const t = await watched();
    const watch = t.start();
    await vi.waitFor(() => expect(t.latest()?.complete).toBe(true));
    await t.vote(t.q3, 2, 'dontKnow');
    await vi.waitFor(() => expect([...t.latest()!.votes.keys()]).toEqual([t.q3]));
    await t.repos.session.clearVote({
      workshopId: t.w.id,
      questionId: t.q3,
      participantId: t.people[2]!.id,
      round: 1,
    });
    await vi.waitFor(() => expect([...t.latest()!.votes.keys()]).toEqual([]));
    watch.close();
  });

  it('costs nothing for writes to another workshop, and nothing once closed', async () => {
    const t = await watched();
    const other = await t.repos.workshops.create({
      title: 'Other',
      organization: '',
      date: '2026-11-25',
      facilitator: '',
    });
    const [stranger] = await t.repos.people.addParticipants(other.id, [
      { line: 1, displayName: 'Dee', teamName: null, role: null },
    ]);
    const watch = t.start();
    await vi.waitFor(() => expect(t.latest()?.complete).toBe(true));
    vi.clearAllMocks();
    const elsewhere = { workshopId: other.id, questionId: t.q1, participantId: stranger!.id, round: 1 };
    await t.repos.session.recordVote({ ...elsewhere, value: 2 });
    await t.repos.session.reveal(other.id, t.q1, 1);
    // A write here afterwards is shown, and it is the only read.
    await t.vote(t.q1, 0, 3);
    await vi.waitFor(() => expect(t.latest()?.votes.get(t.q1)?.get(1)).toHaveLength(1));
    expect(t.reads.votesOfRound).toHaveBeenCalledTimes(1);
    expect(t.reads.roundsOfWorkshop).toHaveBeenCalledTimes(1); // the round the vote created
    expect(t.reads.votesOfQuestion).not.toHaveBeenCalled();

    watch.close();
    vi.clearAllMocks();
    const count = t.views.length;
    await t.vote(t.q1, 1, 3);
    await t.vote(t.q2, 1, 3);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.views).toHaveLength(count);
    expect(t.reads.votesOfRound).not.toHaveBeenCalled();
  });

  it('reads again what a write over a range of keys changed, as a restore or an import writes', async () => {
    const t = await watched();
    const { db } = t;
    await t.vote(t.q1, 0, 1);
    await t.vote(t.q2, 0, 2);
    await t.repos.session.reveal(t.w.id, t.q2, 1);
    await t.repos.session.startRound(t.w.id, t.q2);
    await t.vote(t.q2, 1, 3, 2);
    const watch = t.start();
    await vi.waitFor(() => expect(t.latest()?.complete).toBe(true));
    // Every round of one question, deleted as one range of the primary key.
    const [min, max] = [Dexie.minKey, () => structuredClone(Dexie.maxKey)];
    await db.roundVotes.where(':id').between([t.w.id, t.q2, min], [t.w.id, t.q2, max()]).delete();
    await vi.waitFor(async () => expect(shape(t.latest()!)).toEqual(await fullRead(t.repos, t.w.id)));
    expect(t.latest()!.votes.has(t.q2)).toBe(false);
    // Many rows in one call: Dexie then says only that the table changed.
    const many = Array.from({ length: 60 }, (_, i) => ({
      workshopId: t.w.id,
      questionId: t.q3,
      participantId: t.people[i % 3]!.id,
      round: 1 + Math.floor(i / 3),
      value: 2 as const,
      at: i,
    }));
    await putVotes(db, many);
    await vi.waitFor(async () => expect(shape(t.latest()!)).toEqual(await fullRead(t.repos, t.w.id)));
    watch.close();
  });

  it('always matches a full read of the workshop, whatever the writes', async () => {
    const t = await watched();
    const watch = t.start();
    let seed = 7;
    // A linear congruential generator, read from its high bits (its low bits repeat too soon).
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const questions = [t.q1, t.q2, t.q3];
    const ops: (() => Promise<unknown>)[] = [
      () => t.vote(questions[random(3)]!, random(3), random(5) as VoteValue, 1 + random(2)),
      () => t.vote(questions[random(3)]!, random(3), 'notApplicable'),
      () =>
        t.repos.session.clearVote({
          workshopId: t.w.id,
          questionId: questions[random(3)]!,
          participantId: t.people[random(3)]!.id,
          round: 1 + random(2),
        }),
      () => t.repos.session.reveal(t.w.id, questions[random(3)]!, 1 + random(2)),
      () => t.repos.session.startRound(t.w.id, questions[random(3)]!),
      () => t.repos.session.undo(t.w.id),
      () =>
        t.repos.session.saveDecision({
          workshopId: t.w.id,
          questionId: questions[random(3)]!,
          agreedValue: 2,
          rationale: 'agreed',
          notes: '',
        }),
      () => t.repos.session.setPosition(t.w.id, { questionId: questions[random(3)]! }),
      () => t.repos.people.updateParticipant(t.people[random(3)]!.id, { role: 'legal' }),
      () => t.repos.people.addTeam(t.w.id, `Team ${random(1000)}`),
      () => t.repos.workshops.patchSettings(t.w.id, { anonymity: random(2) ? 'aliases' : 'names' }),
    ];
    for (let i = 0; i < 60; i++) {
      // Refused writes (a vote in a revealed round, a round before the reveal) are part of the mix.
      await ops[random(ops.length)]!().catch(() => undefined);
      const expected = await fullRead(t.repos, t.w.id);
      await vi.waitFor(() => expect(shape(t.latest()!)).toEqual(expected));
    }
    await t.repos.people.removeParticipant(t.people[0]!.id);
    const expected = await fullRead(t.repos, t.w.id);
    await vi.waitFor(() => expect(shape(t.latest()!)).toEqual(expected));
    watch.close();
    expect(t.errors).toEqual([]);
  });
});
