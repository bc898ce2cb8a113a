import { useId, useMemo, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework';
import { useWorkshopData, useWorkshops } from '../../db/hooks';
import {
  WHOLE_GROUP,
  compareOverTime,
  earlierWorkshops,
  gridInput,
  type ResultsFilter,
} from '../../../shared/results';
import type { WorkshopResult } from '../../../shared/scoring';
import type { WorkshopRecord } from '../../db/records';
import { Figure, GridChart } from './charts';
import { OverTimeDetails } from './OverTimeDetails';
import { useResultsFor, type WorkshopData } from './use-results';

const WHOLE: readonly ResultsFilter[] = [WHOLE_GROUP];

/** Over time: an earlier workshop of the same organization and framework beside this one, and what moved. */
export function OverTimeView({
  workshop,
  framework,
  result,
}: {
  workshop: WorkshopRecord;
  framework: Framework;
  result: WorkshopResult;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const id = useId();
  const workshops = useWorkshops();
  const candidates = useMemo(() => earlierWorkshops(workshop, workshops ?? []), [workshop, workshops]);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const earlier = candidates.find((w) => w.id === chosenId) ?? candidates[0] ?? null;
  if (workshops === undefined) return null;
  if (!earlier) {
    return (
      <p className="results-empty" data-testid="no-earlier">
        {t('results.time.none', { organization: workshop.organization || t('home.item.noOrganization') })}
      </p>
    );
  }
  const label = (w: WorkshopRecord) =>
    t('results.time.option', { title: w.title, date: tr.formatDate(w.date, 'long') });
  return (
    <div className="results-time">
      <div className="results-filter">
        <label htmlFor={id}>{t('results.time.pick')}</label>
        <select id={id} value={earlier.id} onChange={(e) => setChosenId(e.target.value)}>
          {candidates.map((w) => (
            <option key={w.id} value={w.id}>
              {label(w)}
            </option>
          ))}
        </select>
      </div>
      <Earlier key={earlier.id} earlier={earlier} workshop={workshop} framework={framework} result={result} />
    </div>
  );
}

function Earlier({
  earlier,
  workshop,
  framework,
  result,
}: {
  earlier: WorkshopRecord;
  workshop: WorkshopRecord;
  framework: Framework;
  result: WorkshopResult;
}) {
  const data = useWorkshopData(earlier.id);
  const [before] = useResultsFor(
    earlier.id,
    data as WorkshopData | undefined,
    framework,
    earlier.settings,
    WHOLE,
  );
  if (!before) return null;
  return <Moves before={before} after={result} earlier={earlier} workshop={workshop} framework={framework} />;
}

function Moves({
  before,
  after,
  earlier,
  workshop,
  framework,
}: {
  before: WorkshopResult;
  after: WorkshopResult;
  earlier: WorkshopRecord;
  workshop: WorkshopRecord;
  framework: Framework;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const moved = useMemo(() => compareOverTime(before, after), [before, after]);
  const then = tr.formatDate(earlier.date, 'medium');
  const now = tr.formatDate(workshop.date, 'medium');
  const stageName = (s: number | null) =>
    s === null ? '' : (framework.stages.find((x) => x.stage === s)?.name ?? '');
  return (
    <>
      {moved.stage ? (
        <section className="results-headline" aria-labelledby="moved-title" data-testid="stage-move">
          <h2 id="moved-title">{t('results.time.title')}</h2>
          <p className="stage-move">
            <span>
              {t('results.time.stageThen', {
                date: then,
                stage: moved.stage.before ?? '—',
                name: stageName(moved.stage.before),
              })}
            </span>
            <span aria-hidden="true" className="move-arrow">
              →
            </span>
            <span>
              {t('results.time.stageNow', {
                date: now,
                stage: moved.stage.after ?? '—',
                name: stageName(moved.stage.after),
              })}
            </span>
          </p>
          <p data-testid="stage-delta">
            {t('results.time.stageDelta', { delta: signed(tr, moved.stage.delta ?? 0) })}
          </p>
        </section>
      ) : null}
      {moved.grid && after.group.gridPoint && before.group.gridPoint ? (
        <Figure title={t('results.time.gridTitle')} className="figure-wide">
          <GridChart
            label={t('results.time.gridTitle')}
            input={gridInput({
              result: after,
              framework,
              teams: [],
              groupLabel: now,
              targetStage: workshop.settings.targetStage,
              size: { width: 0, height: 0 },
              tr,
              participants: false,
              earlier: { label: then, x: before.group.gridPoint.x, y: before.group.gridPoint.y },
            })}
          />
          <p className="figure-caption" data-testid="grid-delta">
            {t('results.time.gridDelta', {
              x: moved.grid.x.delta === null ? '—' : signed(tr, moved.grid.x.delta, 2),
              y: moved.grid.y.delta === null ? '—' : signed(tr, moved.grid.y.delta, 2),
            })}
          </p>
        </Figure>
      ) : null}
      <OverTimeDetails
        moved={moved}
        framework={framework}
        before={before}
        after={after}
        then={then}
        now={now}
      />
    </>
  );
}

/** "+1", "−0.5", "±0": a change with its sign, as the deltas read everywhere in this view. */
export function signed(
  tr: { formatNumber(v: number, d?: number): string },
  value: number,
  digits?: number,
): string {
  const d = digits ?? (Number.isInteger(value) ? 0 : 1);
  if (Math.abs(value) < 1e-9) return `±${tr.formatNumber(0, d)}`;
  return `${value > 0 ? '+' : '−'}${tr.formatNumber(Math.abs(value), d)}`;
}
