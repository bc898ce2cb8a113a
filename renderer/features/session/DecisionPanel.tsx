import { useEffect, useId, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import type { DecisionRecord } from '../../db/records';
import { decisionProblem } from '../../../shared/model/decision';
import { SCALE_VALUES, voteLabel, type ScaleWording } from '../../../shared/model/vote-scale';

type Agreed = DecisionRecord['agreedValue'];

/** The screen's `D` key opens the form through this. */
export interface DecisionPanelHandle {
  open(): void;
}

/**
 * The facilitator's agreed value (with a required rationale) and notes for the question. The
 * computed value stays visible beside the agreed one; every earlier version is kept with its time.
 *
 * Closed, the panel is a few lines (computed value, the decision and notes as text), so the
 * distribution and the decision fit one laptop screen after the reveal; the form opens on demand
 * and closes again once saved.
 */
export function DecisionPanel({
  decision,
  computedValue,
  hidden = false,
  scale,
  handle,
  onSave,
}: {
  decision: DecisionRecord | undefined;
  computedValue: number | null;
  /** Before the reveal the computed value is not shown, so the screen never leaks the votes. */
  hidden?: boolean;
  /** The scale's words, so the agreed value reads as it means ("3 · Largely in place"). */
  scale: ScaleWording;
  handle?: Ref<DecisionPanelHandle>;
  onSave(input: { agreedValue: Agreed; rationale: string; notes: string }): Promise<boolean>;
}) {
  const tr = useTranslator();
  const owned = useOwnedWork();
  const { t } = tr;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [agreed, setAgreed] = useState<Agreed>(decision?.agreedValue ?? null);
  const [rationale, setRationale] = useState(decision?.rationale ?? '');
  const [notes, setNotes] = useState(decision?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  // Where focus goes after the next render: into the form when it opens, back to the opener when it closes.
  const focusNext = useRef<'form' | 'opener' | null>(null);

  const reset = (d: DecisionRecord | undefined) => {
    setAgreed(d?.agreedValue ?? null);
    setRationale(d?.rationale ?? '');
    setNotes(d?.notes ?? '');
    setError(null);
  };

  // Follow the database when the decision changes elsewhere (undo, another question).
  useEffect(() => reset(decision), [decision]);

  useEffect(() => {
    if (focusNext.current === 'form') selectRef.current?.focus();
    if (focusNext.current === 'opener') openerRef.current?.focus();
    focusNext.current = null;
  }, [open]);

  const show = (next: boolean) => {
    focusNext.current = next ? 'form' : 'opener';
    setOpen(next);
  };

  useImperativeHandle(handle, () => ({ open: () => show(true) }));

  const cancel = () => {
    reset(decision);
    show(false);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (decisionProblem({ agreedValue: agreed, rationale, notes }) === 'rationale') {
      setError(t('decision.rationaleRequired'));
      return;
    }
    setError(null);
    const saved = await onSave({ agreedValue: agreed, rationale, notes });
    if (saved && owned.alive()) show(false);
  }

  const format = (v: number) => tr.formatNumber(v, Number.isInteger(v) ? 0 : 1);
  const computed = hidden
    ? t('session.decision.hiddenUntilReveal')
    : computedValue === null
      ? t('session.decision.computedNone')
      : t('session.decision.computed', { value: format(computedValue) });

  return (
    <section className="decision-panel" aria-labelledby={`${id}-title`}>
      <div className="decision-head">
        <h2 id={`${id}-title`}>{t('session.decision.title')}</h2>
        <div className="decision-values">
          {decision?.agreedValue != null ? (
            <p className="agreed-value" data-testid="agreed-value">
              {t('session.decision.agreedShown', {
                value: voteLabel(decision.agreedValue, tr, 'meaning', scale),
              })}
            </p>
          ) : null}
          <p className="computed-value" data-testid="computed-value">
            {computed}
          </p>
        </div>
        {!open ? (
          <button type="button" className="decision-opener" ref={openerRef} onClick={() => show(true)}>
            {decision ? t('session.decision.edit') : t('session.decision.open')} <kbd>D</kbd>
          </button>
        ) : null}
      </div>
      {decision?.agreedValue != null && computedValue !== null ? (
        <p className="override-note">
          {decision.agreedValue === computedValue
            ? t('session.decision.confirms', { agreed: decision.agreedValue })
            : t('session.decision.overrides', {
                agreed: decision.agreedValue,
                computed: format(computedValue),
              })}
        </p>
      ) : null}
      {!open && decision?.rationale ? (
        <p className="decision-text" data-testid="decision-rationale">
          <span className="decision-label">{t('session.decision.rationale')}</span> {decision.rationale}
        </p>
      ) : null}
      {!open && decision?.notes ? (
        <p className="decision-text" data-testid="decision-notes">
          <span className="decision-label">{t('session.decision.notes')}</span> {decision.notes}
        </p>
      ) : null}
      {open ? (
        <form
          onSubmit={submit}
          noValidate
          onKeyDown={(event) => {
            // Escape closes without saving; Ctrl+Enter saves from any field (Enter makes a new line).
            if (event.key === 'Escape') {
              event.preventDefault();
              cancel();
            } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              event.currentTarget.requestSubmit();
            }
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-agreed`}>{t('session.decision.agreed')}</label>
            <select
              id={`${id}-agreed`}
              ref={selectRef}
              value={agreed === null ? '' : String(agreed)}
              onChange={(e) => setAgreed(e.target.value === '' ? null : (Number(e.target.value) as Agreed))}
            >
              <option value="">{t('session.decision.none')}</option>
              {SCALE_VALUES.map((v) => (
                <option key={v} value={v}>
                  {voteLabel(v, tr, 'meaning', scale)}
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
            <textarea id={`${id}-notes`} rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} />
          </div>
          <div className="decision-actions">
            <button type="submit">
              {t('session.decision.save')} <kbd>{t('keys.ctrlEnter')}</kbd>
            </button>
            <button type="button" className="button-quiet" onClick={cancel}>
              {t('session.decision.cancel')} <kbd>{t('keys.escape')}</kbd>
            </button>
          </div>
        </form>
      ) : decision ? (
        <p className="muted decision-saved">
          {t('session.decision.saved', { when: tr.formatDateTime(decision.updatedAt) })}
        </p>
      ) : null}
      {!open && decision && decision.history.length > 0 ? <DecisionHistory decision={decision} /> : null}
    </section>
  );
}

/** Every earlier version with its time, newest first: what the room had settled on before, and why. */
function DecisionHistory({ decision }: { decision: DecisionRecord }) {
  const tr = useTranslator();
  const { t } = tr;
  return (
    <details className="decision-history">
      <summary>{t('session.decision.edits', { count: decision.history.length })}</summary>
      <ol reversed>
        {[...decision.history].reverse().map((version) => (
          <li key={version.at}>
            <span className="decision-label">{tr.formatDateTime(version.at)}</span>{' '}
            {version.agreedValue === null
              ? t('session.decision.history.noAgreed')
              : t('session.decision.agreedShown', { value: version.agreedValue })}
            {version.rationale ? ` · ${version.rationale}` : ''}
            {version.notes ? ` · ${t('session.decision.notes')}: ${version.notes}` : ''}
          </li>
        ))}
      </ol>
    </details>
  );
}
