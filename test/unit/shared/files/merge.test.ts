// Merging a workshop captured on two laptops: pure, matched by ids, reported, never deciding silently,
// and idempotent.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyResolutions,
  mergeWorkshops,
  readWorkshopFile,
  serializeWorkshop,
  type ConflictChoice,
  type MergePlan,
  type WorkshopData,
} from '../../../../shared/files';
import type { Vote } from '../../../../shared/model/types';
import { META, bytes, normalized, randomWorkshop, smallWorkshop } from './workshops';

function plan(mine: WorkshopData, theirs: WorkshopData): MergePlan {
  const result = mergeWorkshops(mine, theirs);
  if (!result.ok) throw new Error(result.reason);
  return result.plan;
}

/** Merges and settles every conflict the same way; returns the result. */
function merged(mine: WorkshopData, theirs: WorkshopData, choice: ConflictChoice = 'mine'): WorkshopData {
  const p = plan(mine, theirs);
  return applyResolutions(p, new Map(p.conflicts.map((c) => [c.key, choice])), 2_000_000_000_000);
}

const base = smallWorkshop();
const [q1, q2] = base.workshop.settings.questionIds as [string, string];

function withVotes(data: WorkshopData, votes: Vote[]): WorkshopData {
  return { ...data, votes };
}

