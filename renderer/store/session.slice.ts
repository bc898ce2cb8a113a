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
  goToQuestion(workshopId: string, questionId: string): Promise<void>;
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
    return {
      summaryOpen: false,
      toggleSummary() {
        set((s) => ({ summaryOpen: !s.summaryOpen }));
      },
      async castVote(target, value) {
        try {
          await session().recordVote({ ...target, value });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async clearVote(target) {
        try {
          return await session().clearVote(target);
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async reveal(workshopId, questionId, round) {
        try {
          await session().reveal(workshopId, questionId, round);
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async startRound(workshopId, questionId) {
        try {
          return await session().startRound(workshopId, questionId);
        } catch (error) {
          fail(error);
          return null;
        }
      },
      async saveDecision(input) {
        try {
          await session().saveDecision(input);
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },
      async goToQuestion(workshopId, questionId) {
        try {
          await session().setPosition(workshopId, { questionId });
        } catch (error) {
          fail(error);
        }
      },
      async setCaptureMode(workshopId, captureMode) {
        try {
          await session().setPosition(workshopId, { captureMode });
        } catch (error) {
          fail(error);
        }
      },
      async setSkipped(workshopId, skipped) {
        try {
          await session().setPosition(workshopId, { skipped });
        } catch (error) {
          fail(error);
        }
      },
      async undo(workshopId, describe) {
        try {
          const entry = await session().undo(workshopId);
          get().notify('info', entry ? describe(entry) : deps.t('session.undo.nothing'));
          return entry;
        } catch (error) {
          fail(error);
          return null;
        }
      },
    };
  };
