import type { QuestionResult, TargetGap, WorkshopAlpha } from '../scoring/types';
import type { ConsensusThresholds } from '../model/types';
import { decimal, explanation, percent, scaleValue, type Explanation, type Words } from './format';

/** How a question's value and agreement were worked out: which round, which votes, which rule. */
export function explainQuestion(q: QuestionResult, thresholds: ConsensusThresholds, tr: Words): Explanation {
  const lines: string[] = [];
  const s = q.statistics;
  if (q.round === null || s === null) {
    lines.push(tr.t('results.explain.question.noVotes'));
  } else {
    lines.push(
      tr.t('results.explain.question.round', {
        round: q.round,
        rounds: q.roundsWithVotes.length,
        count: s.n,
        votes: s.frequencies.map((count, value) => tr.t('session.chart.bar', { value, count })).join(' · '),
        dontKnow: q.dontKnowCount,
        notApplicable: q.notApplicableCount,
      }),
    );
    lines.push(
      tr.t('results.explain.question.figures', {
        median: scaleValue(tr, s.median),
        iqr: scaleValue(tr, s.iqr),
        cns: decimal(tr, s.cns),
        a: decimal(tr, s.agreementA),
      }),
    );
    const numbers = {
      iqr: scaleValue(tr, s.iqr),
      maxIqr: scaleValue(tr, thresholds.maxIqr),
      cns: decimal(tr, s.cns),
      minCns: decimal(tr, thresholds.minCns),
      a: decimal(tr, s.agreementA),
      minA: decimal(tr, thresholds.polarizedBelowA),
    };
    lines.push(tr.t(`results.explain.status.${s.status}`, numbers));
  }
  if (q.overridden && q.agreedValue !== null) {
    lines.push(
      tr.t('results.explain.question.agreed', {
        agreed: q.agreedValue,
        computed: q.consensusValue === null ? '—' : scaleValue(tr, q.consensusValue),
        rationale: q.rationale,
      }),
    );
  }
  return explanation(lines, ['votes', 'round', 'consensusValue', 'status'], tr);
}

export function explainAlpha(alpha: WorkshopAlpha, tr: Words): Explanation {
  const lines = [
    alpha.value === null
      ? tr.t('results.explain.alpha.undefined', { units: alpha.units, coders: alpha.coders })
      : tr.t('results.explain.alpha.value', {
          alpha: tr.formatNumber(alpha.value, 3),
          units: alpha.units,
          values: alpha.pairableValues,
          coders: alpha.coders,
        }),
  ];
  const left = alpha.perQuestion.filter((u) => !u.isUnit).length;
  if (left > 0) lines.push(tr.t('results.explain.alpha.leftOut', { count: left }));
  return explanation(lines, ['alpha'], tr);
}

export function explainTargetGap(gap: TargetGap, tr: Words): Explanation {
  const lines = [
    gap.met
      ? tr.t('results.explain.target.met', { target: gap.targetStage, reached: gap.stageReached })
      : tr.t('results.explain.target.toGo', {
          target: gap.targetStage,
          reached: gap.stageReached,
          count: gap.stagesToGo,
        }),
    ...gap.shortfalls.map((f) =>
      f.attainment === null || f.shortfall === null
        ? tr.t('results.explain.target.noValue', { stage: f.stage })
        : tr.t('results.explain.target.shortfall', {
            stage: f.stage,
            attainment: percent(tr, f.attainment),
            shortfall: percent(tr, f.shortfall),
          }),
    ),
  ];
  return explanation(lines, ['targetGap', 'stageReached'], tr);
}
