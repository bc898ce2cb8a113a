import { useId } from 'react';
import { useTranslator } from '../../app/i18n';
import type { FrameworkQuestion } from '../../../shared/framework';
import type { QuestionProgress } from './session-model';

/** Previous / next / skip / jump, with where the session stands. PageUp/PageDown work as on a clicker. */
export function QuestionNav({
  questions,
  currentId,
  skipped,
  progress,
  onGo,
  onSkip,
  onBackToSkipped,
  onUndo,
}: {
  questions: readonly FrameworkQuestion[];
  currentId: string;
  skipped: readonly string[];
  progress: QuestionProgress;
  onGo(questionId: string): void;
  onSkip(): void;
  onBackToSkipped(): void;
  onUndo(): void;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const id = useId();
  const index = questions.findIndex((q) => q.id === currentId);
  const prev = questions[index - 1];
  const next = questions[index + 1];
  return (
    <nav className="question-nav" aria-label={t('session.nav.label')}>
      <div className="question-nav-buttons">
        <button type="button" disabled={!prev} onClick={() => prev && onGo(prev.id)}>
          {t('session.nav.previous')} <kbd>PgUp</kbd>
        </button>
        <button type="button" disabled={!next} onClick={() => next && onGo(next.id)}>
          {t('session.nav.next')} <kbd>PgDn</kbd>
        </button>
        <button
          type="button"
          className="button-quiet"
          disabled={!next && skipped.every((id) => id === currentId)}
          onClick={onSkip}
        >
          {t('session.nav.skip')}
        </button>
        {skipped.length > 0 ? (
          <button type="button" className="button-quiet" onClick={onBackToSkipped}>
            {t('session.nav.backToSkipped', { count: skipped.length })}
          </button>
        ) : null}
        <button type="button" className="button-quiet" onClick={onUndo}>
          {t('session.undo')} <kbd>{t('session.undo.shortcut')}</kbd>
        </button>
        <div className="field question-jump">
          <label htmlFor={`${id}-jump`}>{t('session.nav.jump')}</label>
          <select id={`${id}-jump`} value={currentId} onChange={(e) => onGo(e.target.value)}>
            {questions.map((q, i) => {
              const marks = [
                skipped.includes(q.id) ? t('session.nav.question.skipped') : null,
                progress.revealed.has(q.id)
                  ? t('session.nav.question.revealed')
                  : progress.answered.has(q.id)
                    ? t('session.nav.question.answered')
                    : null,
              ].filter(Boolean);
              const text = q.statement.length > 70 ? `${q.statement.slice(0, 67)}…` : q.statement;
              return (
                <option key={q.id} value={q.id}>
                  {`${i + 1}. ${text}${marks.length ? ` (${marks.join(', ')})` : ''}`}
                </option>
              );
            })}
          </select>
        </div>
      </div>
    </nav>
  );
}

/** Where the session stands: answered, revealed, with consensus, and what was skipped. */
export function ProgressLine({
  questions,
  progress,
  skipped,
}: {
  questions: readonly FrameworkQuestion[];
  progress: QuestionProgress;
  skipped: readonly string[];
}) {
  const { t } = useTranslator();
  return (
    <p className="question-progress" data-testid="progress">
      {t('session.progress', {
        answered: questions.filter((q) => progress.answered.has(q.id)).length,
        revealed: questions.filter((q) => progress.revealed.has(q.id)).length,
        consensus: questions.filter((q) => progress.consensus.has(q.id)).length,
        total: questions.length,
      })}
      {skipped.length > 0 ? ` · ${t('session.nav.skippedCount', { count: skipped.length })}` : ''}
    </p>
  );
}
