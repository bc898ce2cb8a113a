import { useState } from 'react';
import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import {
  comparisonGapInput,
  comparisonGridInput,
  mixRows,
  ruleText,
  type GroupComparison,
  type QuestionRef,
} from '../../../shared/results';
import type { WorkshopRecord } from '../../db/records';
import { StatusBadge } from '../session/RevealPanel';
import { BarsChart, DistributionMini, Explain, Figure, GapChart, GridChart } from './charts';
import { SeriesMark } from './SeriesMark';
import { useProjecting, useShowOnProjector } from './ProjectorButton';
import { comparisonSlide } from '../../../shared/projector/slides';
import { useMemo } from 'react';
import { statementOf } from '../../../shared/framework/names';

/** How many questions the gap chart shows before "Show all". */
const FIRST_GAPS = 10;
/** How many of the most different questions are shown with every group's distribution. */
const DETAILED = 5;

export function ComparisonBody({
  comparison,
  framework,
  workshop,
  refs,
}: {
  comparison: GroupComparison;
  framework: Framework;
  workshop: WorkshopRecord;
  refs: QuestionRef;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const [all, setAll] = useState(false);
  const statementFor = (id: string) => statementOf(framework, id);
  const groups = comparison.groups;
  const measures = groups[0]!.result.measures;
  const withGap = comparison.questions.filter((q) => q.gap !== null);
  const apart = comparison.questions.filter((q) => q.agreeApart.length >= 2);
  const shown = all ? comparison.questions.length : FIRST_GAPS;
  const projecting = useProjecting();
  const title = t('results.compare.slideTitle', { names: groups.map((g) => g.label).join(' · ') });
  const slide = useMemo(
    () =>
      projecting
        ? comparisonSlide({ comparison, framework, title, targetStage: workshop.settings.targetStage, tr })
        : null,
    [projecting, comparison, framework, title, workshop.settings.targetStage, tr],
  );
  useShowOnProjector(slide);
  const stageName = (stage: number | null) =>
    stage === null ? '' : (framework.stages.find((s) => s.stage === stage)?.name ?? '');
  return (
    <>
      <div className="side-by-side" data-testid="side-by-side">
        {groups.map((g) => (
          <section key={g.key} className="figure group-card" aria-labelledby={`group-${g.key}`}>
            <h2 id={`group-${g.key}`}>
              <SeriesMark color={g.color} marker={g.marker} /> {g.label}
            </h2>
            {measures.stages && g.result.group.stageReached !== null ? (
              <p className="group-stage" data-testid="group-stage">
                {t('results.compare.stage', {
                  stage: g.result.group.stageReached,
                  name: stageName(g.result.group.stageReached),
                })}
              </p>
            ) : null}
            <p className="muted">{t('results.compare.people', { count: g.result.participants.length })}</p>
            {measures.archetypeMix && g.result.group.archetypeMix ? (
              <BarsChart
                label={t('results.compare.mixOf', { name: g.label })}
                rows={mixRows(g.result.group.archetypeMix, framework, tr)}
                fontSize={13}
              />
            ) : null}
          </section>
        ))}
      </div>
      {measures.stages ? (
        <Figure title={t('results.compare.gridTitle')} className="figure-wide">
          <GridChart
            label={t('results.compare.gridTitle')}
            input={comparisonGridInput(groups, framework, workshop.settings.targetStage, tr)}
          />
        </Figure>
      ) : null}
      <Figure title={t('results.compare.gapsTitle')} className="figure-wide" testId="figure-gaps">
        <p className="figure-caption">{t('results.compare.gapsCaption', { count: withGap.length })}</p>
        <GapChart
          label={t('results.compare.gapsTitle')}
          input={comparisonGapInput(comparison, statementFor, refs, shown, tr)}
        />
        <ol className="gap-list visually-hidden">
          {comparison.questions.slice(0, shown).map((q) => (
            <li key={q.questionId}>
              {refs(q.questionId)} {statementFor(q.questionId)}:{' '}
              {groups.map((g, i) => `${g.label} ${q.values[i] ?? '—'}`).join(', ')}
            </li>
          ))}
        </ol>
        {comparison.questions.length > FIRST_GAPS ? (
          <button type="button" onClick={() => setAll(!all)} aria-expanded={all}>
            {all
              ? t('results.compare.showFewer')
              : t('results.compare.showAll', { count: comparison.questions.length })}
          </button>
        ) : null}
        <Explain
          explanation={{ lines: [], rules: [ruleText('teams', tr), ruleText('teamComparison', tr)] }}
        />
      </Figure>
      <section className="figure figure-wide" aria-labelledby="differ-title" data-testid="differ-most">
        <h2 id="differ-title">{t('results.compare.differTitle')}</h2>
        <ol className="differ-list">
          {withGap.slice(0, DETAILED).map((q) => (
            <li key={q.questionId} className="differ-item" data-question={q.questionId}>
              <p className="question-line">
                <span className="question-ref">{refs(q.questionId)}</span> {statementFor(q.questionId)}{' '}
                <strong>
                  {t('results.compare.gap', {
                    gap: tr.formatNumber(q.gap ?? 0, Number.isInteger(q.gap) ? 0 : 1),
                  })}
                </strong>
              </p>
              <div className="differ-distributions">
                {groups.map((g, i) => (
                  <figure key={g.key} className="differ-group">
                    <figcaption>
                      <SeriesMark color={g.color} marker={g.marker} /> {g.label}{' '}
                      <StatusBadge status={q.statuses[i] ?? 'noVotes'} />
                    </figcaption>
                    <DistributionMini
                      frequencies={q.frequencies[i] ?? [0, 0, 0, 0, 0]}
                      median={q.values[i] ?? null}
                      label={t('results.compare.distribution', { name: g.label, ref: refs(q.questionId) })}
                      width={220}
                    />
                  </figure>
                ))}
              </div>
            </li>
          ))}
        </ol>
      </section>
      <section className="figure figure-wide" aria-labelledby="apart-title" data-testid="agree-apart">
        <h2 id="apart-title">{t('results.compare.apartTitle')}</h2>
        {apart.length === 0 ? <p className="muted">{t('results.compare.apartNone')}</p> : null}
        <ul className="question-lines">
          {apart.map((q) => (
            <li key={q.questionId}>
              <span>
                <span className="question-ref">{refs(q.questionId)}</span> {statementFor(q.questionId)} —{' '}
                {groups
                  .filter((g) => q.agreeApart.includes(g.key))
                  .map((g) =>
                    t('results.compare.agreesOn', {
                      name: g.label,
                      value: q.values[groups.indexOf(g)] ?? '—',
                    }),
                  )
                  .join('; ')}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
