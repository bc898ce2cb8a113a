import type { ReactNode } from 'react';
import { useTranslator } from '../../app/i18n';
import type { FrameworkQuestion } from '../../../shared/framework';
import type { QuestionProgress } from './session-model';

/** Previous / next / skip / jump, with where the session stands. PageUp/PageDown work as on a clicker. */
export function QuestionNav({
  questions,
  currentId,
  skipped,
  onGo,
  onJump,
  onSkip,
  onBackToSkipped,
  onUndo,
  summaryOpen,
  onToggleSummary,
  children,
}: {
  questions: readonly FrameworkQuestion[];
  currentId: string;
  skipped: readonly string[];
  onGo(questionId: string): void;
  /** Opens the list of every question, to find one by its words. */
  onJump(): void;
  onSkip(): void;
  onBackToSkipped(): void;
  onUndo(): void;
  summaryOpen: boolean;
  onToggleSummary(): void;
  /** Further controls of the session (phone voting), at the end of the bar. */
  children?: ReactNode;
}) {
  const { t } = useTranslator();
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
        <button type="button" onClick={onJump}>
          {t('session.nav.jump')} <kbd>G</kbd>
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
      </div>
      {/* Here, above everything that changes with the question, the toggle never moves. */}
      <div className="question-nav-buttons">
        <button
          type="button"
          className="summary-toggle"
          aria-expanded={summaryOpen}
          onClick={onToggleSummary}
        >
          {summaryOpen ? t('session.summary.hide') : t('session.summary.show')}
        </button>
        {children}
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
