import type {
  ArchetypeMix,
  GridPoint,
  ProfileEntry,
  ProfileResult,
  QuestionValue,
  StageAttainment,
} from './types';
import type { ProfileContext } from './profile-context';
import { MAX_BAND_PROGRESS, gridBand } from './grid';

/**
 * Tolerance when comparing an attainment with the threshold: means of medians are sums of quarters
 * divided by counts, and 0.6 must count as meeting 0.6 whatever the rounding of the division.
 */
const THRESHOLD_TOLERANCE = 1e-12;

type Stage = 0 | 1 | 2 | 3 | 4;

/**
 * Stage ladder, grid point, enablers and responsibility areas from one value per question (NaN = no
 * value). The same rules serve the group (consensus or agreed values), a team (its medians) and a
 * participant (their own votes), as product.md requires.
 */
export function computeProfile(
  ctx: ProfileContext,
  values: Float64Array,
  archetypeMix: ArchetypeMix | null,
): ProfileResult {
  const threshold = ctx.thresholds.stageThreshold;
  // One QuestionValue per question, shared by every list that cites it (keeps large workshops light).
  const cited: (QuestionValue | undefined)[] = new Array(values.length);
  const mean = (indices: readonly number[]) => meanOf(ctx, values, indices, cited);
  const attainment: StageAttainment[] = [];
  let stageReached: Stage = 0;
  let allBelowMet = true;
  for (const stage of [1, 2, 3, 4] as const) {
    const { average, used, withoutValue } = mean(ctx.stageQuestions[stage] as number[]);
    const value = average === null ? null : average / 4;
    const meetsThreshold = value !== null && value >= threshold - THRESHOLD_TOLERANCE;
    allBelowMet = allBelowMet && meetsThreshold;
    if (allBelowMet) stageReached = stage;
    attainment.push({
      stage,
      attainment: value,
      notAssessed: (ctx.stageQuestions[stage] as number[]).length === 0,
      threshold,
      meetsThreshold,
      reached: allBelowMet,
      used,
      withoutValue,
    });
  }
  const nextStageAttainment =
    stageReached < 4 ? ((attainment[stageReached] as StageAttainment).attainment ?? null) : null;
  return {
    stageReached,
    attainment,
    nextStageAttainment,
    gridPoint: gridPoint(ctx, mean(ctx.involvementQuestions), stageReached, attainment),
    enablers: ctx.enablers.map((e) => profileEntry(e.id, mean(e.indices))),
    responsibilityAreas: ctx.responsibilityAreas.map((a) => profileEntry(a.id, mean(a.indices))),
    archetypeMix,
  };
}

function gridPoint(
  ctx: ProfileContext,
  involvement: Mean,
  stageReached: Stage,
  ladder: StageAttainment[],
): GridPoint {
  const threshold = ctx.thresholds.stageThreshold;
  let progress: number;
  if (stageReached < 4) {
    // The next stage misses the threshold (else it would be reached too), so attainment / threshold is
    // already below 1: product.md's figure is used as it is, without a cap.
    const next = (ladder[stageReached] as StageAttainment).attainment;
    progress = next === null || threshold <= 0 ? 0 : next / threshold;
  } else {
    // At stage 4 a perfect attainment gives 1, which would put E on 5; the cap keeps E < 5.
    const top = (ladder[3] as StageAttainment).attainment ?? 0;
    progress = threshold >= 1 ? 0 : Math.min((top - threshold) / (1 - threshold), MAX_BAND_PROGRESS);
  }
  progress = Math.max(progress, 0);
  const execution = stageReached + progress;
  const x = involvement.average === null ? null : involvement.average / 4;
  const band = gridBand(stageReached);
  const leftOfBand = x === null ? null : x < band.xStart - THRESHOLD_TOLERANCE;
  const stageName =
    ctx.framework.stages.find((s) => s.stage === stageReached)?.name ?? `stage ${stageReached}`;
  return {
    x,
    y: execution / 5,
    execution,
    stageReached,
    progress,
    band,
    leftOfBand,
    note: leftOfBand
      ? `The practices of stage ${stageReached} (${stageName}) are in place with less involvement in open source than that stage usually comes with.`
      : null,
    involvementUsed: involvement.used,
  };
}

function profileEntry(id: string, { average, used }: Mean): ProfileEntry {
  return { id, value: average === null ? null : average / 4, used };
}

interface Mean {
  average: number | null;
  used: QuestionValue[];
  withoutValue: string[];
}

function meanOf(
  ctx: ProfileContext,
  values: Float64Array,
  indices: readonly number[],
  cited: (QuestionValue | undefined)[],
): Mean {
  const used: QuestionValue[] = [];
  const withoutValue: string[] = [];
  let sum = 0;
  for (const q of indices) {
    const value = values[q] as number;
    if (Number.isNaN(value)) {
      withoutValue.push((ctx.questions[q] as { id: string }).id);
      continue;
    }
    sum += value;
    used.push((cited[q] ??= { questionId: (ctx.questions[q] as { id: string }).id, value }));
  }
  return { average: used.length === 0 ? null : sum / used.length, used, withoutValue };
}
