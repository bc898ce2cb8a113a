import { useTranslator } from '../../app/i18n';
import type { CaptureMode, ParticipantRecord, VoteRecord } from '../../db/records';
import type { Anonymity } from '../../../shared/model/types';
import { VOTE_VALUES, voteLabel, type ScaleWording, type VoteValue } from '../../../shared/model/vote-scale';

/** How many have voted, the round's one main action (reveal, or start the next round), the capture mode. */
export function CaptureBar({
  voted,
  total,
  revealed,
  round,
  mode,
  onReveal,
  onNextRound,
  onMode,
}: {
  voted: number;
  total: number;
  revealed: boolean;
  round: number;
  mode: CaptureMode;
  onReveal(): void;
  onNextRound(): void;
  onMode(mode: CaptureMode): void;
}) {
  const { t } = useTranslator();
  return (
    <div className="capture-bar">
      <h2 id="capture-title" className="voted-count" data-testid="voted-count" aria-live="polite">
        {t('session.voted', { voted, total })}
      </h2>
      {/* Two buttons with their own keys: focus on Reveal never passes to "Start round" by itself, so a
          second press of Enter cannot start a round the facilitator did not ask for. */}
      {!revealed ? (
        <button
          key="reveal"
          type="button"
          className="button-primary button-reveal"
          disabled={voted === 0}
          onClick={onReveal}
        >
          {t('session.reveal')} <kbd>{t('session.reveal.shortcut')}</kbd>
        </button>
      ) : (
        <button key="round" type="button" className="button-reveal" onClick={onNextRound}>
          {t('session.newRound', { round: round + 1 })} <kbd>{t('keys.shiftEnter')}</kbd>
        </button>
      )}
      <div className="mode-switch" role="group" aria-label={t('session.mode.label')}>
        {(['facilitator', 'pass'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => onMode(m)}>
            {t(`session.mode.${m}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

/** The framework's words for an answer: "Largely in place" for 3. */
function meaning(value: VoteValue, scale: ScaleWording): string {
  if (value === 'dontKnow') return scale.dontKnowLabel;
  if (value === 'notApplicable') return scale.notApplicableLabel;
  return scale.labels.find((l) => l.value === value)?.label ?? '';
}

/**
 * Under the capture bar: the keys, or once revealed what can happen to the round. Its height is reserved
 * for the longer of the two, so the grid below never moves at the reveal.
 */
export function GridHint({
  revealed,
  round,
  anonymity,
}: {
  revealed: boolean;
  round: number;
  anonymity: Anonymity;
}) {
  const { t } = useTranslator();
  return (
    <p className="shortcut-hint" id="vote-grid-hint">
      {revealed ? t('session.grid.hintRevealed', { round, next: round + 1 }) : t('session.grid.hint')}
      {revealed && anonymity !== 'names' ? ` ${t(`session.grid.private.${anonymity}`)}` : ''}
    </p>
  );
}

const WAITING_SHOWN = 12;

/**
 * Before the reveal, what the room sees beside the grid, in large type: what each answer means (people
 * vote with cards or fingers and need the words in front of them) and who is still to vote.
 */
export function WaitingPanel({
  participants,
  votes,
  scale,
}: {
  participants: readonly ParticipantRecord[];
  votes: ReadonlyMap<string, VoteRecord>;
  scale: ScaleWording;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const waiting = participants.filter((p) => !votes.has(p.id));
  return (
    <section className="waiting-panel" aria-labelledby="scale-title" data-testid="waiting-panel">
      <h2 id="scale-title" className="visually-hidden">
        {t('session.scale.title')}
      </h2>
      <dl className="scale-legend" data-testid="scale-legend">
        {VOTE_VALUES.map((value) => (
          <div key={String(value)}>
            <dt>{voteLabel(value, tr, 'short')}</dt>
            <dd>{meaning(value, scale)}</dd>
          </div>
        ))}
      </dl>
      {participants.length > 0 ? (
        <div className="waiting-people">
          <h3>
            {waiting.length === 0
              ? t('session.waiting.everyone')
              : t('session.waiting.title', { count: waiting.length })}
          </h3>
          {waiting.length === 0 ? (
            <p>{t('session.waiting.reveal')}</p>
          ) : (
            <ul className="waiting-names">
              {/* A dozen lines at most: early in a round of forty the count says enough; the names
                  matter at the end, when the room waits for the last few. */}
              {(waiting.length > WAITING_SHOWN ? waiting.slice(0, WAITING_SHOWN - 1) : waiting).map((p) => (
                <li key={p.id}>{p.displayName}</li>
              ))}
              {waiting.length > WAITING_SHOWN ? (
                <li>{t('session.waiting.more', { count: waiting.length - WAITING_SHOWN + 1 })}</li>
              ) : null}
            </ul>
          )}
        </div>
      ) : null}
    </section>
  );
}
