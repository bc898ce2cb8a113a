import type { Framework } from '../framework';
import type { AgreementStatus, QuestionResult, WorkshopResult } from '../scoring/types';
import { percent, questionRefs, scaleValue, type Words } from './format';
import { archetypeName, statementOf } from '../framework/names';

/**
 * Which numbers the results show, and the plain-language readings of them, for the screen and the report
 * alike: the headline (stage vs target, top archetype, agreement), α with its reading, strengths, gaps,
 * the questions without consensus and the recommended next steps, each with the question it rests on.
 */
export interface QuestionLine {
  questionId: string;
  /** "Q7" */
  ref: string;
  statement: string;
  /** The value used for scoring, as the scale shows it ("3", "2.5"); null without votes. */
  value: string | null;
  status: AgreementStatus;
  overridden: boolean;
}

export interface NextStepLine {
  checklistItemId: string;
  text: string;
  stage: number;
  /** The item's score as a percentage, or null when nobody rated its questions. */
  score: string | null;
  refs: string[];
}

export interface ResultsSummary {
  /** Sentences read first: where the group stands, against what target, how far it agrees. */
  headline: string[];
  alpha: { value: string | null; reading: string };
  strengths: QuestionLine[];
  gaps: QuestionLine[];
  withoutConsensus: (QuestionLine & { result: QuestionResult })[];
  nextSteps: NextStepLine[];
  /** Questions in the set, and how many of them reached consensus. */
  counts: { questions: number; answered: number; consensus: number };
}

export function summarizeResults(result: WorkshopResult, framework: Framework, tr: Words): ResultsSummary {
  const ref = questionRefs(result, tr);
  const byId = new Map(result.questions.map((q) => [q.questionId, q]));
  const statement = (id: string) => statementOf(framework, id);
  const line = (id: string): QuestionLine => {
    const q = byId.get(id);
    return {
      questionId: id,
      ref: ref(id),
      statement: statement(id),
      value: q?.scoringValue == null ? null : scaleValue(tr, q.scoringValue),
      status: q?.status ?? 'noVotes',
      overridden: q?.overridden ?? false,
    };
  };
  const counts = {
    questions: result.questions.length,
    answered: result.questions.filter((q) => q.statistics !== null).length,
    consensus: result.questions.filter((q) => q.status === 'consensus').length,
  };
  return {
    headline: headline(result, framework, counts, tr),
    alpha: alphaReading(result, tr),
    strengths: result.strengths.map((h) => line(h.questionId)),
    gaps: result.gaps.map((h) => line(h.questionId)),
    withoutConsensus: result.withoutConsensus.map((u) => ({
      ...line(u.questionId),
      result: byId.get(u.questionId)!,
    })),
    nextSteps: result.recommendedNextSteps.map((step) => ({
      checklistItemId: step.checklistItemId,
      text: framework.checklistItems.find((c) => c.id === step.checklistItemId)?.text ?? step.checklistItemId,
      stage: step.stage,
      score: step.score === null ? null : percent(tr, step.score),
      refs: step.questionIds.map(ref),
    })),
    counts,
  };
}

export function stageName(framework: Framework, stage: number): string {
  return framework.stages.find((s) => s.stage === stage)?.name ?? '';
}

function headline(
  result: WorkshopResult,
  framework: Framework,
  counts: ResultsSummary['counts'],
  tr: Words,
): string[] {
  const out: string[] = [];
  const group = result.group;
  if (result.measures.stages && group.stageReached !== null) {
    const reached = group.stageReached;
    out.push(tr.t('results.headline.stage', { stage: reached, name: stageName(framework, reached) }));
    const gap = result.targetGap;
    if (gap) {
      if (gap.met)
        out.push(
          tr.t('results.headline.targetMet', {
            target: gap.targetStage,
            name: stageName(framework, gap.targetStage),
          }),
        );
      else {
        const next = group.attainment[reached];
        out.push(
          next?.notAssessed
            ? tr.t('results.headline.targetNotAssessed', { target: gap.targetStage, stage: next.stage })
            : tr.t('results.headline.targetToGo', {
                target: gap.targetStage,
                name: stageName(framework, gap.targetStage),
                count: gap.stagesToGo,
                stage: reached + 1,
                attainment: next?.attainment == null ? '—' : percent(tr, next.attainment),
                threshold: percent(tr, result.thresholds.stageThreshold),
              }),
        );
      }
    }
  }
  const mix = group.archetypeMix;
  if (result.measures.archetypeMix) {
    const top = mix ? [...mix.shares].sort((a, b) => b.share - a.share)[0] : undefined;
    const name = top ? archetypeName(framework, top.archetypeId) : '';
    out.push(
      top && top.share > 0
        ? tr.t('results.headline.mix', { name, share: percent(tr, top.share) })
        : tr.t('results.headline.noMix'),
    );
  }
  out.push(
    tr.t('results.headline.agreement', {
      consensus: counts.consensus,
      answered: counts.answered,
      questions: counts.questions,
      open: result.withoutConsensus.length,
    }),
  );
  return out;
}

export function alphaReading(result: Pick<WorkshopResult, 'alpha'>, tr: Words): ResultsSummary['alpha'] {
  const alpha = result.alpha;
  const value = alpha.value === null ? null : tr.formatNumber(alpha.value, 2);
  return { value, reading: tr.t(`results.alpha.${alpha.reading}`, { alpha: value ?? '—' }) };
}
