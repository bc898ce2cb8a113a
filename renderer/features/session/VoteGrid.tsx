import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import { useTranslator } from '../../app/i18n';
import type { ParticipantRecord, TeamRecord } from '../../db/records';
import type { ScaleWording, VoteValue } from '../../../shared/model/vote-scale';
import { firstWithoutVote, keyToVote, type RoundState } from './session-model';
import { focusIsFree } from './session-keys';
import { useSavingRows } from './use-saving-rows';
import { VoteRow } from './VoteRow';

/** What the rest of the screen can ask of the grid. */
export interface VoteGridHandle {
  /**
   * A vote key pressed while focus was outside the grid: it goes to the current row (the one marked),
   * and focus follows into the grid. While the grid is not ready the key waits and applies in order.
   */
  pressKey(key: string): void;
}

/** Put focus on a row: a given person's, or (participantId null) the first without a vote. */
export interface FocusRequest {
  participantId: string | null;
  /** A new number for every request, so the same person can be asked for twice. */
  seq: number;
}

interface VoteGridProps {
  /** The question and round the grid writes to: a write in flight belongs to one of them. */
  scope: string;
  participants: readonly ParticipantRecord[];
  teams: readonly TeamRecord[];
  /** null until the question's votes and rounds are read. */
  state: RoundState | null;
  /** false while an action that changes the round is on its way: keys typed meanwhile wait for it. */
  ready: boolean;
  showValues: boolean;
  scale: ScaleWording;
  focusRequest: FocusRequest | null;
  handle: Ref<VoteGridHandle>;
  onVote(participantId: string, value: VoteValue): Promise<boolean>;
  onClear(participantId: string): Promise<boolean>;
  onRevealRequest(): void;
  /** A vote key was pressed on a revealed round, whose votes no longer change. */
  onLocked(): void;
}

/** Beyond this many people the grid flows into two columns where the screen is wide (see session.css). */
export const LONG_GRID = 16;

/**
 * Facilitator entry: one row per participant. Keyboard first — a digit records the current person's
 * vote and moves on; the row says "Recorded" only once the vote is committed and the database shows it
 * (it reads the database, not the key press). Until the reveal, values are never shown; after it the
 * round is locked, and each person's vote shows only when the facilitator chose to show who voted what.
 *
 * Where the next digit goes is never a guess: on arriving at a question or a new round the current row
 * is the first person without a vote, and focus goes there unless the facilitator is typing elsewhere.
 * Keys pressed before the question's votes are read (or while a new round is being started) wait and
 * apply in order, so a fast typist never sends a vote to the previous question or round.
 *
 * Rows are memoized and the handlers stable, so a vote re-renders the rows it changes, not all of them:
 * with 50 people the grid is most of the page, and each vote must be on screen within a frame or two.
 */
