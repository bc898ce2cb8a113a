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
  const attainment: StageAttainment[] = [];
  let stageReached: Stage = 0;
  let allBelowMet = true;
  for (const stage of [1, 2, 3, 4] as const) {
    const { mean, used, withoutValue } = meanOf(ctx, values, ctx.stageQuestions[stage] as number[]);
    const value = mean === null ? null : mean / 4;
    const meetsThreshold = value !== null && value >= threshold - THRESHOLD_TOLERANCE;
    allBelowMet = allBelowMet && meetsThreshold;
    if (allBelowMet) stageReached = stage;
    attainment.push({
      stage,
      attainment: value,
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
    gridPoint: gridPoint(ctx, values, stageReached, attainment),
    enablers: ctx.enablers.map((e) => profileEntry(ctx, values, e.id, e.indices)),
    responsibilityAreas: ctx.responsibilityAreas.map((a) => profileEntry(ctx, values, a.id, a.indices)),
    archetypeMix,
  };
}

function gridPoint(
  ctx: ProfileContext,
  values: Float64Array,
  stageReached: Stage,
  ladder: StageAttainment[],
): GridPoint {
  const threshold = ctx.thresholds.stageThreshold;
  let progress: number;
  if (stageReached < 4) {
    // The next stage is below the threshold (else it would be reached), so this is < 1 before the cap.
    const next = (ladder[stageReached] as StageAttainment).attainment;
    progress = next === null || threshold <= 0 ? 0 : next / threshold;
  } else {
    const top = (ladder[3] as StageAttainment).attainment ?? 0;
    progress = threshold >= 1 ? 0 : (top - threshold) / (1 - threshold);
  }
  progress = Math.min(Math.max(progress, 0), MAX_BAND_PROGRESS);
  const execution = stageReached + progress;
  const involvement = meanOf(ctx, values, ctx.involvementQuestions);
  const x = involvement.mean === null ? null : involvement.mean / 4;
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

function profileEntry(
  ctx: ProfileContext,
  values: Float64Array,
  id: string,
  indices: readonly number[],
): ProfileEntry {
  const { mean, used } = meanOf(ctx, values, indices);
  return { id, value: mean === null ? null : mean / 4, used };
}

function meanOf(
  ctx: ProfileContext,
  values: Float64Array,
  indices: readonly number[],
): { mean: number | null; used: QuestionValue[]; withoutValue: string[] } {
  const used: QuestionValue[] = [];
  const withoutValue: string[] = [];
  let sum = 0;
  for (const q of indices) {
    const value = values[q] as number;
    const questionId = (ctx.questions[q] as { id: string }).id;
    if (Number.isNaN(value)) {
      withoutValue.push(questionId);
      continue;
    }
    sum += value;
    used.push({ questionId, value });
  }
  return { mean: used.length === 0 ? null : sum / used.length, used, withoutValue };
}
