import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import type { ArchetypeShare, ProfileEntry, WorkshopResult } from '../../../shared/scoring/types';
import type { TeamRecord } from '../../db/records';
import { GridChart } from '../results/charts';
import { gridInput } from '../../../shared/results/chart-inputs';
import { teamSeries } from '../../../shared/results/comparison';

/**
 * The engine's current reading of the whole workshop; collapsed by default so it does not steer the room.
 * It shows what the framework measures (result.measures) and leaves out what it does not: a framework
 * without stages has no stage line and no grid, one without archetypes no mix.
 */
export function SummaryPanel({
  result,
  framework,
  teams,
}: {
  result: WorkshopResult | null;
  framework: Framework;
  teams: readonly TeamRecord[];
}) {
  const { t } = useTranslator();
  if (!result) return null;
  return (
    <section className="summary-panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('session.summary.title')}</h2>
      {result.measures.stages ? <StageSummary result={result} framework={framework} teams={teams} /> : null}
      {result.measures.goals ? <GoalSummary goals={result.group.goals} framework={framework} /> : null}
      {result.measures.archetypeMix ? <MixSummary result={result} framework={framework} /> : null}
    </section>
  );
}

function StageSummary({
  result,
  framework,
  teams,
}: {
  result: WorkshopResult;
  framework: Framework;
  teams: readonly TeamRecord[];
}) {
  const tr = useTranslator();
  const { t } = tr;
  const g = result.group;
  const point = g.gridPoint;
  if (g.stageReached === null || point === null) return null;
  const reached = g.stageReached;
  const stageName = framework.stages.find((s) => s.stage === reached)?.name ?? '';
  const next = g.attainment.find((a) => a.stage === reached + 1);
  return (
    <>
      <p data-testid="summary-stage">{t('session.summary.stage', { stage: reached, name: stageName })}</p>
      {next?.notAssessed ? (
        <p className="muted" data-testid="summary-not-assessed">
          {t('session.summary.notAssessed', { stage: next.stage, reached })}
        </p>
      ) : next ? (
        <p className="muted">
          {t('session.summary.nextStage', {
            stage: next.stage,
            value: next.attainment === null ? '—' : tr.formatPercent(next.attainment),
            threshold: tr.formatPercent(next.threshold),
          })}
        </p>
      ) : null}
      <p data-testid="summary-grid">
        {point.x === null
          ? t('session.summary.gridNoX', { y: tr.formatNumber(point.y) })
          : t('session.summary.grid', { x: tr.formatNumber(point.x), y: tr.formatNumber(point.y) })}
      </p>
      {point.leftOfBand ? (
        <p className="muted" data-testid="summary-left-of-band">
          {t('session.summary.leftOfBand', { stage: reached, name: stageName })}
        </p>
      ) : null}
      {/* The results screen's grid: axis titles, every band named, team labels clear of the bands'. */}
      <GridChart
        label={t('session.summary.gridTitle')}
        input={gridInput({
          result,
          framework,
          teams: teamSeries(teams),
          groupLabel: t('session.summary.group'),
          targetStage: null,
          size: { width: 0, height: 0 },
          tr,
          participants: false,
        })}
      />
    </>
  );
}

/** The per-goal profile: each goal's mean value as a share of 4; a goal nobody rated yet says so. */
function GoalSummary({ goals, framework }: { goals: readonly ProfileEntry[]; framework: Framework }) {
  const tr = useTranslator();
  const { t } = tr;
  const names = new Map(framework.goals.map((g) => [g.id, g.name]));
  return (
    <>
      <h3>{t('session.summary.goals')}</h3>
      <ul className="mix-list goal-list" data-testid="summary-goals">
        {goals.map((goal) => (
          <li key={goal.id}>
            <span className="mix-name">{names.get(goal.id) ?? goal.id}</span>
            <span className="mix-bar" aria-hidden="true">
              <span style={{ width: `${Math.round((goal.value ?? 0) * 100)}%` }} />
            </span>
            <span className={goal.value === null ? 'mix-value muted' : 'mix-value'}>
              {goal.value === null ? t('session.summary.goalNotRated') : tr.formatPercent(goal.value)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function MixSummary({ result, framework }: { result: WorkshopResult; framework: Framework }) {
  const tr = useTranslator();
  const { t } = tr;
  const mix = result.group.archetypeMix;
  const names = new Map(framework.archetypes.map((a) => [a.id, a.name]));
  // An archetype whose statements nobody has rated yet is not "0 %": it is not known yet.
  const isRated = (s: ArchetypeShare) => s.contributions.some((c) => c.ratings.length > 0);
  const rated = mix?.shares.filter(isRated) ?? [];
  const unrated = mix?.shares.filter((s) => !isRated(s)) ?? [];
  // What the mix rests on: the archetype statements rated so far, of those in play. One statement makes
  // a mix of "100 %" that says nothing; it is named as what it is instead.
  const statements = result.questions.filter(
    (q) => framework.questions.find((f) => f.id === q.questionId)?.informs.kind === 'archetype',
  ).length;
  const ratedStatements = new Set(
    (mix?.shares ?? []).flatMap((s) => s.contributions.flatMap((c) => c.ratings.map((r) => r.questionId))),
  ).size;
  return (
    <>
      <h3>{t('session.summary.mix')}</h3>
      {mix && ratedStatements > 0 ? (
        <p className="muted" data-testid="summary-mix-basis">
          {ratedStatements === 1
            ? t('session.summary.mixOne', { total: statements })
            : t('session.summary.mixBasis', { rated: ratedStatements, total: statements })}
        </p>
      ) : null}
      {mix && ratedStatements > 1 && rated.some((s) => s.share > 0) ? (
        <ul className="mix-list" data-testid="summary-mix">
          {[...rated]
            .sort((a, b) => b.share - a.share)
            .map((s) => (
              <li key={s.archetypeId}>
                <span className="mix-name">{names.get(s.archetypeId) ?? s.archetypeId}</span>
                <span className="mix-bar" aria-hidden="true">
                  <span style={{ width: `${Math.round(s.share * 100)}%` }} />
                </span>
                <span className="mix-value">{tr.formatPercent(s.share)}</span>
                {mix.pooled > 1 ? (
                  <span className="mix-spread muted">
                    {t('session.summary.spread', {
                      min: tr.formatPercent(s.min),
                      max: tr.formatPercent(s.max),
                    })}
                  </span>
                ) : null}
              </li>
            ))}
        </ul>
      ) : ratedStatements === 0 ? (
        <p className="muted">{t('session.summary.noMix')}</p>
      ) : null}
      {mix && unrated.length > 0 ? (
        <p className="muted" data-testid="summary-unrated">
          {t('session.summary.notRated', {
            names: unrated.map((s) => names.get(s.archetypeId) ?? s.archetypeId).join(', '),
          })}
        </p>
      ) : null}
    </>
  );
}