export function VoteGrid({
  scope,
  participants,
  teams,
  state,
  ready,
  showValues,
  scale,
  focusRequest,
  handle,
  onVote,
  onClear,
  onRevealRequest,
  onLocked,
}: VoteGridProps) {
  const tr = useTranslator();
  const { t } = tr;
  const [current, setCurrent] = useState(0);
  const rows = useRef<(HTMLTableRowElement | null)[]>([]);
  const { isSaving, isRefused, track } = useSavingRows(scope, state);
  const teamOf = new Map(teams.map((tm) => [tm.id, tm]));
  const accepting = state !== null && ready;
  const queued = useRef<string[]>([]);
  const settled = useRef<{ scope: string | null; request: number | null; revealed: boolean }>({
    scope: null,
    request: null,
    revealed: false,
  });

  // The handlers below read the latest props through this ref, so they never change identity.
  const props = {
    scope,
    participants,
    state,
    accepting,
    current,
    onVote,
    onClear,
    onRevealRequest,
    onLocked,
  };
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    if (current >= participants.length && participants.length > 0) setCurrent(participants.length - 1);
  }, [current, participants.length]);

  const record = useCallback(
    (p: ParticipantRecord, value: VoteValue | 'clear') => {
      const { scope: where, state: now, onVote: vote, onClear: clear } = latest.current;
      const replacesAt = now?.votes.get(p.id)?.at ?? null;
      const isVote = value !== 'clear';
      return track(p.id, where, replacesAt, () => (isVote ? vote(p.id, value) : clear(p.id)), isVote);
    },
    [track],
  );

  /** Applies a vote key to row `index`; returns the row the next key goes to. */
  const applyVoteKey = useCallback(
    (index: number, key: string): number => {
      const { participants: people, state: now, onLocked: locked } = latest.current;
      const action = keyToVote(key);
      const p = people[index];
      if (action === null || !p || !now) return index;
      if (now.revealed) {
        locked();
        return index;
      }
      void record(p, action);
      return action === 'clear' ? index : Math.min(index + 1, people.length - 1);
    },
    [record],
  );

  const moveTo = useCallback((index: number) => {
    const count = latest.current.participants.length;
    const next = Math.max(0, Math.min(count - 1, index));
    setCurrent(next);
    rows.current[next]?.focus();
  }, []);

  // Arriving at a question or a round, a request to focus someone, the reveal: choose the current row,
  // take focus when nothing else holds it, then apply any keys that waited for the grid to be ready.
  // A layout effect: it runs before the browser handles another key, so no key overtakes those waiting.
  useLayoutEffect(() => {
    if (!accepting || !state) return;
    const mark = settled.current;
    let index: number | null = null;
    if (mark.scope !== scope) {
      mark.scope = scope;
      index = firstWithoutVote(participants, state);
    }
    if (focusRequest && mark.request !== focusRequest.seq) {
      mark.request = focusRequest.seq;
      const asked = participants.findIndex((p) => p.id === focusRequest.participantId);
      index = asked >= 0 ? asked : firstWithoutVote(participants, state);
    }
    // The reveal button the facilitator pressed is gone: focus would fall to the page.
    const revealedNow = state.revealed && !mark.revealed;
    mark.revealed = state.revealed;
    const keys = queued.current.splice(0);
    if (index === null && keys.length === 0 && !revealedNow) return;
    let at = index ?? latest.current.current;
    for (const key of keys) at = applyVoteKey(at, key);
    setCurrent(at);
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if ((index !== null || keys.length > 0) && focusIsFree()) rows.current[at]?.focus();
    else if (revealedNow && lost) rows.current[at]?.focus();
  }, [accepting, scope, state, participants, focusRequest, applyVoteKey]);

  useImperativeHandle(
    handle,
    () => ({
      pressKey(key: string) {
        const now = latest.current;
        if (!now.accepting || queued.current.length > 0) {
          queued.current.push(key);
          return;
        }
        const next = applyVoteKey(now.current, key);
        setCurrent(next);
        rows.current[next]?.focus();
      },
    }),
    [applyVoteKey],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTableRowElement>, index: number) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const { participants: people, accepting: open, onRevealRequest: reveal } = latest.current;
      if (keyToVote(event.key) !== null) {
        event.preventDefault();
        if (!open || queued.current.length > 0) {
          queued.current.push(event.key);
          return;
        }
        moveTo(applyVoteKey(index, event.key));
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
          if (event.shiftKey) return;
          event.preventDefault();
          reveal();
          break;
      }
    },
    [moveTo, applyVoteKey],
  );

  const onPick = useCallback(
    (index: number, value: VoteValue) => {
      const p = latest.current.participants[index];
      if (!p || !latest.current.accepting) return;
      setCurrent(index);
      void record(p, value);
    },
    [record],
  );

  const setRow = useCallback((index: number, el: HTMLTableRowElement | null) => {
    rows.current[index] = el;
  }, []);

  return (
    <table
      role="table"
      className={`vote-grid${participants.length > LONG_GRID ? ' is-long' : ''}`}
      aria-label={t('session.grid.label')}
      aria-describedby="vote-grid-hint"
      aria-busy={state === null}
    >
      <tbody role="rowgroup">
        {participants.map((p, index) => {
          const team = p.teamId ? teamOf.get(p.teamId) : undefined;
          return (
            <VoteRow
              key={p.id}
              index={index}
              participant={p}
              teamName={team?.name ?? null}
              teamColor={team?.color ?? null}
              vote={state?.votes.get(p.id)}
              saving={isSaving(p.id)}
              refused={isRefused(p.id)}
              current={index === current}
              loading={state === null}
              revealed={state?.revealed ?? false}
              showValue={showValues}
              scale={scale}
              tr={tr}
              setRow={setRow}
              onKeyDown={onKeyDown}
              onFocusRow={setCurrent}
              onPick={onPick}
            />
          );
        })}
      </tbody>
    </table>
  );
}
