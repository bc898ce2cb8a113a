import type { Framework } from '../framework';
import type { WorkshopSettings } from '../model/types';
import type {
  HighlightedQuestion,
  NextStep,
  ProfileResult,
  QuestionResult,
  TargetGap,
  UnresolvedQuestion,
} from './types';

/** How many strengths and gaps the summary lists, and how many next steps it recommends. */
export const HIGHLIGHT_LIMIT = 5;
export const NEXT_STEP_LIMIT = 3;
/** A question is a strength from "largely in place" (3) upwards. */
export const STRENGTH_MIN_VALUE = 3;

const highlight = (r: QuestionResult): HighlightedQuestion => ({
  questionId: r.questionId,
  scoringValue: r.scoringValue as number,
  status: r.status,
  overridden: r.overridden,
});

/**
 * Strengths and gaps among the maturity questions (stage practices, involvement, enablers); archetype
 * statements describe a kind of OSPO, not a level, so they are never a strength or a gap. Gaps sit below
 * the stage threshold; with a target stage, practices of higher stages are not gaps (a stage-2 target
 * does not need hosted projects). Ties keep the question order.
 */
export function strengthsAndGaps(
  questions: readonly QuestionResult[],
  settings: WorkshopSettings,
): { strengths: HighlightedQuestion[]; gaps: HighlightedQuestion[] } {
  const rated = questions.filter((r) => r.informs.kind !== 'archetype' && r.scoringValue !== null);
  const value = (r: QuestionResult) => r.scoringValue as number;
  const strengths = rated
    .filter((r) => value(r) >= STRENGTH_MIN_VALUE)
    .sort((a, b) => value(b) - value(a))
    .slice(0, HIGHLIGHT_LIMIT)
    .map(highlight);
  const target = settings.targetStage;
  const gaps = rated
    .filter((r) => value(r) / 4 < settings.thresholds.stageThreshold)
    .filter((r) => target === null || r.informs.kind !== 'stagePractice' || r.informs.stage <= target)
    .sort((a, b) => value(a) - value(b))
    .slice(0, HIGHLIGHT_LIMIT)
    .map(highlight);
  return { strengths, gaps };
}

export function unresolvedQuestions(questions: readonly QuestionResult[]): UnresolvedQuestion[] {
  const out: UnresolvedQuestion[] = [];
  for (const r of questions) {
    if (r.status === 'split' || r.status === 'polarized') {
      out.push({
        questionId: r.questionId,
        status: r.status,
        scoringValue: r.scoringValue,
        overridden: r.overridden,
      });
    }
  }
  return out;
}

/**
 * The checklist items of the stage after the one reached that scored lowest (product.md, report summary).
 * Unrated items come after rated ones: they are worth discussing but there is no evidence they are weak.
 */
export function recommendedNextSteps(
  framework: Framework,
  questions: readonly QuestionResult[],
  stageReached: number,
  limit = NEXT_STEP_LIMIT,
): NextStep[] {
  const nextStage = stageReached + 1;
  if (nextStage > 4) return [];
  const steps = framework.checklistItems
    .filter((item) => item.stage === nextStage)
    .map((item, order) => {
      const linked = questions.filter(
        (r) => r.informs.kind === 'stagePractice' && r.informs.checklistItem === item.id,
      );
      const values = linked.flatMap((r) => (r.scoringValue === null ? [] : [r.scoringValue]));
      const score = values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length / 4;
      return {
        checklistItemId: item.id,
        stage: item.stage,
        score,
        questionIds: linked.map((r) => r.questionId),
        order,
      };
    });
  // Rated items lowest first, then unrated ones; ties keep the framework's order.
  const rank = (score: number | null) => (score === null ? Infinity : score);
  steps.sort((a, b) => rank(a.score) - rank(b.score) || a.order - b.order);
  return steps.slice(0, limit).map(({ order: _order, ...step }) => step);
}

/** Gap to the target stage (criticism 1 in domain.md: report the gap to the target, not only the stage). */
export function targetGap(group: ProfileResult, settings: WorkshopSettings): TargetGap | null {
  const target = settings.targetStage;
  const reached = group.stageReached;
  if (target === null || reached === null) return null;
  const threshold = settings.thresholds.stageThreshold;
  const shortfalls = group.attainment
    .filter((a) => a.stage > reached && a.stage <= target)
    .map((a) => ({
      stage: a.stage,
      attainment: a.attainment,
      shortfall: a.attainment === null ? null : Math.max(0, threshold - a.attainment),
    }));
  return {
    targetStage: target,
    stageReached: reached,
    met: reached >= target,
    stagesToGo: Math.max(0, target - reached),
    shortfalls,
  };
}
