import { Fragment, useRef } from 'react';
import { useTranslator } from '../../app/i18n';
import type { ParticipantRecord } from '../../db/records';
import type { Anonymity } from '../../../shared/model/types';
import {
  latestRoundWithVotes,
  reVoteAdvice,
  type QuestionRoundsSummary,
  type RoundSummary,
} from '../../../shared/scoring/round-summary';
import type { AgreementStatus } from '../../../shared/scoring/types';
import type { Translator } from '../../../shared/i18n';
import { DistributionChart } from './DistributionChart';
import { shownName } from '../../../shared/model/participant-name';
import { useFitToWindow } from './use-fit-to-window';

const STATUS_ICON: Record<AgreementStatus, string> = {
  consensus: '●',
  split: '◐',
  polarized: '◑◐',
  undetermined: '○',
  noVotes: '○',
};

export function StatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslator();
  return (
    <span className={`status-badge status-${status}`}>
      <span aria-hidden="true">{STATUS_ICON[status]} </span>
      {t(`session.status.${status}`)}
    </span>
  );
}

function num(tr: Translator, value: number, digits = 2) {
  return tr.formatNumber(value, digits);
}

/** Names far from the median, at most six: in a large room the rest is a count, not a wall of names. */
function farNames(names: readonly string[], tr: Translator): string {
  if (names.length <= 6) return names.join(', ');
  return tr.t('session.stats.farMore', { names: names.slice(0, 5).join(', '), count: names.length - 5 });
}

/** Medians read "3" or "2.5": the same everywhere on the screen. */
export function formatMedian(tr: Translator, value: number) {
  return tr.formatNumber(value, Number.isInteger(value) ? 0 : 1);
}

