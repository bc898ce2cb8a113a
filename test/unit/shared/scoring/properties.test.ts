// Property-based checks of the scoring engine (fast-check) on random workshops over the tiny framework.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreWorkshop } from '../../../../shared/scoring';
import type { ArchetypeMix, GridPoint, ProfileResult, WorkshopResult } from '../../../../shared/scoring';
import type { Vote, VoteValue } from '../../../../shared/model/types';
import { workshop } from './arbitraries';
import { TINY, TINY_IDS } from './fixtures';

function profiles(r: WorkshopResult): ProfileResult[] {
  return [r.group, ...r.teams.map((t) => t.profile), ...r.participants.map((p) => p.profile)];
}

const inBand = (g: GridPoint) =>
  g.y >= g.stageReached / 5 - 1e-12 && g.y < (g.stageReached + 1) / 5 && g.execution >= 0 && g.execution < 5;
const sumsToOne = (m: ArchetypeMix | null) =>
  m === null || Math.abs(m.shares.reduce((s, x) => s + x.share, 0) - 1) < 1e-9;

describe('scoreWorkshop properties', () => {
  it('does not depend on the order of participants, teams, votes or decisions', () => {
    fc.assert(
      fc.property(workshop, fc.func(fc.integer()), (w, key) => {
        const shuffle = <T>(xs: readonly T[]) =>
          xs
            .map((x, i) => ({ x, k: key(i) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const shuffled = {
          ...w,
          participants: shuffle(w.participants),
          teams: shuffle(w.teams),
          votes: shuffle(w.votes),
          decisions: shuffle(w.decisions),
        };
        expect(scoreWorkshop(shuffled)).toEqual(scoreWorkshop(w));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps Cns in [0, 1], A in [−1, 1] and α ≤ 1', () => {
    fc.assert(
      fc.property(workshop, (w) => {
        const r = scoreWorkshop(w);
        for (const q of r.questions) {
          if (q.statistics === null) continue;
          expect(q.statistics.cns).toBeGreaterThanOrEqual(-1e-12);
          expect(q.statistics.cns).toBeLessThanOrEqual(1 + 1e-12);
          expect(Math.abs(q.statistics.agreementA)).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (r.alpha.value !== null) expect(r.alpha.value).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('places every grid point in the band of its stage reached, and every mix sums to 1', () => {
    fc.assert(
      fc.property(workshop, (w) => {
        for (const profile of profiles(scoreWorkshop(w))) {
          expect(inBand(profile.gridPoint)).toBe(true);
          expect(profile.gridPoint.stageReached).toBe(profile.stageReached);
          expect(sumsToOne(profile.archetypeMix)).toBe(true);
        }
      }),
    );
  });

  it('never lowers the stage reached or y when a stage-practice vote is raised', () => {
    fc.assert(
      fc.property(workshop, fc.nat(), fc.integer({ min: 1, max: 4 }), (w, pick, step) => {
        const raisable = w.votes
          .map((v, i) => ({ v, i }))
          .filter(({ v }) => typeof v.value === 'number' && v.value < 4)
          .filter(
            ({ v }) => TINY.questions.find((q) => q.id === v.questionId)?.informs.kind === 'stagePractice',
          );
        fc.pre(raisable.length > 0);
        const { v, i } = raisable[pick % raisable.length]!;
        const raised = w.votes.slice();
        raised[i] = { ...v, value: Math.min(4, (v.value as number) + step) as VoteValue };
        const before = scoreWorkshop(w);
        const after = scoreWorkshop({ ...w, votes: raised });
        const pairs: [ProfileResult, ProfileResult][] = profiles(before).map((p, k) => [
          p,
          profiles(after)[k]!,
        ]);
        for (const [b, a] of pairs) {
          expect(a.stageReached).toBeGreaterThanOrEqual(b.stageReached);
          expect(a.gridPoint.y).toBeGreaterThanOrEqual(b.gridPoint.y - 1e-12);
        }
      }),
    );
  });

  it('never counts "don\'t know" or "not applicable" as votes', () => {
    fc.assert(
      fc.property(
        workshop,
        fc.array(fc.constantFrom<VoteValue>('dontKnow', 'notApplicable'), { minLength: 1 }),
        (w, extra) => {
          // Add non-votes for (question, participant) pairs that have no answer in round 1, at a later time.
          const answered = new Set(
            w.votes.filter((v) => v.round === 1).map((v) => `${v.questionId}|${v.participantId}`),
          );
          const free = TINY_IDS.flatMap((qid) =>
            w.participants
              .map((p) => ({ qid, pid: p.id }))
              .filter(({ qid: q, pid }) => !answered.has(`${q}|${pid}`)),
          );
          const added: Vote[] = extra.slice(0, free.length).map((value, k) => ({
            workshopId: 'w',
            questionId: free[k]!.qid,
            participantId: free[k]!.pid,
            round: 1,
            value,
            at: 100,
          }));
          const before = scoreWorkshop(w);
          const after = scoreWorkshop({ ...w, votes: [...w.votes, ...added] });
          expect(after.group).toEqual(before.group);
          expect(after.alpha).toEqual(before.alpha);
          after.questions.forEach((q, k) => {
            const b = before.questions[k]!;
            if (b.round === 1 || b.round === null) {
              expect(q.votes).toEqual(b.votes);
              expect(q.statistics).toEqual(b.statistics);
            }
          });
        },
      ),
    );
  });
});
