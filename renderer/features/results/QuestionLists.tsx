import { useState } from 'react';
import { useTranslator } from '../../app/i18n';
import type { WorkshopResult } from '../../../shared/scoring';
import { explainQuestion, ruleText, type QuestionLine, type ResultsSummary } from '../../../shared/results';
import { StatusBadge } from '../session/RevealPanel';
import { DistributionMini, Explain } from './charts';

/** Questions without consensus shown before "Show all": a long list is for reading, not for the room. */
const FIRST_OPEN = 8;

/** Strengths and gaps, the questions without consensus with their distributions, and next steps. */
export function QuestionLists({ result, summary }: { result: WorkshopResult; summary: ResultsSummary }) {
  const tr = useTranslator();
  const { t } = tr;
  const [all, setAll] = useState(false);
  const open = all ? summary.withoutConsensus : summary.withoutConsensus.slice(0, FIRST_OPEN);
  return (
    <>
      <div className="figure-grid">
        <section className="figure" aria-labelledby="strengths-title" data-testid="strengths">
          <h2 id="strengths-title">{t('results.strengths.title')}</h2>
          <Lines lines={summary.strengths} empty={t('results.strengths.none')} />
          <Explain explanation={{ lines: [], rules: [ruleText('strengths', tr)] }} />
        </section>
        <section className="figure" aria-labelledby="gaps-title" data-testid="gaps">
          <h2 id="gaps-title">{t('results.gaps.title')}</h2>
          <Lines lines={summary.gaps} empty={t('results.gaps.none')} />
          <Explain explanation={{ lines: [], rules: [ruleText('gaps', tr)] }} />
        </section>
      </div>
      <section className="figure" aria-labelledby="open-title" data-testid="without-consensus">
        <h2 id="open-title">{t('results.open.title', { count: summary.withoutConsensus.length })}</h2>
        {summary.withoutConsensus.length === 0 ? <p className="muted">{t('results.open.none')}</p> : null}
        <ul className="open-questions">
          {open.map((q) => (
            <li key={q.questionId} className="open-question">
              <p className="question-line">
                <span className="question-ref">{q.ref}</span> {q.statement}
              </p>
              <div className="open-question-body">
                <DistributionMini
                  frequencies={q.result.statistics?.frequencies ?? [0, 0, 0, 0, 0]}
                  median={q.result.statistics?.median ?? null}
                  label={t('results.open.chart', { ref: q.ref })}
                />
                <div>
                  <StatusBadge status={q.status} />
                  <p className="muted">
                    {q.result.statistics
                      ? t('results.open.votes', {
                          votes: q.result.statistics.frequencies
                            .map((count, value) => t('session.chart.bar', { value, count }))
                            .join(' · '),
                        })
                      : null}
                  </p>
                  {q.overridden ? <p>{t('results.open.agreed', { value: q.value ?? '—' })}</p> : null}
                  <Explain explanation={explainQuestion(q.result, result.thresholds, tr)} />
                </div>
              </div>
            </li>
          ))}
        </ul>
        {summary.withoutConsensus.length > FIRST_OPEN ? (
          <button type="button" aria-expanded={all} onClick={() => setAll(!all)}>
            {all
              ? t('results.open.showFewer', { count: FIRST_OPEN })
              : t('results.open.showAll', { count: summary.withoutConsensus.length })}
          </button>
        ) : null}
      </section>
      {result.measures.stages && summary.nextSteps.length > 0 ? (
        <section className="figure" aria-labelledby="next-title" data-testid="next-steps">
          <h2 id="next-title">{t('results.next.title')}</h2>
          <ol className="next-steps">
            {summary.nextSteps.map((step) => (
              <li key={step.checklistItemId}>
                <strong>{step.text}</strong>
                <span className="muted">
                  {' '}
                  {step.score === null
                    ? t('results.next.unrated', { stage: step.stage })
                    : t('results.next.score', {
                        stage: step.stage,
                        score: step.score,
                        refs: step.refs.join(', '),
                      })}
                </span>
              </li>
            ))}
          </ol>
          <Explain explanation={{ lines: [], rules: [ruleText('nextSteps', tr)] }} />
        </section>
      ) : null}
    </>
  );
}

function Lines({ lines, empty }: { lines: readonly QuestionLine[]; empty: string }) {
  const { t } = useTranslator();
  if (lines.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="question-lines">
      {lines.map((line) => (
        <li key={line.questionId}>
          <span className="question-value">
            <span className="visually-hidden">{t('results.value')} </span>
            {line.value ?? '—'}
          </span>
          <span>
            <span className="question-ref">{line.ref}</span> {line.statement}
            {line.overridden ? <span className="muted"> {t('results.agreedMark')}</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
