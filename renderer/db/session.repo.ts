import type { IndexableType } from 'dexie';
import type { OspoDatabase } from './database';
import type {
  CaptureMode,
  DecisionRecord,
  JournalEntry,
  JournalTable,
  SessionRecord,
  VoteRecord,
} from './records';
import { StorageError, toStorageError } from './errors';
import { createSessionReads } from './session.reads';
import { addJournalEntries } from './journal';
import { writeVotes, type VoteInput } from './vote-writes';
import { roundsOfQuestion, voteRoundError } from './round-rules';
import { checkUndo } from './undo-checks';
import { RoundVotes, type RoundKey, type VoteKey } from './vote-store';
import { systemClock, type Clock } from './workshops.repo';
import { nextRound } from '../../shared/model/rounds';
import { MAX_NOTES, MAX_RATIONALE, decisionProblem, normalizeDecision } from '../../shared/model/decision';

export { JOURNAL_LIMIT, TRIM_EVERY } from './journal';
export type { VoteInput } from './vote-writes';

/**
 * Everything that happens in the room: votes, rounds, reveals, decisions, the session position and
 * undo. Each action is one transaction that also writes its undo entry, so a vote is either fully
 * recorded (and undoable) or not at all; the call resolves only once IndexedDB has committed it.
 */
