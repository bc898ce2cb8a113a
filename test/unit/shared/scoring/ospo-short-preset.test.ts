// The built-in short preset still yields a stage, a grid point and an archetype mix.
import { describe, expect, it } from 'vitest';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';
import { scoreWorkshop } from '../../../../shared/scoring';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';
import { person, vote } from './fixtures';

describe('OSPO short preset', () => {
  const short = OSPO_FRAMEWORK.presets.find((p) => p.id === 'short')!;
  const people = ['a', 'b', 'c'].map((id, i) => person(id, null, i));
  // Everyone answers 3 to every question: every stage has attainment 3/4 = 0.75 ≥ 0.6.
  const votes = short.questionIds.flatMap((qid) => people.map((p) => vote(qid, p.id, 3)));
  const r = scoreWorkshop({
    framework: OSPO_FRAMEWORK,
    participants: people,
    teams: [],
    votes,
    decisions: [],
    settings: {
      frameworkId: OSPO_FRAMEWORK.id,
      frameworkVersion: OSPO_FRAMEWORK.version,
      questionIds: short.questionIds,
      targetStage: 2,
      anonymity: 'names',
      thresholds: DEFAULT_THRESHOLDS,
    },
  });

  it('reaches a stage with a value at every stage', () => {
    expect(r.group.attainment.map((a) => a.attainment)).toEqual([0.75, 0.75, 0.75, 0.75]);
    expect(r.group.stageReached).toBe(4);
  });

  it('has a grid point with both coordinates: x = 3/4, y = (4 + (0.75 − 0.6)/0.4)/5', () => {
    expect(r.group.gridPoint!.x).toBe(0.75);
    expect(r.group.gridPoint!.y).toBeCloseTo((4 + 0.15 / 0.4) / 5, 12);
  });

  it('has an archetype mix over the five archetypes it asks about, equal shares here', () => {
    const mix = r.group.archetypeMix!;
    expect(mix.shares).toHaveLength(5);
    for (const s of mix.shares) expect(s.share).toBeCloseTo(0.2, 12);
    expect([...mix.notAssessed].sort()).toEqual(['big-project-facilitator', 'standards-collaborative']);
  });
});
