// Every figure can be traced to the votes and rules behind it: the explanation fields must add up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCORING_RULES, scoreWorkshop } from '../../../../shared/scoring';
import type { ArchetypeMix, ProfileResult, WorkshopResult } from '../../../../shared/scoring';
import { krippendorffAlpha, median } from '../../../../shared/stats';
import { workshop } from './arbitraries';
import { TINY, handWorkshop } from './fixtures';

const sum = (xs: readonly { value: number }[]) => xs.reduce((s, x) => s + x.value, 0);
const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

function profiles(r: WorkshopResult): ProfileResult[] {
  return [r.group, ...r.teams.map((t) => t.profile), ...r.participants.map((p) => p.profile)];
}

/** Every `rules` map anywhere in the result, with where it was found. */
function ruleMaps(value: unknown, path = 'result', out: [string, object][] = []): [string, object][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, child] of Object.entries(value)) {
    if (key === 'rules' && typeof child === 'object' && child !== null) out.push([path, child]);
    else ruleMaps(child, `${path}.${key}`, out);
  }
  return out;
}

/** Checks that a mix's shares are exactly what its contributions say; returns the problems found. */
function mixProblems(mix: ArchetypeMix): string[] {
  const problems: string[] = [];
  for (const s of mix.shares) {
    const shares = s.contributions.map((c) => c.share);
    if (s.contributions.length !== mix.pooled) problems.push(`${s.archetypeId}: contributions ≠ pooled`);
    if (Math.abs(mean(shares) - s.share) > 1e-12) problems.push(`${s.archetypeId}: mean ≠ share`);
    if (s.min !== Math.min(...shares) || s.max !== Math.max(...shares))
      problems.push(`${s.archetypeId}: spread`);
    for (const c of s.contributions) {
      if (Math.abs(sum(c.ratings) / c.ratingTotal - c.share) > 1e-12)
        problems.push(`${s.archetypeId}/${c.participantId}: ratings do not normalize to the share`);
    }
  }
  return problems;
}

describe('explanations on the hand-worked workshop (see fixtures.ts)', () => {
  const r = scoreWorkshop(handWorkshop());

  it("lists each participant's ratings behind the group's archetype shares", () => {
    const [x, y] = r.group.archetypeMix!.shares;
    // x: P1 rated a1 4, a2 4 of 8 in all → 1; P2 rated a1 2, a2 0 of 4 → 0.5; pooled (1 + 0.5)/2 = 0.75.
    expect(x!.contributions).toEqual([
      {
        participantId: 'P1',
        share: 1,
        ratings: [
          { questionId: 'a1', value: 4 },
          { questionId: 'a2', value: 4 },
        ],
        ratingTotal: 8,
      },
      {
        participantId: 'P2',
        share: 0.5,
        ratings: [
          { questionId: 'a1', value: 2 },
          { questionId: 'a2', value: 0 },
        ],
        ratingTotal: 4,
      },
    ]);
    expect(y!.contributions.map((c) => [c.participantId, c.share, sum(c.ratings)])).toEqual([
      ['P1', 0, 0],
      ['P2', 0.5, 2],
    ]);
    // The participant's own mix is explained by the very same entries.
    const p2 = r.participants.find((p) => p.participantId === 'P2')!.profile.archetypeMix!;
    expect(p2.shares[0]!.contributions[0]).toBe(x!.contributions[1]);
  });

  it('explains α question by question: s4a, answered only "not applicable", is no unit', () => {
    const s4a = r.alpha.perQuestion.find((u) => u.questionId === 's4a')!;
    expect(s4a).toEqual({ questionId: 's4a', values: 0, frequencies: [0, 0, 0, 0, 0], isUnit: false });
    const s1a = r.alpha.perQuestion.find((u) => u.questionId === 's1a')!;
    expect(s1a).toEqual({ questionId: 's1a', values: 3, frequencies: [0, 0, 0, 2, 1], isUnit: true });
    expect(r.alpha.rules).toEqual({ value: 'alpha', reading: 'alpha' });
  });

  it('points every figure to a rule of rules.ts', () => {
    const maps = ruleMaps(r);
    expect(maps.length).toBeGreaterThan(50);
    for (const [path, map] of maps) {
      for (const id of Object.values(map))
        expect(SCORING_RULES, `${path} → ${String(id)}`).toHaveProperty(id);
    }
    expect(r.group.attainment[0]!.rules.attainment).toBe('stageAttainment');
    expect(r.group.gridPoint!.rules).toMatchObject({ x: 'gridX', y: 'gridY' });
    expect(r.group.archetypeMix!.rules.shares).toBe('archetypeMix');
    expect(r.questions[0]!.rules.status).toBe('status');
  });
});

