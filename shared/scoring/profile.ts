import type {
  ArchetypeMix,
  GridPoint,
  ProfileEntry,
  ProfileResult,
  QuestionValue,
  StageAttainment,
} from './types';
import type { ProfileContext } from './profile-context';
import { GRID_BANDS, MAX_BAND_PROGRESS } from './grid';
import { AREA_RULES, ENABLER_RULES, GOAL_RULES, GRID_POINT_RULES, PROFILE_RULES, STAGE_RULES } from './rules';

/**
 * Tolerance when comparing an attainment with the threshold: means of medians are sums of quarters
 * divided by counts, and 0.6 must count as meeting 0.6 whatever the rounding of the division.
 */
const THRESHOLD_TOLERANCE = 1e-12;

/** One empty list for every figure that cites nothing, instead of a fresh array per profile. */
const NONE: readonly never[] = Object.freeze([]);

type Stage = 0 | 1 | 2 | 3 | 4;

/**
 * Stage ladder, grid point, enablers, responsibility areas and goals from one value per question (NaN =
 * no value). The same rules serve the group (consensus or agreed values), a team (its medians) and a
 * participant (their own votes), as product.md requires. Runs once per participant, so it allocates
 * only the lists a result keeps; the values they cite are shared (ctx.cite).
 */
export function computeProfile(
  ctx: ProfileContext,
  values: Float64Array,
  archetypeMix: ArchetypeMix | null,
): ProfileResult {
  const profiles = {
    enablers: ctx.enablers.map((e) => profileEntry(ctx, values, e, ENABLER_RULES)),
    responsibilityAreas: ctx.responsibilityAreas.map((a) => profileEntry(ctx, values, a, AREA_RULES)),
    goals: ctx.goals.map((g) => profileEntry(ctx, values, g, GOAL_RULES)),
    archetypeMix,
    rules: PROFILE_RULES,
  };
  // Without the five-stage model there is nothing to climb: the ladder and the point are absent, not 0.
  if (!ctx.hasStages) {
    return { stageReached: null, attainment: NONE, nextStageAttainment: null, gridPoint: null, ...profiles };
  }
  const threshold = ctx.thresholds.stageThreshold;
  const attainment: StageAttainment[] = [];
  let stageReached: Stage = 0;
  let allBelowMet = true;
  for (let s = 1; s <= 4; s++) {
    const stage = s as 1 | 2 | 3 | 4;
    const indices = ctx.stageQuestions[stage] as number[];
    const used = cite(ctx, values, indices);
    const average = averageOf(used);
    const value = average === null ? null : average / 4;
    const meetsThreshold = value !== null && value >= threshold - THRESHOLD_TOLERANCE;
    allBelowMet = allBelowMet && meetsThreshold;
    if (allBelowMet) stageReached = stage;
    attainment.push({
      stage,
      attainment: value,
      notAssessed: indices.length === 0,
      threshold,
      meetsThreshold,
      reached: allBelowMet,
      used,
      withoutValue: used.length === indices.length ? NONE : missing(ctx, values, indices),
      rules: STAGE_RULES,
    });
  }
  const nextStageAttainment =
    stageReached < 4 ? ((attainment[stageReached] as StageAttainment).attainment ?? null) : null;
  return {
    stageReached,
    attainment,
    nextStageAttainment,
    gridPoint: gridPoint(ctx, cite(ctx, values, ctx.involvementQuestions), stageReached, attainment),
    ...profiles,
  };
}

function gridPoint(
  ctx: ProfileContext,
  involvementUsed: readonly QuestionValue[],
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
  const involvement = averageOf(involvementUsed);
  const x = involvement === null ? null : involvement / 4;
  const band = GRID_BANDS[stageReached] as GridPoint['band'];
  const leftOfBand = x === null ? null : x < band.xStart - THRESHOLD_TOLERANCE;
  return {
    x,
    y: execution / 5,
    execution,
    stageReached,
    progress,
    band,
    leftOfBand,
    involvementUsed,
    rules: GRID_POINT_RULES,
  };
}

function profileEntry(
  ctx: ProfileContext,
  values: Float64Array,
  group: { id: string; indices: readonly number[] },
  rules: ProfileEntry['rules'],
): ProfileEntry {
  const used = cite(ctx, values, group.indices);
  const average = averageOf(used);
  return { id: group.id, value: average === null ? null : average / 4, used, rules };
}

// The loops below index arrays instead of using for…of: they run for every participant, and the
// iterator objects for…of created there were a large share of a big workshop's garbage.

/** The shared QuestionValues of the listed questions that have a value, in question order. */
function cite(
  ctx: ProfileContext,
  values: Float64Array,
  indices: readonly number[],
): readonly QuestionValue[] {
  let used: QuestionValue[] | null = null;
  for (let i = 0; i < indices.length; i++) {
    const q = indices[i] as number;
    const value = values[q] as number;
    if (!Number.isNaN(value)) (used ??= []).push(ctx.cite.value(q, value));
  }
  return used ?? NONE;
}

function missing(ctx: ProfileContext, values: Float64Array, indices: readonly number[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < indices.length; i++) {
    const q = indices[i] as number;
    if (Number.isNaN(values[q] as number)) out.push(ctx.questionIds[q] as string);
  }
  return out;
}

/** Mean of the cited values, summed in question order; null when nothing was cited. */
function averageOf(used: readonly QuestionValue[]): number | null {
  if (used.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < used.length; i++) sum += (used[i] as QuestionValue).value;
  return sum / used.length;
}
