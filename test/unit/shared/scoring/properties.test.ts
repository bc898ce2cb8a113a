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

  it('places every grid point in the band of its stage reached, whatever the threshold; mixes sum to 1', () => {
    // Thresholds that quarters hit exactly (0.5, 0.625, 0.75) and ones just above them, where the next
    // stage's attainment over the threshold comes closest to 1.
    const threshold = fc.oneof(
      fc.constantFrom(0.5, 0.6, 0.625, 0.63, 0.75, 0.76, 1),
      fc.double({ min: 0.05, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(workshop, threshold, (w, stageThreshold) => {
        const settings = { ...w.settings, thresholds: { ...w.settings.thresholds, stageThreshold } };
        for (const profile of profiles(scoreWorkshop({ ...w, settings }))) {
          expect(inBand(profile.gridPoint!)).toBe(true);
          expect(profile.gridPoint!.stageReached).toBe(profile.stageReached);
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
          expect(a.stageReached).toBeGreaterThanOrEqual(b.stageReached!);
          expect(a.gridPoint!.y).toBeGreaterThanOrEqual(b.gridPoint!.y - 1e-12);
        }
      }),
    );
  });

  it('never counts "don\'t know" or "not applicable" as votes, for the group, teams or participants', () => {
    const nonVote = fc.constantFrom<VoteValue>('dontKnow', 'notApplicable');
    fc.assert(
      fc.property(
        workshop,
        fc.array(nonVote, { minLength: 1 }),
        fc.array(fc.record({ q: fc.nat(TINY_IDS.length - 1), p: fc.nat(5), value: nonVote }), {
          maxLength: 6,
        }),
        (w, extra, later) => {
          // Non-votes for (question, participant) pairs with no answer in round 1, at a later time…
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
          // …and in a round after every vote, where they must not make that round the one used.
          for (const { q, p, value } of later) {
            const person = w.participants[p % w.participants.length]!;
            added.push({
              workshopId: 'w',
              questionId: TINY_IDS[q]!,
              participantId: person.id,
              round: 3,
              value,
              at: 100,
            });
          }
          const before = scoreWorkshop(w);
          const after = scoreWorkshop({ ...w, votes: [...w.votes, ...added] });
          expect(after.group).toEqual(before.group);
          expect(after.teams).toEqual(before.teams);
          expect(after.participants).toEqual(before.participants);
          expect(after.teamComparison).toEqual(before.teamComparison);
          expect(after.alpha).toEqual(before.alpha);
          expect([after.strengths, after.gaps]).toEqual([before.strengths, before.gaps]);
          after.questions.forEach((q, k) => {
            const b = before.questions[k]!;
            expect(q.roundsWithVotes).toEqual(b.roundsWithVotes);
            expect(q.votes).toEqual(b.votes);
            expect(q.statistics).toEqual(b.statistics);
            // Stability counts a move to or from "don't know" as a changed answer (vote-statistics.ts), so
            // only the rounds and medians it compares must stay.
            const medians = (st: typeof q.stability) =>
              st && [st.round, st.previousRound, st.previousMedian, st.medianUnchanged];
            expect(medians(q.stability)).toEqual(medians(b.stability));
            expect(q.scoringValue).toBe(b.scoringValue);
            if (b.roundsWithVotes.length > 0) expect(q.round).toBe(b.round);
          });
        },
      ),
    );
  });

  it('lists participants and teams by their order, then by id when the orders are equal', () => {
    fc.assert(
      fc.property(workshop, (w) => {
        const r = scoreWorkshop(w);
        const key = (order: number, id: string) => `${order}|${id}`;
        const orderOf = new Map(w.participants.map((p) => [p.id, p.order]));
        const people = r.participants.map((p) => key(orderOf.get(p.participantId)!, p.participantId));
        expect(people).toEqual([...people].sort());
        const teamOrder = new Map(w.teams.map((t) => [t.id, t.order]));
        const teams = r.teams.map((t) => key(teamOrder.get(t.teamId)!, t.teamId));
        expect(teams).toEqual([...teams].sort());
      }),
    );
  });
});
