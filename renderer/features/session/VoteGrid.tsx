import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import type { ParticipantRecord, TeamRecord } from '../../db/records';
import type { Anonymity, VoteValue } from '../../../shared/model/types';
import type { Translator } from '../../../shared/i18n';
import { keyToVote, SCALE_VALUES, voteLabel, type RoundState } from './session-model';

interface VoteGridProps {
  participants: readonly ParticipantRecord[];
  teams: readonly TeamRecord[];
  state: RoundState;
  anonymity: Anonymity;
  onVote(participantId: string, value: VoteValue): Promise<boolean>;
  onClear(participantId: string): Promise<boolean>;
  onRevealRequest(): void;
  /** A vote key was pressed on a revealed round, whose votes no longer change. */
  onLocked(): void;
}

const ALL_VALUES: readonly VoteValue[] = [...SCALE_VALUES, 'dontKnow', 'notApplicable'];

function shortLabel(value: VoteValue, tr: Translator): string {
  if (value === 'dontKnow') return tr.t('session.vote.dontKnowShort');
  if (value === 'notApplicable') return tr.t('session.vote.notApplicableShort');
  return String(value);
}

/**
 * Facilitator entry: one row per participant. Keyboard first — a digit records the focused
 * person's vote and moves on; the row says "Recorded" only once the vote is committed (it reads
 * the database, not the key press). Until the reveal, values are never shown. After it the round is
 * locked, and each person's vote is shown only when the workshop names people: with aliases or
 * anonymous ids the rows carry real names (the facilitator must know who votes), so their values stay
 * off the screen and the room sees the distribution only.
 */
export function VoteGrid({
  participants,
  teams,
  state,
  anonymity,
  onVote,
  onClear,
  onRevealRequest,
  onLocked,
}: VoteGridProps) {
  const tr = useTranslator();
  const { t } = tr;
  const [focus, setFocus] = useState(0);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const teamOf = new Map(teams.map((tm) => [tm.id, tm]));
  const showValues = state.revealed && anonymity === 'names';

  useEffect(() => {
    if (focus >= participants.length && participants.length > 0) setFocus(participants.length - 1);
  }, [focus, participants.length]);

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(participants.length - 1, index));
    setFocus(next);
    rows.current[next]?.focus();
  }

  async function record(p: ParticipantRecord, value: VoteValue | 'clear') {
    setPending((s) => new Set(s).add(p.id));
    try {
      if (value === 'clear') await onClear(p.id);
      else await onVote(p.id, value);
    } finally {
      setPending((s) => {
        const n = new Set(s);
        n.delete(p.id);
        return n;
      });
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const p = participants[index];
    if (!p) return;
    const action = keyToVote(event.key);
    if (action !== null) {
      event.preventDefault();
      if (state.revealed) {
        onLocked();
        return;
      }
      void record(p, action);
      if (action !== 'clear') moveTo(index + 1);
      return;
    }
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        moveTo(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        moveTo(index - 1);
        break;
      case 'Home':
        event.preventDefault();
        moveTo(0);
        break;
      case 'End':
        event.preventDefault();
        moveTo(participants.length - 1);
        break;
      case 'Enter':
        event.preventDefault();
        onRevealRequest();
        break;
    }
  }

  return (
    <div className="vote-grid-wrap">
      <p className="shortcut-hint" id="vote-grid-hint">
        {state.revealed
          ? t('session.grid.hintRevealed', { round: state.round, next: state.round + 1 })
          : t('session.grid.hint')}
        {state.revealed && anonymity !== 'names' ? ` ${t(`session.grid.private.${anonymity}`)}` : ''}
      </p>
      <table className="vote-grid" aria-label={t('session.grid.label')} aria-describedby="vote-grid-hint">
        <tbody>
          {participants.map((p, index) => {
            const vote = state.votes.get(p.id);
            const team = p.teamId ? teamOf.get(p.teamId) : undefined;
            const name = p.displayName;
            const status = pending.has(p.id)
              ? t('session.grid.saving')
              : vote
                ? t('session.grid.recorded')
                : t('session.grid.waiting');
            return (
              <tr
                key={p.id}
                ref={(el) => {
                  rows.current[index] = el;
                }}
                tabIndex={index === focus ? 0 : -1}
                className="vote-row"
                data-participant={p.id}
                data-state={vote ? 'recorded' : 'waiting'}
                data-vote-at={vote?.at ?? ''}
                aria-label={t('session.grid.rowLabel', {
                  name,
                  status:
                    showValues && vote
                      ? t('session.grid.voted', { value: voteLabel(vote.value, tr) })
                      : status,
                })}
                onFocus={() => setFocus(index)}
                onKeyDown={(e) => onKeyDown(e, index)}
              >
                <th scope="row" className="vote-name">
                  <span>{name}</span>
                  {team ? (
                    <span className="team-chip" style={{ ['--team' as string]: team.color }}>
                      {team.name}
                    </span>
                  ) : null}
                </th>
                <td className="vote-options">
                  {state.revealed ? (
                    showValues ? (
                      <div className="vote-buttons is-locked" aria-hidden="true">
                        {ALL_VALUES.map((value) => (
                          <span
                            key={String(value)}
                            className={`vote-button${vote?.value === value ? ' is-chosen' : ''}`}
                          >
                            {shortLabel(value, tr)}
                          </span>
                        ))}
                      </div>
                    ) : null
                  ) : (
                    <div role="group" aria-label={name} className="vote-buttons">
                      {ALL_VALUES.map((value) => (
                        <button
                          key={String(value)}
                          type="button"
                          tabIndex={-1}
                          className="vote-button"
                          title={voteLabel(value, tr)}
                          onClick={() => {
                            setFocus(index);
                            void record(p, value);
                          }}
                        >
                          {shortLabel(value, tr)}
                        </button>
                      ))}
                    </div>
                  )}
                </td>
                <td className={`vote-status ${vote ? 'is-recorded' : ''}`}>
                  <span aria-hidden="true">{vote ? '✓ ' : '… '}</span>
                  {status}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
