// scoreWorkshop on a hand-worked workshop: profiles, teams, highlights, α, target; values worked out in comments.
import { describe, expect, it } from 'vitest';
import { scoreWorkshop } from '../../../../shared/scoring';
import type { QuestionResult, WorkshopResult } from '../../../../shared/scoring';
import { krippendorffAlpha } from '../../../../shared/stats';
import { TINY_IDS, decision, handWorkshop, input, person, settings, team, votesFor } from './fixtures';

const question = (r: WorkshopResult, id: string) =>
  r.questions.find((x) => x.questionId === id) as QuestionResult;

describe('the hand-worked workshop (see fixtures.ts)', () => {
  const r = scoreWorkshop(handWorkshop());

  it('stage ladder: stage 1 = (3 + 2)/2/4 = 0.625 meets 0.6; stage 2 = 2/4 = 0.5 does not', () => {
    expect(r.group.attainment.map((a) => a.attainment)).toEqual([0.625, 0.5, 1, null]);
    expect(r.group.attainment.map((a) => a.meetsThreshold)).toEqual([true, false, true, false]);
    // Stage 3 meets the threshold but is not reached: the model is cumulative.
    expect(r.group.attainment.map((a) => a.reached)).toEqual([true, false, false, false]);
    expect(r.group.stageReached).toBe(1);
    expect(r.group.nextStageAttainment).toBe(0.5);
    expect(r.group.attainment[0]?.used).toEqual([
      { questionId: 's1a', value: 3 },
      { questionId: 's1b', value: 2 },
    ]);
    expect(r.group.attainment[3]?.withoutValue).toEqual(['s4a']);
  });

  it('grid point: E = 1 + 0.5/0.6, y = E/5; x = (1 + 3)/2/4 = 0.5', () => {
    const g = r.group.gridPoint!;
    expect(g.execution).toBeCloseTo(1 + 0.5 / 0.6, 12);
    expect(g.y).toBeCloseTo((1 + 0.5 / 0.6) / 5, 12);
    expect(g.x).toBe(0.5);
    expect(g.band).toEqual({ stage: 1, xStart: 0.2, xEnd: 1, yStart: 0.2, yEnd: 0.4 });
    expect(g.leftOfBand).toBe(false);
  });

  it('enablers and responsibility areas: staff = 1/4; compliance = (3 + 2)/2/4; upstream = (2 + 1)/2/4', () => {
    expect(r.group.enablers).toEqual([
      { id: 'staff', value: 0.25, used: [{ questionId: 'en1', value: 1 }], rules: { value: 'enablers' } },
    ]);
    const areas = Object.fromEntries(r.group.responsibilityAreas.map((a) => [a.id, a.value]));
    // a1 is tagged "upstream" too, but archetype statements stay out of the areas.
    expect(areas).toEqual({ compliance: 0.625, upstream: 0.375 });
  });

  it('archetype mix: P1 (8, 0) → (1, 0); P2 (2, 2) → (.5, .5); P3 rated all 0 → no mix; pool (.75, .25)', () => {
    const mix = r.group.archetypeMix!;
    expect(mix.pooled).toBe(2);
    expect(mix.notAssessed).toEqual(['z']);
    expect(mix.withoutMix).toEqual(['P3']);
    expect(mix.shares.map(({ contributions: _c, ...share }) => share)).toEqual([
      { archetypeId: 'x', share: 0.75, min: 0.5, max: 1 },
      { archetypeId: 'y', share: 0.25, min: 0, max: 0.5 },
    ]);
    const byPerson = Object.fromEntries(r.participants.map((p) => [p.participantId, p.profile.archetypeMix]));
    expect(byPerson['P3']).toBeNull();
    expect(byPerson['P2']?.shares.map((s) => s.share)).toEqual([0.5, 0.5]);
  });

  it("participants use their own votes: P1's stage 1 = (3 + 2)/2/4, stage 2 = 1/4 → E = 1 + 0.25/0.6", () => {
    const p1 = r.participants.find((p) => p.participantId === 'P1')!.profile;
    expect(p1.stageReached).toBe(1);
    expect(p1.gridPoint!.execution).toBeCloseTo(1 + 0.25 / 0.6, 12);
    // P3: s1a 4, s1b 2 → 0.75; s2a 2 → 0.5; x = (2 + 3)/2/4.
    const p3 = r.participants.find((p) => p.participantId === 'P3')!.profile;
    expect(p3.attainment[0]?.attainment).toBe(0.75);
    expect(p3.gridPoint!.x).toBe(0.625);
  });

  it('teams use their medians: T1 s1b = median(2, 3) = 2.5, stage 1 = (3 + 2.5)/2/4', () => {
    const t1 = r.teams.find((t) => t.teamId === 'T1')!;
    expect(t1.participantIds).toEqual(['P1', 'P2']);
    expect(t1.questions.find((x) => x.questionId === 's1b')).toEqual({
      questionId: 's1b',
      median: 2.5,
      n: 2,
      votes: [
        { participantId: 'P1', value: 2 },
        { participantId: 'P2', value: 3 },
      ],
      rules: { median: 'teams' },
    });
    expect(t1.profile.attainment[0]?.attainment).toBe(0.6875);
    expect(t1.profile.archetypeMix?.shares.map((s) => s.share)).toEqual([0.75, 0.25]);
    const t2 = r.teams.find((t) => t.teamId === 'T2')!;
    expect(t2.profile.archetypeMix).toBeNull();
  });

  it('team comparison ranks the gaps between team medians, largest first', () => {
    const pair = r.teamComparison.pairs[0]!;
    expect([pair.teamA, pair.teamB]).toEqual(['T1', 'T2']);
    // en1: median(0, 1) − 4 = −3.5; a1: median(4, 2) − 0 = 3; a2: median(4, 0) − 0 = 2; then |1| in question order.
    expect(pair.gaps.slice(0, 6).map((g) => [g.questionId, g.gap])).toEqual([
      ['en1', -3.5],
      ['a1', 3],
      ['a2', 2],
      ['s1a', -1],
      ['inv1', -1],
      ['b1', 1],
    ]);
    expect(r.teamComparison.sideBySide.map((s) => [s.teamId, s.stageReached])).toEqual([
      ['T1', 1],
      ['T2', 1],
    ]);
  });

  it('strengths (value ≥ 3) and gaps (value/4 < 0.6), archetype statements excluded', () => {
    expect(r.strengths.map((s) => [s.questionId, s.scoringValue])).toEqual([
      ['s3a', 4],
      ['s1a', 3],
      ['inv2', 3],
    ]);
    expect(r.gaps.map((s) => [s.questionId, s.scoringValue])).toEqual([
      ['inv1', 1],
      ['en1', 1],
      ['s1b', 2],
      ['s2a', 2],
    ]);
  });

  it('recommends the lowest-scoring checklist items of the next stage, unrated ones last', () => {
    expect(r.recommendedNextSteps).toEqual([
      { checklistItemId: 'c2a', stage: 2, score: 0.5, questionIds: ['s2a'] },
      { checklistItemId: 'c2b', stage: 2, score: null, questionIds: [] },
    ]);
  });

  it('lists the questions without consensus', () => {
    // s1b 2,3,2: IQR 0.5, Cns = 1 + ⅔·log₂(1 − (1/3)/4) + ⅓·log₂(1 − (2/3)/4) ≈ 0.829 → consensus.
    expect(question(r, 's1b').status).toBe('consensus');
    // en1 0,1,4: IQR 2; one layer 11001 with TU = 2, TDU = 4 → U = (3·2 − 4·4)/(3·6), A = U·(1 − 2/4) < 0 → polarized.
    expect(question(r, 'en1').status).toBe('polarized');
    expect(question(r, 'en1').statistics?.agreementA).toBeCloseTo((-10 / 18) * 0.5, 12);
    const expected = r.questions
      .filter((x) => x.status === 'split' || x.status === 'polarized')
      .map((x) => x.questionId);
    expect(r.withoutConsensus.map((x) => x.questionId)).toEqual(expected);
    expect(expected).toContain('en1');
    expect(expected).not.toContain('s1b');
  });

  it("α is Krippendorff's ordinal α of the participants × questions matrix", () => {
    const n = null;
    const matrix = [
      [3, 2, 1, 4, n, 1, 2, 0, 4, 4, 0, 0],
      [3, 3, 2, 4, n, 1, 3, 1, 2, 0, 2, 0],
      [4, 2, 2, 4, n, 2, 3, 4, 0, 0, 0, 0],
    ];
    expect(r.alpha.value).toBeCloseTo(krippendorffAlpha(matrix, 'ordinal'), 12);
    // s4a has only "not applicable" answers: it is no unit; the other 11 questions hold 3 values each.
    expect([r.alpha.units, r.alpha.pairableValues, r.alpha.coders]).toEqual([11, 33, 3]);
  });

  it('with the override on s2a, stages 2 and 3 are reached; stage 4 has no value, so progress is 0', () => {
    const o = scoreWorkshop({ ...handWorkshop(), decisions: [decision('s2a', 3)] });
    expect(o.group.stageReached).toBe(3);
    expect(o.group.gridPoint!.execution).toBe(3);
    expect(o.group.gridPoint!.y).toBe(0.6);
    // x = 0.5 lies left of band 3, which starts at 0.6.
    expect(o.group.gridPoint!.leftOfBand).toBe(true);
  });

  it('gap to a target of stage 3: two stages to go; stage 2 short by 0.1, stage 3 by 0', () => {
    const t = scoreWorkshop({ ...handWorkshop(), settings: settings({ targetStage: 3 }) }).targetGap!;
    expect([t.met, t.stagesToGo]).toEqual([false, 2]);
    expect(t.shortfalls[0]?.stage).toBe(2);
    expect(t.shortfalls[0]?.shortfall).toBeCloseTo(0.1, 12);
    expect(t.shortfalls[1]).toEqual({ stage: 3, attainment: 1, shortfall: 0 });
  });
});

