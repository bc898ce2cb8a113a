import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type { VoteValue } from '../../shared/model/types';
import type { CaptureMode, DecisionRecord, JournalEntry } from '../db/records';
import type { VoteInput } from '../db/session.repo';
import type { RoomAck, RoomBallot } from '../../shared/ipc/room';
import { StorageError } from '../db/errors';
import { errorToMessage, type Message } from '../../shared/i18n';
import { createWrite, reportError } from './write';

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
  /**
   * Why the last vote typed here was refused (a full disk, a database that failed), until a vote is
   * recorded again: a screen that covers the notices (pass the device) shows it in its own place.
   */
  voteRefusal: Message | null;
  /**
   * A phone's ballot, through the same line as a typed vote (same order, same round rules, undoable).
   * Resolves with the acknowledgement for the phone once IndexedDB committed it, or with the refusal; the
   * facilitator gets no notice: the phone tells its owner.
   */
  castBallot(ballot: RoomBallot): Promise<RoomAck>;
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
  /**
   * Moves to a question; `skipped`, when given, is saved with the position in the same write. Resolves
   * false when the move was refused (with a notice).
   */
  goToQuestion(workshopId: string, questionId: string, skipped?: string[]): Promise<boolean>;
  /** Shows (or hides) who voted what in a revealed round; the choice is saved with the session. */
  showVoters(workshopId: string, shown: { questionId: string; round: number } | null): Promise<void>;
  setCaptureMode(workshopId: string, mode: CaptureMode): Promise<void>;
  setSkipped(workshopId: string, skipped: string[]): Promise<void>;
  /** Undoes the last action and says what was undone. */
  undo(workshopId: string, describe: (entry: JournalEntry) => string): Promise<JournalEntry | null>;
}

export const createSessionSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SessionSlice> =>
  (set, get) => {
    const fail = (error: unknown) => reportError(get, error);
    const session = () => deps.repos.session;
    const write = createWrite(get);
    /** Runs a repository call; a refusal becomes an error notice (its message says what was kept). */
    const attempt = <T>(fn: () => Promise<T>, onError: T): Promise<T> => write(fn, onError);
    // One line of work for everything that changes the room's data, in the order it was asked for: a
    // reveal never overtakes the votes typed before it, and undo always undoes the last committed action.
    // Votes that queue up while a write is in flight (a facilitator typing a row of digits) go to the
    // database together in one transaction; each call still resolves only after its own commit.
    type Job =
      | { kind: 'vote'; input: VoteInput; done(result: unknown): void }
      | { kind: 'task'; run(): Promise<void> };
    const queue: Job[] = [];
    let draining = false;
    async function drain() {
      if (draining) return;
      draining = true;
      try {
        for (let job = queue.shift(); job; job = queue.shift()) {
          if (job.kind === 'task') {
            await job.run();
            continue;
          }
          const batch = [job];
          while (queue[0]?.kind === 'vote') batch.push(queue.shift() as typeof job);
          try {
            const results = await session().recordVotes(batch.map((j) => j.input));
            results.forEach((result, i) => batch[i]?.done(result));
          } catch (error) {
            for (const j of batch) j.done(error);
          }
        }
      } finally {
        draining = false;
      }
    }
    /** A repository call in line, after everything asked before it; a refusal becomes an error notice. */
    function inLine<T>(fn: () => Promise<T>, onError: T): Promise<T> {
      return new Promise<T>((resolve) => {
        queue.push({ kind: 'task', run: async () => resolve(await attempt(fn, onError)) });
        void drain();
      });
    }
    return {
      summaryOpen: false,
      toggleSummary() {
        set((s) => ({ summaryOpen: !s.summaryOpen }));
      },
      voteRefusal: null,
      castVote: (target, value) =>
        new Promise<boolean>((resolve) => {
          const done = (result: unknown) => {
            const refused = result instanceof Error;
            if (refused) fail(result);
            // A vote recorded again means the disk has room again: the refusal is over.
            if (refused || get().voteRefusal !== null) {
              set({ voteRefusal: refused ? errorToMessage(result) : null });
            }
            resolve(!refused);
          };
          queue.push({ kind: 'vote', input: { ...target, value }, done });
          void drain();
        }),
      castBallot: ({ ballotId, workshopId, questionId, participantId, round, value }) =>
        new Promise<RoomAck>((resolve) => {
          const done = (result: unknown) => {
            if (!(result instanceof Error)) return resolve({ ballotId, outcome: 'recorded' });
            const revealed = result instanceof StorageError && result.key === 'error.vote.revealedRound';
            // A full disk or a failing database is the facilitator's to know; a late vote is not.
            if (!(result instanceof StorageError && result.reason === 'validation')) fail(result);
            resolve({ ballotId, outcome: 'refused', reason: revealed ? 'revealed' : 'rejected' });
          };
          const input = { workshopId, questionId, participantId, round, value, ballotId };
          queue.push({ kind: 'vote', input, done });
          void drain();
        }),
      clearVote: (target) => inLine(() => session().clearVote(target), false),
      reveal: (workshopId, questionId, round) =>
        inLine(
          () =>
            session()
              .reveal(workshopId, questionId, round)
              .then(() => true),
          false,
        ),
      startRound: (workshopId, questionId) =>
        inLine(() => session().startRound(workshopId, questionId), null),
      saveDecision: (input) =>
        inLine(
          () =>
            session()
              .saveDecision(input)
              .then(() => true),
          false,
        ),
      goToQuestion: (workshopId, questionId, skipped) =>
        attempt(
          () =>
            session()
              .setPosition(workshopId, skipped ? { questionId, skipped } : { questionId })
              .then(() => true),
          false,
        ),
      showVoters: (workshopId, shown) =>
        attempt(() => session().setPosition(workshopId, { votersShown: shown }), undefined),
      setCaptureMode: (workshopId, captureMode) =>
        attempt(() => session().setPosition(workshopId, { captureMode }), undefined),
      setSkipped: (workshopId, skipped) =>
        attempt(() => session().setPosition(workshopId, { skipped }), undefined),
      undo: (workshopId, describe) =>
        inLine(async () => {
          const outcome = await session().undo(workshopId);
          if (!outcome) {
            get().notify('info', deps.t('session.undo.nothing'));
            return null;
          }
          // A step about something since removed is dropped, not applied: say why, change nothing.
          if (outcome.refused) {
            fail(outcome.refused);
            return null;
          }
          const { entry } = outcome;
          // Show the question whose action was undone, so the room sees what changed back.
          await session().setPosition(workshopId, { questionId: entry.questionId });
          get().notify('info', describe(entry));
          return entry;
        }, null),
    };
  };