describe('mergeWorkshops', () => {
  it('adds what only the other laptop has: a second room with its own participants and votes', () => {
    const theirs: WorkshopData = {
      ...base,
      teams: [...base.teams, { workshopId: 'w-1', id: 't-hr', name: 'HR', color: '#009E73', order: 0 }],
      participants: [
        ...base.participants,
        // Another person whose alias is taken here: they get a free one.
        {
          workshopId: 'w-1',
          id: 'p-9',
          displayName: 'Noor',
          alias: 'P12',
          teamId: 't-hr',
          role: null,
          order: 0,
        },
      ],
      // Round 1 of q2 is revealed on both laptops, so Noor's revealed vote joins it.
      votes: [
        ...base.votes,
        { workshopId: 'w-1', questionId: q2, participantId: 'p-9', round: 1, value: 3, at: 5 },
      ],
    };
    const p = plan(base, theirs);
    expect(p.conflicts).toEqual([]);
    expect(p.report.teams).toEqual({ added: 1, identical: 2, updated: 0, conflicting: 0 });
    expect(p.report.participants).toEqual({ added: 1, identical: 4, updated: 0, conflicting: 0 });
    expect(p.report.votes).toEqual({ added: 1, identical: 6, updated: 0, conflicting: 0 });
    const noor = p.merged.participants.find((x) => x.id === 'p-9')!;
    expect(noor.alias).not.toBe('P12');
    expect(noor.order).toBe(4);
    expect(p.merged.teams.find((x) => x.id === 't-hr')?.order).toBe(2);
    expect(p.changes).toBe(true);
  });

  it('changes nothing when the other file holds the same workshop', () => {
    const p = plan(base, structuredClone(base));
    expect(p.conflicts).toEqual([]);
    expect(p.changes).toBe(false);
    expect(p.report.votes).toEqual({ added: 0, identical: 6, updated: 0, conflicting: 0 });
    expect(normalized(applyResolutions(p, new Map(), 9))).toEqual(normalized(base));
  });

  it('lists a vote with a different value as a conflict, and keeps the side chosen', () => {
    const theirs = withVotes(
      base,
      base.votes.map((v) => (v.participantId === 'p-1' && v.round === 2 ? { ...v, value: 0, at: 99 } : v)),
    );
    const p = plan(base, theirs);
    expect(p.conflicts).toEqual([
      {
        kind: 'vote',
        key: `vote:${q1}:2:p-1`,
        mine: expect.objectContaining({ value: 3 }),
        theirs: expect.objectContaining({ value: 0 }),
      },
    ]);
    expect(p.report.votes.conflicting).toBe(1);
    const keepTheirs = merged(base, theirs, 'theirs');
    expect(keepTheirs.votes.find((v) => v.participantId === 'p-1' && v.round === 2)?.value).toBe(0);
    const keepMine = merged(base, theirs, 'mine');
    expect(keepMine.votes.find((v) => v.participantId === 'p-1' && v.round === 2)?.value).toBe(3);
    expect(() => applyResolutions(p, new Map(), 1)).toThrow(/no choice/);
  });

  it('lists decisions edited differently, and takes a later edit of the same decision without asking', () => {
    const mineDecision = base.decisions[0]!;
    const later = {
      ...mineDecision,
      agreedValue: 3 as const,
      rationale: 'Revised after the break.',
      updatedAt: mineDecision.updatedAt + 1000,
      history: [
        ...mineDecision.history,
        {
          agreedValue: mineDecision.agreedValue,
          rationale: mineDecision.rationale,
          notes: mineDecision.notes,
          at: mineDecision.updatedAt,
        },
      ],
    };
    const fastForward = plan(base, { ...base, decisions: [later] });
    expect(fastForward.conflicts).toEqual([]);
    expect(fastForward.report.decisions.updated).toBe(1);
    expect(fastForward.merged.decisions[0]?.rationale).toBe('Revised after the break.');

    const diverged = { ...mineDecision, notes: 'Edited elsewhere.', updatedAt: mineDecision.updatedAt + 5 };
    const p = plan(base, { ...base, decisions: [diverged] });
    expect(p.conflicts.map((c) => c.kind)).toEqual(['decision']);
    const kept = merged(base, { ...base, decisions: [diverged] }, 'mine').decisions[0]!;
    expect(kept.notes).toBe(mineDecision.notes);
    // The version not kept is not lost: it joins the history.
    expect(kept.history.map((h) => h.notes)).toContain('Edited elsewhere.');
  });

  it('never adds an unrevealed vote to a round the room has seen, unless the facilitator says so', () => {
    // Here round 1 of q2 is revealed; the other laptop has it hidden, with a vote from p-2 in it.
    const theirs: WorkshopData = {
      ...base,
      rounds: base.rounds.map((r) => (r.questionId === q2 ? { ...r, revealedAt: null } : r)),
      votes: [
        ...base.votes,
        { workshopId: 'w-1', questionId: q2, participantId: 'p-2', round: 1, value: 4, at: 7 },
      ],
    };
    const p = plan(base, theirs);
    expect(p.conflicts).toEqual([
      {
        kind: 'unrevealedVote',
        key: `vote:${q2}:1:p-2`,
        mine: null,
        theirs: expect.objectContaining({ value: 4 }),
      },
    ]);
    expect(
      merged(base, theirs, 'mine').votes.some((v) => v.participantId === 'p-2' && v.questionId === q2),
    ).toBe(false);
    expect(
      merged(base, theirs, 'theirs').votes.some((v) => v.participantId === 'p-2' && v.questionId === q2),
    ).toBe(true);
    // Seen from the other laptop: the round gets revealed by the merge, and its own hidden vote is asked about.
    const back = plan(theirs, base);
    expect(back.conflicts).toEqual([
      {
        kind: 'unrevealedVote',
        key: `vote:${q2}:1:p-2`,
        mine: expect.objectContaining({ value: 4 }),
        theirs: null,
      },
    ]);
    expect(back.merged.rounds.find((r) => r.questionId === q2)?.revealedAt).not.toBeNull();
  });

  it('lists a participant whose team or name changed on the other laptop', () => {
    const theirs = {
      ...base,
      participants: base.participants.map((x) => (x.id === 'p-3' ? { ...x, teamId: 't-legal' } : x)),
    };
    const p = plan(base, theirs);
    expect(p.conflicts.map((c) => [c.kind, c.key])).toEqual([['participant', 'participant:p-3']]);
    expect(merged(base, theirs, 'theirs').participants.find((x) => x.id === 'p-3')?.teamId).toBe('t-legal');
  });

  it('refuses to merge another workshop, or the same one on another framework', () => {
    expect(mergeWorkshops(base, smallWorkshop('w-2'))).toEqual({ ok: false, reason: 'differentWorkshop' });
    const other = { ...base, framework: { ...base.framework, version: '9.9.9' } };
    expect(mergeWorkshops(base, other)).toEqual({ ok: false, reason: 'differentFramework' });
  });

  it('gives a valid workshop that changes nothing when the same file is merged again', async () => {
    await fc.assert(
      fc.asyncProperty(randomWorkshop, randomWorkshop, fc.boolean(), async (a, b, keepTheirs) => {
        // Two laptops' copies of one workshop: same id and framework, contents drawn independently.
        const theirs: WorkshopData = {
          ...b,
          workshop: { ...a.workshop },
          framework: a.framework,
          ...rebased(b, a),
        };
        const t0 = await readWorkshopFile(bytes(await serializeWorkshop(theirs, META)));
        expect(t0.ok ? 'valid' : JSON.stringify(t0.failure).slice(0, 600)).toBe('valid');
        const once = merged(a, theirs, keepTheirs ? 'theirs' : 'mine');
        // The result passes every check a file gets: ids, references, the rounds' rules.
        const read = await readWorkshopFile(bytes(await serializeWorkshop(once, META)));
        expect(read.ok ? 'valid' : JSON.stringify(read.failure).slice(0, 600)).toBe('valid');
        const again = plan(once, theirs);
        expect(again.conflicts).toEqual([]);
        expect(again.changes).toBe(false);
        expect(normalized(applyResolutions(again, new Map(), 3_000_000_000_000))).toEqual(normalized(once));
      }),
      { numRuns: 150 },
    );
  });
});

/** `b`'s rows moved onto `a`'s workshop; `b`'s n-th question becomes `a`'s n-th (rows beyond are dropped). */
function rebased(b: WorkshopData, a: WorkshopData) {
  const id = a.workshop.id;
  const mine = a.workshop.settings.questionIds;
  const position = new Map(b.workshop.settings.questionIds.map((x, i) => [x, i]));
  const q = (x: string) => mine[position.get(x) ?? Infinity];
  const moved = <T extends { questionId: string; workshopId: string }>(rows: T[]) =>
    rows.flatMap((r) => {
      const questionId = q(r.questionId);
      return questionId === undefined ? [] : [{ ...r, workshopId: id, questionId }];
    });
  return {
    teams: b.teams.map((t) => ({ ...t, workshopId: id })),
    participants: b.participants.map((p) => ({ ...p, workshopId: id })),
    rounds: moved(b.rounds),
    votes: moved(b.votes),
    decisions: moved(b.decisions),
  };
}
