import { memo, type KeyboardEvent } from 'react';
import type { ParticipantRecord, VoteRecord } from '../../db/records';
import type { Translator } from '../../../shared/i18n';
import { VOTE_VALUES, voteLabel, type ScaleWording, type VoteValue } from '../../../shared/model/vote-scale';

export interface VoteRowProps {
  index: number;
  participant: ParticipantRecord;
  teamName: string | null;
  teamColor: string | null;
  vote: VoteRecord | undefined;
  saving: boolean;
  /** The last vote typed for this person was refused (a full disk): it is not recorded. */
  refused: boolean;
  /** The row the next digit goes to (the grid's one tab stop), marked even while focus is elsewhere. */
  current: boolean;
  /** The question's votes are still being read: no status yet. */
  loading: boolean;
  revealed: boolean;
  showValue: boolean;
  scale: ScaleWording;
  tr: Translator;
  setRow(index: number, el: HTMLTableRowElement | null): void;
  onKeyDown(event: KeyboardEvent<HTMLTableRowElement>, index: number): void;
  onFocusRow(index: number): void;
  onPick(index: number, value: VoteValue): void;
}

/**
 * One participant: name and team, the answers as buttons (for a pointer; keys are the fast way), and
 * whether their vote is in. The row is a CSS grid of fixed tracks, so a status change lays out the row,
 * not the table; the table roles are explicit because the rows are laid out as grid items.
 */
export const VoteRow = memo(function VoteRow({
  index,
  participant: p,
  teamName,
  teamColor,
  vote,
  saving,
  refused,
  current,
  loading,
  revealed,
  showValue,
  scale,
  tr,
  setRow,
  onKeyDown,
  onFocusRow,
  onPick,
}: VoteRowProps) {
  const { t } = tr;
  const name = p.displayName;
  const status = loading
    ? t('session.grid.loading')
    : saving
      ? t('session.grid.saving')
      : refused
        ? t('session.grid.notRecorded')
        : vote
          ? t('session.grid.recorded')
          : t('session.grid.waiting');
  // A refused re-vote leaves the earlier vote in the database, but the one just typed is what the room
  // expects to see: the row says it was not recorded rather than showing the earlier one as current.
  const recorded = !loading && vote !== undefined && !saving && !refused;
  // A vote from a phone says so (in words, not by colour): the facilitator sees who voted how they did.
  const viaPhone = recorded && Boolean(vote?.ballotId);
  return (
    <tr
      ref={(el) => setRow(index, el)}
      role="row"
      tabIndex={current ? 0 : -1}
      className={`vote-row${current ? ' is-current' : ''}`}
      data-participant={p.id}
      data-state={loading ? 'loading' : vote ? 'recorded' : 'waiting'}
      data-via={viaPhone ? 'phone' : undefined}
      data-vote-at={vote?.at ?? ''}
      data-refused={refused ? 'true' : undefined}
      aria-label={t('session.grid.rowLabel', {
        name,
        status:
          (showValue && vote ? t('session.grid.voted', { value: voteLabel(vote.value, tr) }) : status) +
          (viaPhone ? `, ${t('room.grid.viaPhone')}` : ''),
      })}
      onFocus={() => onFocusRow(index)}
      onKeyDown={(e) => onKeyDown(e, index)}
    >
      <th role="rowheader" scope="row" className="vote-name">
        <span className="vote-person">{name}</span>
        {teamName ? (
          <span className="team-chip" style={{ ['--team' as string]: teamColor }}>
            {teamName}
          </span>
        ) : null}
      </th>
      <td role="cell" className="vote-options">
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
                title={voteLabel(value, tr, 'meaning', scale)}
                disabled={loading}
                onClick={() => onPick(index, value)}
              >
                {voteLabel(value, tr, 'short')}
              </button>
            ))}
          </div>
        )}
      </td>
      <td
        role="cell"
        className={`vote-status${recorded ? ' is-recorded' : ''}${refused && !saving ? ' is-refused' : ''}`}
      >
        <span aria-hidden="true" className="vote-status-icon">
          {loading ? '' : recorded ? '✓' : refused && !saving ? '!' : '…'}
        </span>
        <span className="vote-status-word">
          {status}
          {viaPhone ? <span className="via-phone"> · {t('room.grid.phone')}</span> : null}
        </span>
      </td>
    </tr>
  );
});
