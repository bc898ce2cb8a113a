import { useEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import { useAppStore } from '../../store/app-store';
import { selectVoteRefusal } from '../../store/selectors';
import type { ParticipantRecord } from '../../db/records';
import type { FrameworkQuestion } from '../../../shared/framework';
import { SCALE_VALUES, voteLabel, type ScaleWording, type VoteValue } from '../../../shared/model/vote-scale';
import { keyToVote } from './session-model';

interface PassDeviceProps {
  question: FrameworkQuestion;
  scale: ScaleWording;
  /** Everyone who has not voted in the current round, in order. */
  queue: readonly ParticipantRecord[];
  onVote(participantId: string, value: VoteValue): Promise<boolean>;
  onExit(): void;
}

type Step =
  { kind: 'handoff' } | { kind: 'vote' } | { kind: 'recorded' } | { kind: 'confirmExit'; from: Step };

/**
 * Private voting, one person at a time. The screen never shows an earlier vote: between people it
 * blanks to a hand-off card. Only a deliberate two-step action returns to the facilitator screen.
 * The cover is rendered at the top of the page and everything else is made inert while it is up, so
 * the person holding the laptop cannot Tab, click or read their way to the grid, Reveal or Undo behind it.
 */
export function PassDevice({ question, scale, queue, onVote, onExit }: PassDeviceProps) {
  const tr = useTranslator();
  const { t } = tr;
  const owned = useOwnedWork();
  const [step, setStep] = useState<Step>({ kind: 'handoff' });
  const [skipped, setSkipped] = useState<ReadonlySet<string>>(new Set());
  // Who voted on this device: taken off the queue at once, not when the live query next delivers, so
  // "Next person" never hands the laptop back to the person who just voted.
  const [voted, setVoted] = useState<ReadonlySet<string>>(new Set());
  // The answer being saved: shown as chosen (filled) until the thank-you card; nothing else looks chosen.
  const [chosen, setChosen] = useState<VoteValue | null>(null);
  const busy = chosen !== null;
  // The cover hides the app's notices: a vote refused here (a full disk) is said on the card itself,
  // and the person stays on it to choose again.
  const [refused, setRefused] = useState(false);
  const refusal = useAppStore(selectVoteRefusal);
  const root = useRef<HTMLDivElement>(null);
  const remaining = queue.filter((p) => !skipped.has(p.id) && !voted.has(p.id));
  const current = remaining[0];
  // The person holding the laptop must recognise their own name, whatever the reports will call them.
  const name = current?.displayName ?? '';

  useEffect(() => {
    const cover = root.current;
    if (!cover) return;
    const silenced = Array.from(document.body.children).filter(
      (el): el is HTMLElement => el !== cover && el instanceof HTMLElement && !el.inert,
    );
    for (const el of silenced) el.inert = true;
    return () => {
      for (const el of silenced) el.inert = false;
    };
  }, []);

  useEffect(() => {
    // Each step starts with focus on its main action, so the person holding the laptop can use keys.
    root.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [step.kind, current?.id]);

  async function vote(value: VoteValue) {
    if (!current || busy) return;
    setChosen(value);
    const who = current.id;
    const ok = await onVote(who, value);
    if (!owned.alive()) return;
    setChosen(null);
    setRefused(!ok);
    if (!ok) return;
    setVoted((v) => new Set(v).add(who));
    setStep({ kind: 'recorded' });
  }

  let body = null;
  if (step.kind === 'confirmExit') {
    body = (
      <div className="pass-card" role="alertdialog" aria-modal="true" aria-labelledby="pass-exit-title">
        <h2 id="pass-exit-title">{t('session.pass.confirmExit')}</h2>
        <p>{t('session.pass.confirmExitBody')}</p>
        <div className="dialog-actions">
          <button type="button" data-autofocus onClick={() => setStep(step.from)}>
            {t('session.pass.keep')}
          </button>
          <button type="button" className="button-primary" onClick={onExit}>
            {t('session.pass.exit')}
          </button>
        </div>
      </div>
    );
  } else if (step.kind === 'recorded') {
    body = (
      <div className="pass-card">
        <h2>{t('session.pass.recorded')}</h2>
        <button
          type="button"
          className="button-primary button-large"
          data-autofocus
          onClick={() => setStep({ kind: 'handoff' })}
        >
          {current ? t('session.pass.next') : t('session.pass.finish')}
        </button>
      </div>
    );
  } else if (!current) {
    const skippedNames = queue.filter((p) => skipped.has(p.id)).map((p) => p.displayName);
    body = (
      <div className="pass-card">
        <h2>{skippedNames.length === 0 ? t('session.pass.done') : t('session.pass.doneWithSkipped')}</h2>
        {skippedNames.length > 0 ? (
          <p>{t('session.pass.skippedList', { names: skippedNames.join(', ') })}</p>
        ) : null}
      </div>
    );
  } else if (step.kind === 'handoff') {
    body = (
      <div className="pass-card">
        <h2 className="pass-handoff">{t('session.pass.handTo', { name })}</h2>
        <p>{t('session.pass.private')}</p>
        <div className="dialog-actions">
          <button type="button" onClick={() => setSkipped((s) => new Set(s).add(current.id))}>
            {t('session.pass.skip', { name })}
          </button>
          <button
            type="button"
            className="button-primary button-large"
            data-autofocus
            onClick={() => setStep({ kind: 'vote' })}
          >
            {t('session.pass.start', { name })}
          </button>
        </div>
      </div>
    );
  } else if (step.kind === 'vote') {
    const answer = (v: VoteValue, className: string, content: ReactNode) => (
      <button
        key={v}
        type="button"
        className={`${className}${chosen === v ? ' is-chosen' : ''}`}
        aria-pressed={chosen === v}
        disabled={busy}
        onClick={() => void vote(v)}
      >
        {content}
      </button>
    );
    body = (
      // The vote card itself takes focus, not its first answer: no answer looks picked before one is.
      // The keys of the grid choose here too (0–4, ? and n); Backspace has nothing to clear.
      <div
        className="pass-vote"
        tabIndex={-1}
        data-autofocus
        onKeyDown={(event) => {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          const value = keyToVote(event.key);
          if (value === null || value === 'clear') return;
          event.preventDefault();
          void vote(value);
        }}
      >
        <p className="pass-who">{name}</p>
        {refused ? (
          <div className="pass-refused" role="alert">
            <p className="pass-refused-title">{t('session.capture.notRecorded')}</p>
            {refusal ? <p>{tr.message(refusal)}</p> : null}
          </div>
        ) : null}
        <h2 className="pass-statement">{question.statement}</h2>
        <p className="pass-help">{question.help}</p>
        <div className="pass-scale" role="group" aria-label={question.statement}>
          {SCALE_VALUES.map((v) =>
            answer(
              v,
              'pass-option',
              <>
                <span className="pass-option-value">{v}</span>{' '}
                <span className="pass-option-label">{scale.labels.find((l) => l.value === v)?.label}</span>
              </>,
            ),
          )}
        </div>
        <div className="pass-anchors">
          <p>
            <strong>0</strong> — {question.anchors.zero}
          </p>
          <p>
            <strong>4</strong> — {question.anchors.four}
          </p>
        </div>
        <div className="pass-extra">
          {(['dontKnow', 'notApplicable'] as const).map((v) =>
            answer(
              v,
              'pass-other',
              <>
                {voteLabel(v, tr)} <kbd>{v === 'dontKnow' ? '?' : 'n'}</kbd>
              </>,
            ),
          )}
        </div>
        <p className="pass-keys muted">{t('session.pass.keys')}</p>
      </div>
    );
  }

  return createPortal(
    <div
      ref={root}
      className="pass-device"
      role="dialog"
      aria-modal="true"
      aria-label={t('session.pass.title')}
      onKeyDown={(event) => {
        // Escape asks, never leaves: the way back to the facilitator screen stays two deliberate steps.
        if (event.key === 'Escape' && step.kind !== 'confirmExit') {
          event.preventDefault();
          setStep({ kind: 'confirmExit', from: step });
        }
      }}
    >
      {body}
      {step.kind !== 'confirmExit' ? (
        <button
          type="button"
          className="pass-facilitator button-quiet"
          onClick={() => setStep({ kind: 'confirmExit', from: step })}
        >
          {t('session.pass.facilitator')}
        </button>
      ) : null}
    </div>,
    document.body,
  );
}