describe('explanation properties on random workshops', () => {
  it('archetype shares are the mean of their contributions, each its ratings over the rating total', () => {
    fc.assert(
      fc.property(workshop, (w) => {
        const r = scoreWorkshop(w);
        for (const profile of profiles(r)) {
          if (profile.archetypeMix) expect(mixProblems(profile.archetypeMix)).toEqual([]);
        }
        for (const p of r.participants) {
          const mix = p.profile.archetypeMix;
          if (mix === null) continue;
          // The rating total is the sum of all their ratings, and each rating is their vote.
          const all = mix.shares.flatMap((s) => s.contributions[0]!.ratings);
          expect(sum(all)).toBe(mix.shares[0]!.contributions[0]!.ratingTotal);
          for (const rating of all) {
            const question = r.questions.find((q) => q.questionId === rating.questionId)!;
            expect(question.votes).toContainEqual({ participantId: p.participantId, value: rating.value });
          }
        }
        // A team pools exactly its members who have a mix; the others are listed as without one.
        for (const t of r.teams) {
          const mix = t.profile.archetypeMix;
          const pooled = mix?.shares[0]?.contributions.map((c) => c.participantId) ?? [];
          const without = mix?.withoutMix ?? [];
          if (mix) expect([...pooled, ...without].sort()).toEqual([...t.participantIds].sort());
        }
      }),
    );
  });

  it("a team's value per question is the median of the listed votes, which are its members' votes", () => {
    fc.assert(
      fc.property(workshop, (w) => {
        const r = scoreWorkshop(w);
        for (const t of r.teams) {
          t.questions.forEach((tq, k) => {
            const members = new Set(t.participantIds);
            const expected = r.questions[k]!.votes.filter((v) => members.has(v.participantId));
            expect(tq.votes).toEqual(expected);
            expect(tq.n).toBe(tq.votes.length);
            expect(tq.median).toBe(tq.n === 0 ? null : median(tq.votes.map((v) => v.value)));
          });
        }
      }),
    );
  });

  it('attainment is the mean of the values it lists; used and without value cover the stage', () => {
    fc.assert(
      fc.property(workshop, (w) => {
        const r = scoreWorkshop(w);
        for (const profile of profiles(r)) {
          for (const a of profile.attainment) {
            const inPlay = TINY.questions
              .filter((q) => q.informs.kind === 'stagePractice' && q.informs.stage === a.stage)
              .map((q) => q.id);
            expect([...a.used.map((u) => u.questionId), ...a.withoutValue].sort()).toEqual(inPlay.sort());
            if (a.used.length > 0) expect(a.attainment).toBeCloseTo(sum(a.used) / a.used.length / 4, 12);
            else expect(a.attainment).toBeNull();
          }
        }
      }),
    );
  });

  it('α is recomputed from its listed units, and they hold every 0–4 vote of the latest rounds', () => {
    fc.assert(
      fc.property(workshop, (w) => {
        const r = scoreWorkshop(w);
        const units = r.alpha.perQuestion.filter((u) => u.isUnit);
        expect(r.alpha.units).toBe(units.length);
        expect(r.alpha.pairableValues).toBe(units.reduce((s, u) => s + u.values, 0));
        r.alpha.perQuestion.forEach((u, k) => {
          expect(u.questionId).toBe(r.questions[k]!.questionId);
          expect(u.values).toBe(r.questions[k]!.votes.length);
          expect(u.frequencies.reduce((s, f) => s + f, 0)).toBe(u.values);
          expect(u.isUnit).toBe(u.values >= 2);
        });
        const matrix = r.participants.map((p) =>
          r.questions.map((q) => q.votes.find((v) => v.participantId === p.participantId)?.value ?? null),
        );
        const alpha = krippendorffAlpha(matrix, 'ordinal');
        if (r.alpha.value === null) expect(alpha).toBeNaN();
        else expect(r.alpha.value).toBeCloseTo(alpha, 9);
      }),
    );
  });
});
