// A framework without stages or archetypes (the GGI shape): the engine reports what it measures — a
// per-goal profile and agreement per question — and says that the ladder, the grid and the mix are
// absent instead of giving them as zeros.
import { describe, expect, it } from 'vitest';
import { scoreWorkshop } from '../../../../shared/scoring';
import type { ScoringInput } from '../../../../shared/scoring';
import { DEFAULT_THRESHOLDS, type VoteValue } from '../../../../shared/model/types';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import { person, team, votesFor } from './fixtures';

const fw = GGI_FRAMEWORK;
const goalOf = (id: string) => {
  const informs = fw.questions.find((q) => q.id === id)?.informs;
  return informs?.kind === 'goal' ? informs.goal : null;
};

function ggiWorkshop(values: Record<string, VoteValue[]>, questionIds = Object.keys(values)): ScoringInput {
  const ids = ['P1', 'P2', 'P3'];
  return {
    framework: fw,
    participants: [person('P1', 'T1', 0), person('P2', 'T1', 1), person('P3', 'T2', 2)],
    teams: [team('T1', 0), team('T2', 1)],
    votes: Object.entries(values).flatMap(([q, v]) => votesFor(q, ids, v)),
    decisions: [],
    settings: {
      frameworkId: fw.id,
      frameworkVersion: fw.version,
      questionIds,
      targetStage: 2,
      anonymity: 'names',
      thresholds: DEFAULT_THRESHOLDS,
    },
  };
}

describe('the GGI-shaped sample framework', () => {
  it('has five goals of five activities, ids out of goal order, several roles per activity', () => {
    expect(fw.stages).toEqual([]);
    expect(fw.archetypes).toEqual([]);
    expect(fw.goals.map((g) => g.name)).toEqual(['Usage', 'Trust', 'Culture', 'Engagement', 'Strategy']);
    for (const goal of fw.goals) {
      expect(fw.questions.filter((q) => goalOf(q.id) === goal.id)).toHaveLength(5);
    }
    const order = fw.questions.map((q) => goalOf(q.id));
    expect(order).not.toEqual([...order].sort());
    expect(fw.questions.every((q) => (q.roles ?? []).length >= 2 || q.id === 'GGI-A-21')).toBe(true);
  });
});

describe('scoreWorkshop on a framework without stages or archetypes', () => {
  // Usage: A-17 medians 3, A-9 → 1; Trust: A-12 → 4 (A-25 only "don't know"); Strategy: A-21 → 2.
  const values: Record<string, VoteValue[]> = {
    'GGI-A-17': [3, 3, 4],
    'GGI-A-9': [1, 0, 2],
    'GGI-A-12': [4, 4, 4],
    'GGI-A-25': ['dontKnow', 'dontKnow', 'dontKnow'],
    'GGI-A-21': [2, 1, 4],
  };
  const r = scoreWorkshop(ggiWorkshop(values));

  it('says which figures the framework measures', () => {
    expect(r.measures).toEqual({
      stages: false,
      archetypeMix: false,
      enablers: false,
      responsibilityAreas: false,
      goals: true,
    });
  });

  it('gives no stage, ladder, grid point or mix — absent, not zero — for the group, teams and people', () => {
    const profiles = [r.group, ...r.teams.map((t) => t.profile), ...r.participants.map((p) => p.profile)];
    for (const p of profiles) {
      expect(p.stageReached).toBeNull();
      expect(p.attainment).toEqual([]);
      expect(p.nextStageAttainment).toBeNull();
      expect(p.gridPoint).toBeNull();
      expect(p.archetypeMix).toBeNull();
    }
    expect(r.teamComparison.sideBySide.map((s) => [s.stageReached, s.gridPoint])).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('has no target gap, next steps or stages "not assessed", even with a target stage set', () => {
    expect(r.targetGap).toBeNull();
    expect(r.recommendedNextSteps).toEqual([]);
    expect(r.notAssessedStages).toEqual([]);
  });

  it('gives a per-goal profile in the framework’s goal order, whatever the order of the ids', () => {
    const goals = Object.fromEntries(r.group.goals.map((g) => [g.id, g.value]));
    expect(r.group.goals.map((g) => g.id)).toEqual(fw.goals.map((g) => g.id));
    expect(goals['usage']).toBeCloseTo((3 + 1) / 2 / 4, 12);
    expect(goals['trust']).toBe(1); // A-25 has only "don't know": left out, not a 0
    expect(goals['strategy']).toBe(0.5);
    expect(goals['culture']).toBeNull();
    expect(goals['engagement']).toBeNull();
    // Cited in the question set's order.
    expect(r.group.goals.find((g) => g.id === 'usage')?.used.map((u) => u.questionId)).toEqual([
      'GGI-A-17',
      'GGI-A-9',
    ]);
  });

  it('gives each team its own per-goal profile from its members’ medians', () => {
    const t2 = r.teams.find((t) => t.teamId === 'T2')!;
    expect(t2.profile.goals.find((g) => g.id === 'usage')?.value).toBeCloseTo((4 + 2) / 2 / 4, 12);
  });

  it('still gives agreement per question, strengths and gaps', () => {
    const a12 = r.questions.find((q) => q.questionId === 'GGI-A-12')!;
    expect(a12.status).toBe('consensus');
    expect(a12.consensusValue).toBe(4);
    expect(r.questions.find((q) => q.questionId === 'GGI-A-25')?.statistics).toBeNull();
    expect(r.strengths.map((s) => s.questionId)).toEqual(['GGI-A-12', 'GGI-A-17']);
    expect(r.gaps.map((s) => s.questionId)).toEqual(['GGI-A-9', 'GGI-A-21']);
  });

  it('gives the same result whatever order the question set lists the activities in', () => {
    const reversed = scoreWorkshop(ggiWorkshop(values, Object.keys(values).reverse()));
    expect(reversed.group.goals.map((g) => g.value)).toEqual(r.group.goals.map((g) => g.value));
  });
});
