import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import { questionRefs, type OverTime } from '../../../shared/results';
import type { WorkshopResult } from '../../../shared/scoring';
import { Figure, GapChart } from './charts';
import { signed } from './OverTimeView';
import { archetypeName, statementOf } from '../../../shared/framework/names';

/** The mix and the per-question values, then and now, as arrows; questions asked only once, listed. */
export function OverTimeDetails({
  moved,
  framework,
  before,
  after,
  then,
  now,
}: {
  moved: OverTime;
  framework: Framework;
  before: WorkshopResult;
  after: WorkshopResult;
  then: string;
  now: string;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const refNow = questionRefs(after, tr);
  const statement = (id: string) => statementOf(framework, id);
  const series = [
    { key: 'then', label: then, color: '#000000', marker: 'circle' as const, hollow: true },
    { key: 'now', label: now, color: '#000000', marker: 'circle' as const },
  ];
  const archetype = (id: string) => archetypeName(framework, id);
  // The mix's scale ends at the next quarter above its largest share, so small shifts stay visible.
  const shares = (moved.mix ?? []).flatMap((m) => [m.before ?? 0, m.after ?? 0]);
  const mixMax = Math.min(1, Math.ceil(Math.max(0.25, ...shares) * 4) / 4);
  const percentPoints = (delta: number | null) =>
    delta === null
      ? t('results.time.notBoth')
      : t('results.time.points', { delta: signed(tr, Math.round(delta * 100)) });
  return (
    <>
      {moved.mix && moved.mix.length > 0 ? (
        <Figure title={t('results.time.mixTitle')} className="figure-wide" testId="mix-move">
          <GapChart
            label={t('results.time.mixTitle')}
            input={{
              series,
              arrows: true,
              min: 0,
              max: mixMax,
              ticks: [0, 0.25, 0.5, 0.75, 1]
                .filter((v) => v <= mixMax + 1e-9)
                .map((value) => ({ value, label: tr.formatPercent(value) })),
              rows: moved.mix.map((m) => ({
                key: m.archetypeId,
                label: archetype(m.archetypeId),
                values: [m.before, m.after],
                note: percentPoints(m.delta),
              })),
            }}
          />
        </Figure>
      ) : null}
      <Figure title={t('results.time.questionsTitle')} className="figure-wide" testId="question-moves">
        <p className="figure-caption">
          {t('results.time.questionsCaption', { count: moved.questions.length })}
        </p>
        <GapChart
          label={t('results.time.questionsTitle')}
          input={{
            series,
            arrows: true,
            rows: moved.questions.map((q) => ({
              key: q.questionId,
              label: t('results.compare.rowLabel', {
                ref: refNow(q.questionId),
                statement: statement(q.questionId),
              }),
              values: [q.before, q.after],
              note: q.delta === null ? t('results.time.notBoth') : signed(tr, q.delta),
            })),
          }}
        />
        <ul className="visually-hidden" data-testid="question-deltas">
          {moved.questions.map((q) => (
            <li key={q.questionId} data-question={q.questionId}>
              {t('results.time.questionLine', {
                ref: refNow(q.questionId),
                before: q.before ?? '—',
                after: q.after ?? '—',
                delta: q.delta === null ? t('results.time.notBoth') : signed(tr, q.delta),
              })}
            </li>
          ))}
        </ul>
      </Figure>
      {moved.onlyBefore.length > 0 || moved.onlyAfter.length > 0 ? (
        <section className="figure figure-wide" aria-labelledby="only-title" data-testid="asked-once">
          <h2 id="only-title">{t('results.time.onlyTitle')}</h2>
          {moved.onlyBefore.length > 0 ? (
            <>
              <p>{t('results.time.onlyBefore', { date: then })}</p>
              <ul>
                {moved.onlyBefore.map((id) => (
                  <li key={id}>{statement(id)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {moved.onlyAfter.length > 0 ? (
            <>
              <p>{t('results.time.onlyAfter', { date: now })}</p>
              <ul>
                {moved.onlyAfter.map((id) => (
                  <li key={id}>
                    {refNow(id)} {statement(id)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <p className="muted">
        {t('results.time.alpha', {
          then: before.alpha.value === null ? '—' : tr.formatNumber(before.alpha.value, 2),
          now: after.alpha.value === null ? '—' : tr.formatNumber(after.alpha.value, 2),
        })}
      </p>
    </>
  );
}
