import type { Framework, FrameworkQuestion } from '../framework';
import type { ConsensusThresholds } from '../model/types';
import type { Citations } from './citations';

interface Group {
  id: string;
  indices: number[];
}

/**
 * Which question (by position in the question set) feeds which figure. Built once per scoring call and
 * shared by the group, every team and every participant.
 */
export interface ProfileContext {
  framework: Framework;
  questions: readonly FrameworkQuestion[];
  questionIds: readonly string[];
  thresholds: ConsensusThresholds;
  /** The shared value objects every explanation cites. */
  cite: Citations;
  /** The framework has the five-stage model: without it there is no ladder, stage reached or grid point. */
  hasStages: boolean;
  /** Index s (1–4) lists the stage-s practice questions. */
  stageQuestions: number[][];
  involvementQuestions: number[];
  enablers: Group[];
  responsibilityAreas: Group[];
  goals: Group[];
  /** Archetypes with at least one statement in play, in framework order. */
  assessedArchetypes: string[];
  notAssessedArchetypes: string[];
  /** Per question: its position in assessedArchetypes, or -1 when it is not an archetype statement. */
  archetypeOf: Int16Array;
  /** Positions of the archetype statements in the question set, ascending. */
  archetypeQuestions: number[];
}

export function buildProfileContext(
  framework: Framework,
  questions: readonly FrameworkQuestion[],
  thresholds: ConsensusThresholds,
  cite: Citations,
): ProfileContext {
  const stageQuestions: number[][] = [[], [], [], [], []];
  const involvementQuestions: number[] = [];
  const enablers = framework.enablers.map((e) => ({ id: e.id, indices: [] as number[] }));
  const enablerPosition = new Map(enablers.map((e, i) => [e.id, i]));
  const areas = framework.responsibilityAreas.map((a) => ({ id: a.id, indices: [] as number[] }));
  const areaPosition = new Map(areas.map((a, i) => [a.id, i]));
  const goals = framework.goals.map((g) => ({ id: g.id, indices: [] as number[] }));
  const goalPosition = new Map(goals.map((g, i) => [g.id, i]));
  const archetypesInPlay = new Set<string>();

  questions.forEach((question, q) => {
    const informs = question.informs;
    if (informs.kind === 'archetype') {
      archetypesInPlay.add(informs.archetype);
      return;
    }
    if (informs.kind === 'stagePractice') stageQuestions[informs.stage]?.push(q);
    else if (informs.kind === 'involvement') involvementQuestions.push(q);
    else if (informs.kind === 'goal') goals[goalPosition.get(informs.goal) ?? -1]?.indices.push(q);
    else enablers[enablerPosition.get(informs.enabler) ?? -1]?.indices.push(q);
    // Archetype statements describe what kind of OSPO this is, not a capability, so they stay out of areas.
    for (const area of question.responsibilityAreas) areas[areaPosition.get(area) ?? -1]?.indices.push(q);
  });

  const assessedArchetypes = framework.archetypes.map((a) => a.id).filter((id) => archetypesInPlay.has(id));
  const archetypePosition = new Map(assessedArchetypes.map((id, i) => [id, i]));
  const archetypeOf = new Int16Array(questions.length).fill(-1);
  const archetypeQuestions: number[] = [];
  questions.forEach((question, q) => {
    if (question.informs.kind !== 'archetype') return;
    archetypeOf[q] = archetypePosition.get(question.informs.archetype) ?? -1;
    archetypeQuestions.push(q);
  });

  return {
    framework,
    questions,
    questionIds: questions.map((q) => q.id),
    thresholds,
    cite,
    hasStages: framework.stages.length > 0,
    stageQuestions,
    involvementQuestions,
    enablers,
    responsibilityAreas: areas,
    goals,
    assessedArchetypes,
    notAssessedArchetypes: framework.archetypes.map((a) => a.id).filter((id) => !archetypesInPlay.has(id)),
    archetypeOf,
    archetypeQuestions,
  };
}
