import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import type { DecisionRecord } from '../../db/records';

type Agreed = DecisionRecord['agreedValue'];

/**
 * The facilitator's agreed value (with a required rationale) and notes for the question. The
 * computed value stays visible beside the agreed one; every earlier version is kept with its time.
 */
export function DecisionPanel({
  decision,
  computedValue,
  hidden = false,
  onSave,
}: {
  decision: DecisionRecord | undefined;
  computedValue: number | null;
  /** Before the reveal the computed value is not shown, so the screen never leaks the votes. */
  hidden?: boolean;
  onSave(input: { agreedValue: Agreed; rationale: string; notes: string }): Promise<boolean>;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const id = useId();
  const [agreed, setAgreed] = useState<Agreed>(decision?.agreedValue ?? null);
  const [rationale, setRationale] = useState(decision?.rationale ?? '');
  const [notes, setNotes] = useState(decision?.notes ?? '');
  const [error, setError] = useState<string | null>(null);

  // Follow the database when the decision changes elsewhere (undo, another question).
  useEffect(() => {
    setAgreed(decision?.agreedValue ?? null);
    setRationale(decision?.rationale ?? '');
    setNotes(decision?.notes ?? '');
    setError(null);
  }, [decision]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (agreed !== null && rationale.trim() === '') {
      setError(t('session.decision.rationaleRequired'));
      return;
    }
    setError(null);
    await onSave({ agreedValue: agreed, rationale, notes });
  }

  const computed = hidden
    ? t('session.decision.hiddenUntilReveal')
    : computedValue === null
      ? t('session.decision.computedNone')
      : t('session.decision.computed', {
          value: tr.formatNumber(computedValue, Number.isInteger(computedValue) ? 0 : 1),
        });

  return (
    <section className="decision-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('session.decision.title')}</h2>
      <p className="computed-value" data-testid="computed-value">
        {computed}
      </p>
      {decision?.agreedValue != null && computedValue !== null ? (
        <p className="override-note">
          {t('session.decision.overrides', {
            agreed: decision.agreedValue,
            computed: tr.formatNumber(computedValue, Number.isInteger(computedValue) ? 0 : 1),
          })}
        </p>
      ) : null}
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-agreed`}>{t('session.decision.agreed')}</label>
          <select
            id={`${id}-agreed`}
            value={agreed === null ? '' : String(agreed)}
            onChange={(e) => setAgreed(e.target.value === '' ? null : (Number(e.target.value) as Agreed))}
          >
            <option value="">{t('session.decision.none')}</option>
            {[0, 1, 2, 3, 4].map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-rationale`}>{t('session.decision.rationale')}</label>
          <textarea
            id={`${id}-rationale`}
            rows={2}
            value={rationale}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setRationale(e.target.value)}
          />
          {error ? (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-notes`}>{t('session.decision.notes')}</label>
          <textarea id={`${id}-notes`} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
        </div>
        <div className="decision-actions">
          <button type="submit">{t('session.decision.save')}</button>
          {decision ? (
            <span className="muted">
              {t('session.decision.saved', { when: tr.formatDateTime(decision.updatedAt) })}
              {decision.history.length > 0
                ? ` · ${t('session.decision.edits', { count: decision.history.length })}`
                : ''}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
