import { useMemo, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import type { WorkshopResult } from '../../../shared/scoring';
import {
  WHOLE_GROUP,
  explainAlpha,
  explainEntries,
  explainGridPoint,
  explainMix,
  explainStages,
  explainTargetGap,
  gridInput,
  ladderStages,
  mixRows,
  questionRefs,
  summarizeResults,
  thresholdLabel,
  entryRows,
  PERCENT_TICKS,
  type ResultsFilter,
  type Series,
} from '../../../shared/results';
import type { WorkshopRecord } from '../../db/records';
import { roleLabel } from '../../../shared/model/labels';
import { BarsChart, Explain, Figure, GridChart, LadderChart } from './charts';
import { FilterChoice } from './FilterChoice';
import { QuestionLists } from './QuestionLists';
import { useResultsFor, type WorkshopData } from './use-results';
import { useProjecting, useShowOnProjector } from './ProjectorButton';
import { overviewSlide } from '../../../shared/projector/slides';

/**
 * The workshop's own figures, for the whole group or one team or role: where it stands against its
 * target, the grid, the ladder, the mix, the capacity and area profiles, strengths and gaps, the
 * questions without consensus, next steps and α. Only what the framework measures is shown.
 */
export function OverviewView({
  workshop,
  framework,
  data,
  series,
}: {
  workshop: WorkshopRecord;
  framework: Framework;
  data: WorkshopData;
  series: readonly Series[];
}) {
  const [filter, setFilter] = useState<ResultsFilter>(WHOLE_GROUP);
  const filters = useMemo(() => [filter], [filter]);
  const [result] = useResultsFor(workshop.id, data, framework, workshop.settings, filters);
  return (
    <div className="results-overview">
      <FilterChoice data={data} filter={filter} onChange={setFilter} />
      {result ? (
        <Overview
          result={result}
          framework={framework}
          workshop={workshop}
          series={series}
          filter={filter}
          data={data}
        />
      ) : null}
    </div>
  );
}

function Overview({
  result,
  framework,
  workshop,
  series,
  filter,
  data,
}: {
  result: WorkshopResult;
  framework: Framework;
  workshop: WorkshopRecord;
  series: readonly Series[];
  filter: ResultsFilter;
  data: WorkshopData;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const summary = useMemo(() => summarizeResults(result, framework, tr), [result, framework, tr]);
  const ref = useMemo(() => questionRefs(result, tr), [result, tr]);
  const g = result.group;
  const m = result.measures;
  const groupLabel =
    filter.kind === 'all'
      ? t('results.filter.all')
      : filter.kind === 'team'
        ? (data.teams.find((x) => x.id === filter.teamId)?.name ?? '')
        : roleLabel(filter.role, t);
  const named = (list: readonly { id: string; name: string }[]) => (id: string) =>
    list.find((x) => x.id === id)?.name ?? id;
  const projecting = useProjecting();
  const slide = useMemo(
    () =>
      projecting
        ? overviewSlide({
            result,
            framework,
            title: groupLabel,
            groupLabel,
            targetStage: workshop.settings.targetStage,
            teams: filter.kind === 'all' ? series : [],
            tr,
          })
        : null,
    [projecting, result, framework, groupLabel, workshop.settings.targetStage, filter.kind, series, tr],
  );
  useShowOnProjector(slide);
  const threshold = result.thresholds.stageThreshold;
  return (
    <>
      <section className="results-headline" aria-labelledby="headline-title" data-testid="results-headline">
        <h2 id="headline-title" className="visually-hidden">
          {t('results.headline.title')}
        </h2>
        {m.stages && g.stageReached !== null ? (
          <div className="stage-vs-target">
            <p className="stage-reached" data-testid="stage-reached">
              <span className="stage-label">{t('results.stage.reached')}</span>
              <span className="stage-number">{g.stageReached}</span>
              <span className="stage-name">
                {framework.stages.find((s) => s.stage === g.stageReached)?.name}
              </span>
            </p>
            {workshop.settings.targetStage !== null ? (
              <p className="stage-target" data-testid="stage-target">
                <span className="stage-label">{t('results.stage.target')}</span>
                <span className="stage-number">{workshop.settings.targetStage}</span>
                <span className="stage-name">
                  {result.targetGap?.met
                    ? t('results.stage.met')
                    : t('results.stage.toGo', { count: result.targetGap?.stagesToGo ?? 0 })}
                </span>
              </p>
            ) : null}
          </div>
        ) : null}
        <div className="headline-text">
          {summary.headline.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
          <p data-testid="alpha-reading">{summary.alpha.reading}</p>
        </div>
        {m.stages ? <Explain explanation={explainStages(g, tr, ref)} /> : null}
        {result.targetGap ? (
          <Explain
            explanation={explainTargetGap(result.targetGap, tr)}
            summary={t('results.explain.target')}
          />
        ) : null}
      </section>

      <div className="figure-grid">
        {m.stages && g.gridPoint ? (
          <Figure
            title={t('results.grid.title')}
            explanation={explainGridPoint(g.gridPoint, g, tr, ref)}
            className="figure-wide"
            testId="figure-grid"
          >
            <GridChart
              label={t('results.grid.title')}
              input={gridInput({
                result,
                framework,
                teams: filter.kind === 'all' ? series : [],
                groupLabel,
                targetStage: workshop.settings.targetStage,
                size: { width: 0, height: 0 },
                tr,
              })}
            />
            <p className="figure-caption" data-testid="grid-point">
              {g.gridPoint.x === null
                ? t('results.grid.pointNoX', { y: tr.formatNumber(g.gridPoint.y) })
                : t('results.grid.point', {
                    name: groupLabel,
                    x: tr.formatNumber(g.gridPoint.x),
                    y: tr.formatNumber(g.gridPoint.y),
                  })}
            </p>
            {g.gridPoint.leftOfBand ? (
              <p className="figure-caption callout" data-testid="left-of-band">
                {t('session.summary.leftOfBand', {
                  stage: g.gridPoint.stageReached,
                  name: framework.stages.find((s) => s.stage === g.gridPoint?.stageReached)?.name ?? '',
                })}
              </p>
            ) : null}
          </Figure>
        ) : null}
        {m.stages ? (
          <Figure
            title={t('results.ladder.title')}
            explanation={explainStages(g, tr, ref)}
            testId="figure-ladder"
          >
            <LadderChart
              label={t('results.ladder.title')}
              stages={ladderStages(g, framework, tr)}
              threshold={threshold}
              thresholdLabel={thresholdLabel(threshold, tr)}
            />
          </Figure>
        ) : null}
        {m.archetypeMix ? (
          <Figure
            title={t('results.mix.title')}
            explanation={explainMix(g.archetypeMix, framework, tr)}
            testId="figure-mix"
          >
            {g.archetypeMix ? (
              <>
                <BarsChart
                  label={t('results.mix.title')}
                  rows={mixRows(g.archetypeMix, framework, tr)}
                  testId="mix-chart"
                />
                {g.archetypeMix.pooled > 1 ? (
                  <p className="figure-caption muted">{t('results.mix.caption')}</p>
                ) : null}
              </>
            ) : (
              <p className="muted">{t('results.mix.none')}</p>
            )}
          </Figure>
        ) : null}
        {m.enablers && g.enablers.some((e) => e.value !== null) ? (
          <Figure
            title={t('results.enablers.title')}
            explanation={explainEntries(g.enablers, named(framework.enablers), 'enablers', tr, ref)}
          >
            <p className="figure-caption">{t('results.enablers.caption')}</p>
            <BarsChart
              label={t('results.enablers.title')}
              rows={entryRows(g.enablers, named(framework.enablers), tr)}
              ticks={PERCENT_TICKS(tr)}
            />
          </Figure>
        ) : null}
        {m.goals && g.goals.some((e) => e.value !== null) ? (
          <Figure
            title={t('results.goals.title')}
            explanation={explainEntries(g.goals, named(framework.goals), 'goals', tr, ref)}
            testId="figure-goals"
          >
            <BarsChart
              label={t('results.goals.title')}
              rows={entryRows(g.goals, named(framework.goals), tr)}
              ticks={PERCENT_TICKS(tr)}
            />
          </Figure>
        ) : null}
        {m.responsibilityAreas && g.responsibilityAreas.some((a) => a.value !== null) ? (
          <Figure
            title={t('results.areas.title')}
            explanation={explainEntries(
              g.responsibilityAreas,
              named(framework.responsibilityAreas),
              'responsibilityAreas',
              tr,
              ref,
            )}
          >
            <BarsChart
              label={t('results.areas.title')}
              rows={entryRows(g.responsibilityAreas, named(framework.responsibilityAreas), tr)}
              ticks={PERCENT_TICKS(tr)}
            />
          </Figure>
        ) : null}
      </div>

      <QuestionLists result={result} summary={summary} />

      <Figure
        title={t('results.alpha.title')}
        explanation={explainAlpha(result.alpha, tr)}
        testId="figure-alpha"
      >
        <p className="alpha-value">{summary.alpha.value === null ? '—' : `α ${summary.alpha.value}`}</p>
        <p>{summary.alpha.reading}</p>
      </Figure>
    </>
  );
}
