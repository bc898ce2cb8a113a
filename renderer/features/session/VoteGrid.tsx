import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import type { ParticipantRecord, TeamRecord, VoteRecord } from '../../db/records';
import type { Anonymity } from '../../../shared/model/types';
import type { Translator } from '../../../shared/i18n';
import { VOTE_VALUES, voteLabel, type VoteValue } from '../../../shared/model/vote-scale';
import { keyToVote, type RoundState } from './session-model';
import { useOwnedWork } from '../../ui/use-owned-work';

interface VoteGridProps {
  /** The question and round the grid writes to: a write in flight belongs to one of them. */
  scope: string;
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

/** A write in flight for a row: which vote it will leave (the `at` it replaces), or a clear. */
interface Pending {
  scope: string;
  replacesAt: number | null;
  committed: boolean;
}

/**
 * Facilitator entry: one row per participant. Keyboard first — a digit records the focused
 * person's vote and moves on; the row says "Recorded" only once the vote is committed and the
 * database shows it (it reads the database, not the key press). Until the reveal, values are never
 * shown. After it the round is locked, and each person's vote is shown only when the workshop names
 * people: with aliases or anonymous ids the rows carry real names (the facilitator must know who
 * votes), so their values stay off the screen and the room sees the distribution only.
 *
 * Rows are memoized and the handlers stable, so a vote re-renders the rows it changes, not all of them:
 * with 50 people the grid is most of the page, and each vote must be on screen within a frame or two.
 */
export function VoteGrid({
  scope,
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
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const owned = useOwnedWork();
  const teamOf = new Map(teams.map((tm) => [tm.id, tm]));
  const showValues = state.revealed && anonymity === 'names';

  // The handlers below read the latest props through this ref, so they never change identity.
  const latest = useRef({ scope, participants, state, onVote, onClear, onRevealRequest, onLocked });
  useLayoutEffect(() => {
    latest.current = { scope, participants, state, onVote, onClear, onRevealRequest, onLocked };
  });

  useEffect(() => {
    if (focus >= participants.length && participants.length > 0) setFocus(participants.length - 1);
  }, [focus, participants.length]);

  // A committed write stays "Saving…" until the database shows its result, so a row never flashes
  // back to Waiting between the commit and the read that brings the vote (isSaving). Once shown, the
  // entry is dropped here; the row already says Recorded, so this changes nothing on screen.
  useEffect(() => {
    setPending((current) => {
      let changed = false;
      const next = new Map(current);
      for (const [id, p] of current) {
        if (!p.committed) continue;
        const at = state.votes.get(id)?.at ?? null;
        if (p.scope !== scope || at !== p.replacesAt) {
          next.delete(id);
          changed = true;
        }
      }
      return changed ? next : current;
    });
  }, [scope, state.votes]);

  const moveTo = useCallback((index: number) => {
    const count = latest.current.participants.length;
    const next = Math.max(0, Math.min(count - 1, index));
    setFocus(next);
    rows.current[next]?.focus();
  }, []);

  const record = useCallback(
    async (p: ParticipantRecord, value: VoteValue | 'clear') => {
      const { scope: where, state: now, onVote: vote, onClear: clear } = latest.current;
      const replacesAt = now.votes.get(p.id)?.at ?? null;
      setPending((s) => new Map(s).set(p.id, { scope: where, replacesAt, committed: false }));
      let ok = false;
      try {
        ok = value === 'clear' ? await clear(p.id) : await vote(p.id, value);
      } finally {
        // The write belongs to the store and may finish after the grid is gone; then nothing is left to update.
        if (owned.alive()) {
          const settled: Pending = { scope: where, replacesAt, committed: true };
          setPending((s) => {
            const n = new Map(s);
            // Refused, or nothing to clear: the row is as it was. Committed: wait for the database to show it.
            if (ok) n.set(p.id, settled);
            else n.delete(p.id);
            return n;
          });
          // Should the database never show this write (undone at once), the row stops saying Saving anyway.
          if (ok) {
            owned.later(
              () =>
                setPending((s) => {
                  if (s.get(p.id) !== settled) return s;
                  const n = new Map(s);
                  n.delete(p.id);
                  return n;
                }),
              1000,
            );
          }
        }
      }
    },
    [owned],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const { participants: people, state: now, onLocked: locked, onRevealRequest: reveal } = latest.current;
      const p = people[index];
      if (!p) return;
      const action = keyToVote(event.key);
      if (action !== null) {
        event.preventDefault();
        if (now.revealed) {
          locked();
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
          moveTo(people.length - 1);
          break;
        case 'Enter':
          event.preventDefault();
          reveal();
          break;
      }
    },
    [moveTo, record],
  );

  const onPick = useCallback(
    (index: number, value: VoteValue) => {
      const p = latest.current.participants[index];
      if (!p) return;
      setFocus(index);
      void record(p, value);
    },
    [record],
  );

  const setRow = useCallback((index: number, el: HTMLTableRowElement | null) => {
    rows.current[index] = el;
  }, []);

  return (
    <div className="vote-grid-wrap">
      <p className="shortcut-hint" id="vote-grid-hint">
        {state.revealed
          ? t('session.grid.hintRevealed', { round: state.round, next: state.round + 1 })
          : t('session.grid.hint')}
        {state.revealed && anonymity !== 'names' ? ` ${t(`session.grid.private.${anonymity}`)}` : ''}
      </p>
      <table className="vote-grid" aria-label={t('session.grid.label')} aria-describedby="vote-grid-hint">
        {/* Fixed column widths: a row changing from Waiting to Recorded lays out that row, not the table. */}
        <colgroup>
          <col />
          <col className="col-options" />
          <col className="col-status" />
        </colgroup>
        <tbody>
          {participants.map((p, index) => {
            const team = p.teamId ? teamOf.get(p.teamId) : undefined;
            return (
              <VoteRow
                key={p.id}
                index={index}
                participant={p}
                teamName={team?.name ?? null}
                teamColor={team?.color ?? null}
                vote={state.votes.get(p.id)}
                saving={isSaving(pending.get(p.id), scope, state.votes.get(p.id))}
                focusable={index === focus}
                revealed={state.revealed}
                showValue={showValues}
                tr={tr}
                setRow={setRow}
                onKeyDown={onKeyDown}
                onFocusRow={setFocus}
                onPick={onPick}
              />
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A row says Saving… while its write is in flight, and after the commit until the database shows a
 * vote other than the one it replaced: it turns to Recorded in the very render that brings the vote.
 */
function isSaving(p: Pending | undefined, scope: string, vote: VoteRecord | undefined): boolean {
  if (p?.scope !== scope) return false;
  return !p.committed || (vote?.at ?? null) === p.replacesAt;
}

interface VoteRowProps {
  index: number;
  participant: ParticipantRecord;
  teamName: string | null;
  teamColor: string | null;
  vote: VoteRecord | undefined;
  saving: boolean;
  focusable: boolean;
  revealed: boolean;
  showValue: boolean;
  tr: Translator;
  setRow(index: number, el: HTMLTableRowElement | null): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number): void;
  onFocusRow(index: number): void;
  onPick(index: number, value: VoteValue): void;
}

const VoteRow = memo(function VoteRow({
  index,
  participant: p,
  teamName,
  teamColor,
  vote,
  saving,
  focusable,
  revealed,
  showValue,
  tr,
  setRow,
  onKeyDown,
  onFocusRow,
  onPick,
}: VoteRowProps) {
  const { t } = tr;
  const name = p.displayName;
  const status = saving
    ? t('session.grid.saving')
    : vote
      ? t('session.grid.recorded')
      : t('session.grid.waiting');
  // A vote from a phone says so (in words, not by colour): the facilitator sees who voted how they did.
  const viaPhone = Boolean(vote?.ballotId) && !saving;
  return (
    <tr
      ref={(el) => setRow(index, el)}
      tabIndex={focusable ? 0 : -1}
      className="vote-row"
      data-participant={p.id}
      data-state={vote ? 'recorded' : 'waiting'}
      data-via={viaPhone ? 'phone' : undefined}
      data-vote-at={vote?.at ?? ''}
      aria-label={t('session.grid.rowLabel', {
        name,
        status:
          (showValue && vote ? t('session.grid.voted', { value: voteLabel(vote.value, tr) }) : status) +
          (viaPhone ? `, ${t('room.grid.viaPhone')}` : ''),
      })}
      onFocus={() => onFocusRow(index)}
      onKeyDown={(e) => onKeyDown(e, index)}
    >
      <th scope="row" className="vote-name">
        <span>{name}</span>
        {teamName ? (
          <span className="team-chip" style={{ ['--team' as string]: teamColor }}>
            {teamName}
          </span>
        ) : null}
      </th>
      <td className="vote-options">
        {revealed ? (
          showValue ? (
            <div className="vote-buttons is-locked" aria-hidden="true">
              {VOTE_VALUES.map((value) => (
                <span
                  key={String(value)}
                  className={`vote-button${vote?.value === value ? ' is-chosen' : ''}`}
                >
                  {voteLabel(value, tr, 'short')}
                </span>
              ))}
            </div>
          ) : null
        ) : (
          <div role="group" aria-label={name} className="vote-buttons">
            {VOTE_VALUES.map((value) => (
              <button
                key={String(value)}
                type="button"
                tabIndex={-1}
                className="vote-button"
                title={voteLabel(value, tr)}
                onClick={() => onPick(index, value)}
              >
                {voteLabel(value, tr, 'short')}
              </button>
            ))}
          </div>
        )}
      </td>
      <td className={`vote-status ${vote && !saving ? 'is-recorded' : ''}`}>
        <span aria-hidden="true">{saving ? '… ' : vote ? '✓ ' : '… '}</span>
        {status}
        {viaPhone ? <span className="via-phone"> · {t('room.grid.phone')}</span> : null}
      </td>
    </tr>
  );
});