export function createSessionRepository(db: OspoDatabase, clock: Clock = systemClock) {
  const journal = (entry: Omit<JournalEntry, 'at'>) => addJournalEntries(db, clock, [entry]);
  const tableOf = (name: Exclude<JournalTable, 'votes'>) => db.table(name);

  async function run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await db.transaction(
        'rw',
        [db.roundVotes, db.rounds, db.decisions, db.journal, db.sessions, db.participants, db.workshops],
        fn,
      );
    } catch (error) {
      throw toStorageError(error);
    }
  }

  const repo = {
    ...createSessionReads(db),

    /** Records (or replaces) one participant's vote in a round. Resolves after the commit. */
    async recordVote(input: VoteInput): Promise<VoteRecord> {
      const [result] = await repo.recordVotes([input]);
      if (result instanceof StorageError) throw result;
      return result as VoteRecord;
    },

    /**
     * Records several votes in one transaction, in order: what a facilitator types while the previous
     * vote is still being written. Each vote is its own undo step. Resolves after the commit with, per
     * input, the vote recorded or the refusal (a refused vote writes nothing; the others still go in).
     */
    recordVotes(inputs: readonly VoteInput[]): Promise<(VoteRecord | StorageError)[]> {
      return run(() => writeVotes(db, clock, inputs));
    },

    clearVote(input: {
      workshopId: string;
      questionId: string;
      participantId: string;
      round: number;
    }): Promise<boolean> {
      const { workshopId, questionId, participantId, round } = input;
      return run(async () => {
        const key: VoteKey = [workshopId, questionId, round, participantId];
        const votes = await RoundVotes.load(db, [[workshopId, questionId, round]]);
        const before = votes.get(key);
        if (!before) return false;
        const refused = voteRoundError(await roundsOfQuestion(db, workshopId, questionId), round);
        if (refused) throw refused;
        votes.delete(key);
        await votes.save();
        await journal({
          workshopId,
          action: 'clearVote',
          questionId,
          participantId,
          round,
          value: before.value,
          changes: [{ table: 'votes', key, before }],
        });
        return true;
      });
    },

    reveal(workshopId: string, questionId: string, round: number): Promise<void> {
      return run(async () => {
        const current = await db.rounds.get([workshopId, questionId, round]);
        if (current?.revealedAt) return;
        const key = [workshopId, questionId, round];
        const changes = [{ table: 'rounds' as const, key, before: current ?? null }];
        const base = current ?? { workshopId, questionId, round, startedAt: clock.now(), revealedAt: null };
        await db.rounds.put({ ...base, revealedAt: clock.now() });
        await journal({ workshopId, action: 'reveal', questionId, round, changes });
      });
    },

    /** Starts the next round (hidden, empty). Earlier rounds and their votes are kept. */
    startRound(workshopId: string, questionId: string): Promise<number> {
      return run(async () => {
        const next = nextRound(await roundsOfQuestion(db, workshopId, questionId));
        if ('problem' in next) throw new StorageError(`error.round.${next.problem}`, 'validation');
        const { round } = next;
        const key = [workshopId, questionId, round];
        await db.rounds.add({ workshopId, questionId, round, startedAt: clock.now(), revealedAt: null });
        await journal({
          workshopId,
          action: 'newRound',
          questionId,
          round,
          changes: [{ table: 'rounds', key, before: null }],
        });
        return round;
      });
    },

    /** Saves the agreed value, rationale and notes; the previous version goes to the history. */
    saveDecision(input: {
      workshopId: string;
      questionId: string;
      agreedValue: DecisionRecord['agreedValue'];
      rationale: string;
      notes: string;
    }): Promise<DecisionRecord> {
      const problem = decisionProblem(input);
      if (problem !== null) {
        const limits = { maxRationale: MAX_RATIONALE, maxNotes: MAX_NOTES };
        return Promise.reject(new StorageError(`error.decision.${problem}`, 'validation', limits));
      }
      const { rationale, notes } = normalizeDecision(input);
      return run(async () => {
        const key: [string, string] = [input.workshopId, input.questionId];
        const before = await db.decisions.get(key);
        const now = clock.now();
        const history = before
          ? [
              ...before.history,
              {
                agreedValue: before.agreedValue,
                rationale: before.rationale,
                notes: before.notes,
                at: before.updatedAt,
              },
            ]
          : [];
        const record: DecisionRecord = {
          workshopId: input.workshopId,
          questionId: input.questionId,
          agreedValue: input.agreedValue,
          rationale,
          notes,
          updatedAt: now,
          createdAt: before?.createdAt ?? now,
          history,
        };
        await db.decisions.put(record);
        await journal({
          workshopId: input.workshopId,
          action: 'decision',
          questionId: input.questionId,
          changes: [{ table: 'decisions', key, before: before ?? null }],
        });
        return record;
      });
    },

    /** Saves where the session is (not undoable: it is navigation, not data). */
    async setPosition(
      workshopId: string,
      changes: Partial<Pick<SessionRecord, 'questionId' | 'captureMode' | 'skipped' | 'votersShown'>>,
    ): Promise<void> {
      try {
        await db.transaction('rw', db.sessions, async () => {
          const current: SessionRecord = (await db.sessions.get(workshopId)) ?? {
            workshopId,
            questionId: null,
            captureMode: 'facilitator' as CaptureMode,
            skipped: [],
            updatedAt: 0,
          };
          await db.sessions.put({ ...current, ...changes, updatedAt: clock.now() });
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },

    /**
     * Reverts the last action of this workshop; resolves with it, or null if there is nothing to undo.
     * A step that would write a row whose participant, question or round is gone, or break the round
     * rules, is not applied: it is taken off the undo list and comes back with the reason as `refused`.
     */
    undo(workshopId: string): Promise<UndoOutcome | null> {
      return run(async () => {
        const entry = await db.journal.where('workshopId').equals(workshopId).last();
        if (!entry || entry.seq === undefined) return null;
        const refused = await checkUndo(db, entry);
        if (refused) {
          await db.journal.delete(entry.seq);
          return { entry, refused };
        }
        const voteKeys = entry.changes.filter((c) => c.table === 'votes').map((c) => c.key as VoteKey);
        const votes = await RoundVotes.load(
          db,
          voteKeys.map(([w, q, round]): RoundKey => [w, q, round]),
        );
        for (const change of [...entry.changes].reverse()) {
          if (change.table === 'votes') {
            if (change.before === null) votes.delete(change.key as VoteKey);
            else votes.put(change.before as VoteRecord);
            continue;
          }
          const table = tableOf(change.table);
          if (change.before === null) await table.delete(change.key as IndexableType);
          else await table.put(change.before);
        }
        await votes.save();
        await db.journal.delete(entry.seq);
        return { entry, refused: null };
      });
    },
  };
  return repo;
}

/** What undo did: the step it took back, or the reason it could not (the step is dropped then). */
export interface UndoOutcome {
  entry: JournalEntry;
  refused: StorageError | null;
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
