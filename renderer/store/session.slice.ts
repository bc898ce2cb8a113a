import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type { VoteValue } from '../../shared/model/types';
import type { CaptureMode, DecisionRecord, JournalEntry } from '../db/records';

export interface VoteTarget {
  workshopId: string;
  questionId: string;
  participantId: string;
  round: number;
}

export interface SessionSlice {
  /** The live summary panel is collapsed by default so it does not steer the room. */
  summaryOpen: boolean;
  toggleSummary(): void;
  /** Resolves true once the vote is committed to IndexedDB (false if it was refused, with a notice). */
  castVote(target: VoteTarget, value: VoteValue): Promise<boolean>;
  clearVote(target: VoteTarget): Promise<boolean>;
  reveal(workshopId: string, questionId: string, round: number): Promise<boolean>;
  startRound(workshopId: string, questionId: string): Promise<number | null>;
  saveDecision(input: {
    workshopId: string;
    questionId: string;
    agreedValue: DecisionRecord['agreedValue'];
    rationale: string;
    notes: string;
  }): Promise<boolean>;
  /** Moves to a question; `skipped`, when given, is saved with the position in the same write. */
  goToQuestion(workshopId: string, questionId: string, skipped?: string[]): Promise<void>;
  setCaptureMode(workshopId: string, mode: CaptureMode): Promise<void>;
  setSkipped(workshopId: string, skipped: string[]): Promise<void>;
  /** Undoes the last action and says what was undone. */
  undo(workshopId: string, describe: (entry: JournalEntry) => string): Promise<JournalEntry | null>;
}

export const createSessionSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SessionSlice> =>
  (set, get) => {
    const fail = (error: unknown) => {
      get().notify('error', error instanceof Error ? error.message : String(error));
    };
    const session = () => deps.repos.session;
    /** Runs a repository call; a refusal becomes an error notice (its message says what was kept). */
    async function attempt<T>(fn: () => Promise<T>, onError: T): Promise<T> {
      try {
        return await fn();
      } catch (error) {
        fail(error);
        return onError;
      }
    }
    return {
      summaryOpen: false,
      toggleSummary() {
        set((s) => ({ summaryOpen: !s.summaryOpen }));
      },
      castVote: (target, value) =>
        attempt(
          () =>
            session()
              .recordVote({ ...target, value })
              .then(() => true),
          false,
        ),
      clearVote: (target) => attempt(() => session().clearVote(target), false),
      reveal: (workshopId, questionId, round) =>
        attempt(
          () =>
            session()
              .reveal(workshopId, questionId, round)
              .then(() => true),
          false,
        ),
      startRound: (workshopId, questionId) =>
        attempt(() => session().startRound(workshopId, questionId), null),
      saveDecision: (input) =>
        attempt(
          () =>
            session()
              .saveDecision(input)
              .then(() => true),
          false,
        ),
      goToQuestion: (workshopId, questionId, skipped) =>
        attempt(
          () => session().setPosition(workshopId, skipped ? { questionId, skipped } : { questionId }),
          undefined,
        ),
      setCaptureMode: (workshopId, captureMode) =>
        attempt(() => session().setPosition(workshopId, { captureMode }), undefined),
      setSkipped: (workshopId, skipped) =>
        attempt(() => session().setPosition(workshopId, { skipped }), undefined),
      undo: (workshopId, describe) =>
        attempt(async () => {
          const entry = await session().undo(workshopId);
          // Show the question whose action was undone, so the room sees what changed back.
          if (entry?.questionId) await session().setPosition(workshopId, { questionId: entry.questionId });
          get().notify('info', entry ? describe(entry) : deps.t('session.undo.nothing'));
          return entry;
        }, null),
    };
  };