describe('a stage with no question in the question set', () => {
  it('is flagged not assessed and stops the stage reached below it, unlike a stage answered "not applicable"', () => {
    const custom = {
      ...handWorkshop(),
      settings: settings({ questionIds: TINY_IDS.filter((id) => id !== 's2a') }),
    };
    const r = scoreWorkshop(custom);
    expect(r.group.attainment.map((a) => a.notAssessed)).toEqual([false, true, false, false]);
    expect(r.group.attainment[1]).toMatchObject({
      attainment: null,
      meetsThreshold: false,
      withoutValue: [],
    });
    // Stage 3 meets the threshold, but stage 2 has no evidence: the cumulative model stops at 1.
    expect(r.group.attainment[2]?.meetsThreshold).toBe(true);
    expect(r.group.stageReached).toBe(1);
    expect(r.notAssessedStages).toEqual([2]);
    for (const p of r.participants) expect(p.profile.attainment[1]?.notAssessed).toBe(true);
    // In the full set s4a is in play but answered "not applicable" by everyone: no value, yet assessed.
    const full = scoreWorkshop(handWorkshop());
    expect(full.group.attainment[3]).toMatchObject({ attainment: null, notAssessed: false });
    expect(full.notAssessedStages).toEqual([]);
  });
});

describe('progress within a band', () => {
  it('below stage 4 is the next attainment over the threshold, uncapped: 0.625 / 0.63 ≈ 0.992', () => {
    const ids = ['a', 'b'];
    const votes = [
      ...votesFor('s1a', ids, [4, 4]),
      ...votesFor('s1b', ids, [4, 4]),
      // Stage 2: median(2, 3) = 2.5 → attainment 0.625, just below a threshold of 0.63.
      ...votesFor('s2a', ids, [2, 3]),
    ];
    const thresholds = { ...settings().thresholds, stageThreshold: 0.63 };
    const r = scoreWorkshop(
      input({
        participants: ids.map((id, i) => person(id, null, i)),
        votes,
        settings: settings({ thresholds }),
      }),
    );
    expect(r.group.stageReached).toBe(1);
    expect(r.group.gridPoint!.progress).toBeCloseTo(0.625 / 0.63, 12);
    expect(r.group.gridPoint!.progress).toBeGreaterThan(0.99);
    expect(r.group.gridPoint!.y).toBeLessThan(0.4);
  });

  it('sits between the threshold and 1: attainment 0.875 → (0.875 − 0.6)/0.4 = 0.6875', () => {
    const ids = ['a', 'b'];
    const votes = [
      ...votesFor('s1a', ids, [4, 4]),
      ...votesFor('s2a', ids, [3, 3]),
      ...votesFor('s3a', ids, [4, 4]),
      // Stage 4: median(3, 4) = 3.5 → attainment 0.875.
      ...votesFor('s4a', ids, [3, 4]),
    ];
    const r = scoreWorkshop(input({ participants: ids.map((id, i) => person(id, null, i)), votes }));
    expect(r.group.stageReached).toBe(4);
    // attainment 0.875 → (0.875 − 0.6)/0.4 = 0.6875.
    expect(r.group.gridPoint!.progress).toBeCloseTo(0.6875, 12);
    expect(r.group.gridPoint!.execution).toBeCloseTo(4.6875, 12);
  });

  it('caps progress below 1 so a perfect score stays in the top band', () => {
    const ids = ['a', 'b'];
    const votes = ['s1a', 's1b', 's2a', 's3a', 's4a'].flatMap((id) => votesFor(id, ids, [4, 4]));
    const r = scoreWorkshop(
      input({ participants: ids.map((id, i) => person(id, null, i)), votes, teams: [team('T', 0)] }),
    );
    expect(r.group.stageReached).toBe(4);
    expect(r.group.gridPoint!.y).toBeLessThan(1);
    expect(r.group.gridPoint!.y).toBeGreaterThanOrEqual(0.8);
  });
});
