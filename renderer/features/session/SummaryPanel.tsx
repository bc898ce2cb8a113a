import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import type { ArchetypeShare, ProfileEntry, WorkshopResult } from '../../../shared/scoring/types';
import type { TeamRecord } from '../../db/records';
import { MaturityGridChart } from '../../ui/MaturityGridChart';
import { markerFor } from '../../../shared/charts/shapes';

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
      <MaturityGridChart
        title={t('session.summary.gridTitle')}
        width={420}
        height={220}
        stageNames={framework.stages.map((s) => s.name)}
        stageReached={reached}
        points={[
          ...result.teams.flatMap((tm, i) =>
            tm.participantIds.length > 0 && tm.profile.gridPoint
              ? [
                  {
                    id: tm.teamId,
                    label: tm.name,
                    x: tm.profile.gridPoint.x,
                    y: tm.profile.gridPoint.y,
                    kind: 'team' as const,
                    color: teams.find((x) => x.id === tm.teamId)?.color ?? '#545c66',
                    marker: markerFor(i),
                  },
                ]
              : [],
          ),
          { id: 'group', label: t('session.summary.group'), x: point.x, y: point.y, kind: 'group' as const },
        ]}
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
      <ul className="mix-list" data-testid="summary-goals">
        {goals.map((goal) => (
          <li key={goal.id}>
            <span className="mix-name">{names.get(goal.id) ?? goal.id}</span>
            <span className="mix-bar" aria-hidden="true">
              <span style={{ width: `${Math.round((goal.value ?? 0) * 100)}%` }} />
            </span>
            <span className="mix-value">
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
  return (
    <>
      <h3>{t('session.summary.mix')}</h3>
      {mix && rated.some((s) => s.share > 0) ? (
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
      ) : (
        <p className="muted">{t('session.summary.noMix')}</p>
      )}
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
