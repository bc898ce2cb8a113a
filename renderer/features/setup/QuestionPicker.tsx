import { useEffect, useId, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import type { Framework } from '../../../shared/framework/schema';
import { groupQuestions, moveQuestion, toggleQuestion } from '../../../shared/model/question-selection';
import { groupLabel } from '../../../shared/model/labels';

/**
 * The custom selection: every question as a checkbox, grouped by what it informs, and the running
 * order of the selected ones, each with Up and Down buttons (keyboard-operable, focus follows the move).
 */
export function QuestionPicker({
  framework,
  ids,
  onChange,
}: {
  framework: Framework;
  ids: string[];
  onChange(ids: string[]): void;
}) {
  const { t } = useTranslator();
  const base = useId();
  const [focus, setFocus] = useState<{ id: string; dir: 'up' | 'down' } | null>(null);
  const selected = new Set(ids);
  const byId = new Map(framework.questions.map((q) => [q.id, q]));

  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(`${base}-${focus.id}-${focus.dir}`) as HTMLButtonElement | null;
    const other = document.getElementById(
      `${base}-${focus.id}-${focus.dir === 'up' ? 'down' : 'up'}`,
    ) as HTMLButtonElement | null;
    (target && !target.disabled ? target : other)?.focus();
    setFocus(null);
  }, [focus, base]);

  const move = (id: string, dir: 'up' | 'down') => {
    onChange(moveQuestion(ids, id, dir === 'up' ? -1 : 1));
    setFocus({ id, dir });
  };

  return (
    <div className="setup-picker">
      <div className="setup-picker-groups">
        <h3>{t('setup.questions.pick')}</h3>
        <p className="field-hint">{t('setup.questions.pickHint')}</p>
        {groupQuestions(framework).map((group) => {
          const count = group.questions.filter((q) => selected.has(q.id)).length;
          return (
            <details key={group.questions[0]!.id} className="setup-group">
              <summary>
                {groupLabel(group.key, framework, t)}{' '}
                <span className="muted">
                  ({t('setup.questions.groupCount', { selected: count, total: group.questions.length })})
                </span>
              </summary>
              {group.questions.map((q) => (
                <label key={q.id} className="setup-check">
                  <input
                    type="checkbox"
                    checked={selected.has(q.id)}
                    onChange={(e) => onChange(toggleQuestion(framework, ids, q.id, e.target.checked))}
                  />
                  <span>{q.statement}</span>
                </label>
              ))}
            </details>
          );
        })}
      </div>
      <div className="setup-picker-order">
        <h3 id={`${base}-order`}>{t('setup.questions.order')}</h3>
        <p className="field-hint">{t('setup.questions.orderHint')}</p>
        <ol className="setup-order" aria-labelledby={`${base}-order`}>
          {ids.map((id, index) => (
            <li key={id}>
              <span className="setup-order-row">
                <span id={`${base}-${id}-text`} className="setup-order-text">
                  {byId.get(id)?.statement ?? id}
                </span>
                <span className="setup-order-buttons">
                  <button
                    type="button"
                    id={`${base}-${id}-up`}
                    className="button-quiet"
                    disabled={index === 0}
                    aria-describedby={`${base}-${id}-text`}
                    onClick={() => move(id, 'up')}
                  >
                    <span aria-hidden="true">↑ </span>
                    {t('setup.questions.up')}
                  </button>
                  <button
                    type="button"
                    id={`${base}-${id}-down`}
                    className="button-quiet"
                    disabled={index === ids.length - 1}
                    aria-describedby={`${base}-${id}-text`}
                    onClick={() => move(id, 'down')}
                  >
                    <span aria-hidden="true">↓ </span>
                    {t('setup.questions.down')}
                  </button>
                </span>
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