/** Earlier rounds in words: the votes per value, the median and the status, one line each. */
function RoundHistory({ rounds }: { rounds: readonly RoundSummary[] }) {
  const tr = useTranslator();
  const { t } = tr;
  if (rounds.length === 0) return null;
  return (
    // Folded: the chart's outlines and the verdict already say how the room moved since the round before;
    // the counts of every earlier round are one press away, and the results stay in view without scrolling.
    <details className="round-history">
      <summary>{t('session.history.summary', { count: rounds.length })}</summary>
      <ul>
        {rounds.map((r) => (
          <li key={r.round}>
            <strong>
              {t('session.history.round', {
                round: r.round,
                median: r.statistics ? formatMedian(tr, r.statistics.median) : '—',
                status: t(`session.status.${r.statistics?.status ?? 'noVotes'}`),
              })}
            </strong>{' '}
            <span className="muted round-votes">
              {(r.statistics?.frequencies ?? [0, 0, 0, 0, 0]).map((count, value) => (
                <Fragment key={value}>
                  {value > 0 ? ' · ' : ''}
                  <span>{t('session.chart.bar', { value, count })}</span>
                </Fragment>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * What the round means for another vote, in one statement that follows the stopping rule of methods.md:
 * stop at consensus, when stable (median unchanged, few votes changed) or after three rounds; otherwise
 * another round may help. How the votes moved since the round before is said as a fact beside it, never
 * as a second verdict.
 */
function RoundVerdict({
  current,
  round,
  median,
}: {
  current: RoundSummary | undefined;
  round: number;
  median: number | null;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const advice = reVoteAdvice(current, round);
  const stability = current?.stability ?? null;
  const movement = stability
    ? stability.medianUnchanged
      ? t('session.verdict.since.same', {
          round: stability.previousRound,
          median: formatMedian(tr, stability.previousMedian),
          share: tr.formatPercent(stability.changedShare ?? 0),
        })
      : t('session.verdict.since.moved', {
          round: stability.previousRound,
          from: formatMedian(tr, stability.previousMedian),
          to: formatMedian(tr, median ?? 0),
          share: tr.formatPercent(stability.changedShare ?? 0),
        })
    : null;
  const verdict = advice
    ? t(`session.verdict.${advice}`, { next: round + 1 })
    : stability
      ? t('session.verdict.continue', { next: round + 1 })
      : t('session.verdict.firstRound', { next: round + 1 });
  return (
    <p className={`round-verdict${advice ? ' is-stop' : ''}`} data-testid="round-verdict">
      <strong>{verdict}</strong>
      {movement ? ` ${movement}` : ''}
    </p>
  );
}

/** What the room sees after the reveal: distribution, median, agreement in words, who is far off. */
export function RevealPanel({
  summary,
  round,
  participants,
  anonymity,
  votersShown,
  onShowVoters,
}: {
  summary: QuestionRoundsSummary;
  round: number;
  participants: readonly ParticipantRecord[];
  anonymity: Anonymity;
  votersShown: boolean;
  /** The choice to show each person's vote in the grid; null where the workshop keeps votes private. */
  onShowVoters: ((show: boolean) => void) | null;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const current = summary.rounds.find((r) => r.round === round);
  const earlier = summary.rounds.filter((r) => r.round < round);
  const before = latestRoundWithVotes(summary, round - 1);
  const stats = current?.statistics ?? null;
  const byId = new Map(participants.map((p) => [p.id, p]));
  const far = (current?.farFromMedian ?? []).map((id) => byId.get(id)).filter((p) => p !== undefined);
  const more = useRef<HTMLDivElement>(null);
  useFitToWindow(more, () => more.current?.closest('.reveal-panel')?.previousElementSibling ?? null);

  return (
    <section className="reveal-panel" aria-labelledby="reveal-title">
      <h2 id="reveal-title" className="visually-hidden">
        {t('session.revealed')}
      </h2>
      <div className="reveal-head">
        <StatusBadge status={stats?.status ?? 'noVotes'} />
        {onShowVoters ? (
          <button
            type="button"
            className="voters-toggle"
            aria-pressed={votersShown}
            onClick={() => onShowVoters(!votersShown)}
          >
            {t('session.voters.show')}
          </button>
        ) : null}
      </div>
      <RoundVerdict current={current} round={round} median={stats?.median ?? null} />
      <div className="reveal-main">
        <DistributionChart
          frequencies={stats?.frequencies ?? [0, 0, 0, 0, 0]}
          median={stats?.median ?? null}
          title={t('session.chart.title', { round })}
          previous={before ? { round: before.round, frequencies: before.statistics.frequencies } : null}
        />
        {/* The figures under the chart scroll on their own when the window is too short for all of it. */}
        <div className="reveal-more" ref={more} role="group" aria-label={t('session.figures')}>
          <div className="reveal-stats">
            {stats ? (
              <dl className="stat-list">
                <div>
                  <dt>{t('session.stats.median')}</dt>
                  <dd data-stat="median">{formatMedian(tr, stats.median)}</dd>
                </div>
                <div>
                  <dt>{t('session.stats.iqr')}</dt>
                  <dd data-stat="iqr">{num(tr, stats.iqr)}</dd>
                </div>
                <div>
                  <dt>{t('session.stats.cns')}</dt>
                  <dd data-stat="cns">{num(tr, stats.cns)}</dd>
                </div>
                <div>
                  <dt>{t('session.stats.a')}</dt>
                  <dd data-stat="a">{num(tr, stats.agreementA)}</dd>
                </div>
                <div>
                  <dt>{t('session.stats.within')}</dt>
                  <dd data-stat="within">{tr.formatPercent(stats.withinOneShare)}</dd>
                </div>
              </dl>
            ) : null}
            {/* The answers left out of the figures are named when there are any: "0 don't know" is noise. */}
            <p className="muted">
              {t('session.stats.votes', { count: stats?.n ?? 0 })}
              {(current?.dontKnowCount ?? 0) + (current?.notApplicableCount ?? 0) > 0
                ? ` · ${t('session.stats.notVotes', {
                    dontKnow: current?.dontKnowCount ?? 0,
                    notApplicable: current?.notApplicableCount ?? 0,
                  })}`
                : ''}
            </p>
            <p className="far-from-median">
              {far.length === 0
                ? t('session.stats.nobodyFar')
                : anonymity === 'anonymous'
                  ? t('session.stats.farCount', { count: far.length })
                  : t('session.stats.far', {
                      names: farNames(
                        far.map((p) => shownName(p, anonymity, tr)),
                        tr,
                      ),
                    })}
            </p>
          </div>
          <RoundHistory rounds={earlier} />
        </div>
      </div>
    </section>
  );
}
