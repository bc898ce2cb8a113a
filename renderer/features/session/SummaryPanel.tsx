import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import type { ArchetypeShare, WorkshopResult } from '../../../shared/scoring/types';
import type { TeamRecord } from '../../db/records';
import { MaturityGridChart } from '../../ui/MaturityGridChart';

/** The engine's current reading of the whole workshop; collapsed by default so it does not steer the room. */
export function SummaryPanel({
  result,
  framework,
  teams,
}: {
  result: WorkshopResult | null;
  framework: Framework;
  teams: readonly TeamRecord[];
}) {
  const tr = useTranslator();
  const { t } = tr;
  if (!result) return null;
  const g = result.group;
  const stageName = framework.stages.find((s) => s.stage === g.stageReached)?.name ?? '';
  const next = g.attainment.find((a) => a.stage === g.stageReached + 1);
  const mix = g.archetypeMix;
  const names = new Map(framework.archetypes.map((a) => [a.id, a.name]));
  // An archetype whose statements nobody has rated yet is not "0 %": it is not known yet.
  const isRated = (s: ArchetypeShare) => s.contributions.some((c) => c.ratings.length > 0);
  const rated = mix?.shares.filter(isRated) ?? [];
  const unrated = mix?.shares.filter((s) => !isRated(s)) ?? [];
  return (
    <section className="summary-panel" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('session.summary.title')}</h2>
      <p data-testid="summary-stage">
        {t('session.summary.stage', { stage: g.stageReached, name: stageName })}
      </p>
      {next?.notAssessed ? (
        <p className="muted" data-testid="summary-not-assessed">
          {t('session.summary.notAssessed', { stage: next.stage, reached: g.stageReached })}
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
        {g.gridPoint.x === null
          ? t('session.summary.gridNoX', { y: tr.formatNumber(g.gridPoint.y) })
          : t('session.summary.grid', {
              x: tr.formatNumber(g.gridPoint.x),
              y: tr.formatNumber(g.gridPoint.y),
            })}
      </p>
      {g.gridPoint.leftOfBand ? (
        <p className="muted" data-testid="summary-left-of-band">
          {t('session.summary.leftOfBand', { stage: g.stageReached, name: stageName })}
        </p>
      ) : null}
      <MaturityGridChart
        title={t('session.summary.gridTitle')}
        width={420}
        height={220}
        stageNames={framework.stages.map((s) => s.name)}
        stageReached={g.stageReached}
        points={[
          ...result.teams
            .filter((tm) => tm.participantIds.length > 0)
            .map((tm) => ({
              id: tm.teamId,
              label: tm.name,
              x: tm.profile.gridPoint.x,
              y: tm.profile.gridPoint.y,
              kind: 'team' as const,
              color: teams.find((x) => x.id === tm.teamId)?.color ?? '#545c66',
            })),
          {
            id: 'group',
            label: t('session.summary.group'),
            x: g.gridPoint.x,
            y: g.gridPoint.y,
            kind: 'group' as const,
          },
        ]}
      />
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
    </section>
  );
}
