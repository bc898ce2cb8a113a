import { useEffect, useId, useRef, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { Dialog } from '../../ui/Dialog';
import type { FrameworkQuestion } from '../../../shared/framework';
import type { QuestionProgress } from './session-model';

/**
 * "Go to question": every question in full, found by typing a few of its words or its number. Arrow
 * keys move through the list, Enter goes there; the search field keeps focus throughout (a combobox).
 */
export function QuestionJump({
  questions,
  currentId,
  skipped,
  progress,
  onGo,
  onClose,
}: {
  questions: readonly FrameworkQuestion[];
  currentId: string;
  skipped: readonly string[];
  progress: QuestionProgress;
  onGo(questionId: string): void;
  onClose(): void;
}) {
  const { t } = useTranslator();
  const id = useId();
  const [text, setText] = useState('');
  const numbered = questions.map((q, i) => ({ q, n: i + 1 }));
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const matches = numbered.filter(({ q, n }) =>
    /^\d+$/.test(text.trim())
      ? String(n).startsWith(text.trim())
      : words.every((w) => q.statement.toLowerCase().includes(w)),
  );
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      questions.findIndex((q) => q.id === currentId),
    ),
  );
  const shown = Math.min(active, Math.max(0, matches.length - 1));
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    list.current
      ?.querySelector<HTMLElement>('[aria-selected="true"]')
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [shown, text]);

  const marks = (q: FrameworkQuestion) =>
    [
      q.id === currentId ? t('session.jump.current') : null,
      skipped.includes(q.id) ? t('session.nav.question.skipped') : null,
      progress.revealed.has(q.id)
        ? t('session.nav.question.revealed')
        : progress.answered.has(q.id)
          ? t('session.nav.question.answered')
          : null,
    ].filter(Boolean);

  return (
    <Dialog title={t('session.nav.jump')} onClose={onClose} className="dialog-wide">
      <div className="field">
        <label htmlFor={`${id}-search`}>{t('session.jump.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={matches[shown] ? `${id}-q${matches[shown].n}` : undefined}
          autoComplete="off"
          value={text}
          data-autofocus
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              const step = e.key === 'ArrowDown' ? 1 : -1;
              setActive(Math.max(0, Math.min(matches.length - 1, shown + step)));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const choice = matches[shown];
              if (choice) onGo(choice.q.id);
            }
          }}
        />
      </div>
      {matches.length === 0 ? <p className="muted">{t('session.jump.none', { text: text.trim() })}</p> : null}
      <ul
        ref={list}
        id={`${id}-list`}
        role="listbox"
        aria-label={t('session.jump.list')}
        className="jump-list"
      >
        {matches.map(({ q, n }, i) => {
          const notes = marks(q);
          return (
            <li
              key={q.id}
              id={`${id}-q${n}`}
              role="option"
              aria-selected={i === shown}
              className={i === shown ? 'is-active' : undefined}
              onClick={() => onGo(q.id)}
            >
              <span className="jump-number">{n}.</span> <span className="jump-text">{q.statement}</span>
              {notes.length > 0 ? <span className="jump-marks"> ({notes.join(', ')})</span> : null}
            </li>
          );
        })}
      </ul>
    </Dialog>
  );
}
