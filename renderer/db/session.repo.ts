import type { IndexableType } from 'dexie';
import type { OspoDatabase } from './database';
import type {
  CaptureMode,
  DecisionRecord,
  JournalEntry,
  JournalTable,
  RoundRecord,
  SessionRecord,
  VoteRecord,
} from './records';
import { StorageError, toStorageError } from './errors';
import { systemClock, type Clock } from './workshops.repo';
import { isVoteValue, type VoteValue } from '../../shared/model/vote-scale';
import { MAX_NOTES, MAX_RATIONALE, decisionProblem, normalizeDecision } from '../../shared/model/decision';

/** Undo keeps this many steps per workshop; older entries are trimmed. */
export const JOURNAL_LIMIT = 200;
/** The journal may exceed the limit by up to this many entries between trims. */
export const TRIM_EVERY = 25;

type Key = unknown[];

export interface VoteInput {
  workshopId: string;
  questionId: string;
  participantId: string;
  round: number;
  value: VoteValue;
  /** A phone's ballot id: the same ballot delivered twice is recorded once (see writeVote). */
  ballotId?: string;
}

/**
 * Once the room has seen a round, its votes are what was revealed: changing one would silently rewrite
 * the distribution everybody discussed. A changed mind is a new round (Delphi); a typo is undone first.
 */
function revealedRoundError(round: number) {
  return new StorageError('error.vote.revealedRound', 'validation', { round, next: round + 1 });
}

/**
 * Everything that happens in the room: votes, rounds, reveals, decisions, the session position and
 * undo. Each action is one transaction that also writes its undo entry, so a vote is either fully
 * recorded (and undoable) or not at all; the call resolves only once IndexedDB has committed it.
 */
export function createSessionRepository(db: OspoDatabase, clock: Clock = systemClock) {
  const tableOf = (name: JournalTable) => db.table(name);

  async function snapshot(table: JournalTable, key: Key) {
    return { table, key, before: (await tableOf(table).get(key)) ?? null };
  }

  async function journal(entry: Omit<JournalEntry, 'at'>) {
    const seq = await db.journal.add({ ...entry, at: clock.now() });
    // Trimming is bookkeeping, not part of the vote: do it every TRIM_EVERY entries, not on each key press.
    if ((seq ?? 0) % TRIM_EVERY !== 0) return;
    const count = await db.journal.where('workshopId').equals(entry.workshopId).count();
    if (count > JOURNAL_LIMIT) {
      const old = await db.journal
        .where('workshopId')
        .equals(entry.workshopId)
        .limit(count - JOURNAL_LIMIT)
        .primaryKeys();
      await db.journal.bulkDelete(old);
    }
  }

  async function run<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await db.transaction(
        'rw',
        [db.votes, db.rounds, db.decisions, db.journal, db.sessions, db.participants],
        fn,
      );
    } catch (error) {
      throw toStorageError(error);
    }
  }

  /** One vote inside the caller's transaction: the refusal is returned, not thrown, so the rest commit. */
  async function writeVote(input: VoteInput): Promise<VoteRecord | StorageError> {
    const { workshopId, questionId, participantId, round, value } = input;
    if (!isVoteValue(value)) {
      return new StorageError('error.vote.value', 'validation');
    }
    if (!Number.isInteger(round) || round < 1) {
      return new StorageError('error.vote.round', 'validation');
    }
    const key = [workshopId, questionId, round, participantId];
    // The three reads go out together and the writes after them: each request that waits for the one
    // before it waits for the page too (rendering, focus), and a vote must be on screen in a frame or two.
    const [participant, roundState, previous] = await Promise.all([
      db.participants.get(participantId),
      db.rounds.get([workshopId, questionId, round]),
      snapshot('votes', key),
    ]);
    if (participant?.workshopId !== workshopId) {
      return new StorageError('error.vote.stranger', 'validation');
    }
    // A phone's ballot sent again (the app reloaded before its acknowledgement reached the phone) is
    // already this vote: it is not written twice, nor journaled as a second undo step.
    const before = previous.before as VoteRecord | null;
    if (input.ballotId !== undefined && before?.ballotId === input.ballotId) return before;
    if (roundState?.revealedAt) return revealedRoundError(round);
    const changes: JournalEntry['changes'] = [previous];
    const vote: VoteRecord = { workshopId, questionId, participantId, round, value, at: clock.now() };
    if (input.ballotId !== undefined) vote.ballotId = input.ballotId;
    const writes: Promise<unknown>[] = [db.votes.put(vote)];
    if (!roundState) {
      const created: RoundRecord = { workshopId, questionId, round, startedAt: vote.at, revealedAt: null };
      writes.push(db.rounds.add(created));
      changes.push({ table: 'rounds', key: [workshopId, questionId, round], before: null });
    }
    writes.push(journal({ workshopId, action: 'vote', questionId, participantId, round, value, changes }));
    await Promise.all(writes);
    return vote;
  }

  const repo = {
    votesOfQuestion(workshopId: string, questionId: string): Promise<VoteRecord[]> {
      return db.votes.where('[workshopId+questionId]').equals([workshopId, questionId]).toArray();
    },
    votesOfWorkshop(workshopId: string): Promise<VoteRecord[]> {
      return db.votes.where('workshopId').equals(workshopId).toArray();
    },
    roundsOfQuestion(workshopId: string, questionId: string): Promise<RoundRecord[]> {
      return db.rounds.where('[workshopId+questionId]').equals([workshopId, questionId]).sortBy('round');
    },
    roundsOfWorkshop(workshopId: string): Promise<RoundRecord[]> {
      return db.rounds.where('workshopId').equals(workshopId).toArray();
    },
    decisionsOfWorkshop(workshopId: string): Promise<DecisionRecord[]> {
      return db.decisions.where('workshopId').equals(workshopId).toArray();
    },
    session(workshopId: string): Promise<SessionRecord | undefined> {
      return db.sessions.get(workshopId);
    },
    /** True when this phone ballot is the vote the database holds (it was committed before). */
    async hasBallot(ballot: {
      workshopId: string;
      questionId: string;
      round: number;
      participantId: string;
      ballotId: string;
    }): Promise<boolean> {
      const { workshopId, questionId, round, participantId } = ballot;
      const vote = await db.votes.get([workshopId, questionId, round, participantId]);
      return vote?.ballotId === ballot.ballotId;
    },
    lastJournalEntry(workshopId: string): Promise<JournalEntry | undefined> {
      return db.journal.where('workshopId').equals(workshopId).last();
    },

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
      return run(async () => {
        const results: (VoteRecord | StorageError)[] = [];
        for (const input of inputs) results.push(await writeVote(input));
        return results;
      });
    },

    clearVote(input: {
      workshopId: string;
      questionId: string;
      participantId: string;
      round: number;
    }): Promise<boolean> {
      const { workshopId, questionId, participantId, round } = input;
      return run(async () => {
        const key: [string, string, number, string] = [workshopId, questionId, round, participantId];
        const before = await db.votes.get(key);
        if (!before) return false;
        if ((await db.rounds.get([workshopId, questionId, round]))?.revealedAt) {
          throw revealedRoundError(round);
        }
        await db.votes.delete(key);
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
        const rounds = await repo.roundsOfQuestion(workshopId, questionId);
        const last = rounds[rounds.length - 1];
        if (last && !last.revealedAt) {
          throw new StorageError('error.round.revealFirst', 'validation');
        }
        const round = (last?.round ?? 0) + 1;
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
      changes: Partial<Pick<SessionRecord, 'questionId' | 'captureMode' | 'skipped'>>,
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

    /** Reverts the last action of this workshop; resolves with what was undone, or null if nothing. */
    undo(workshopId: string): Promise<JournalEntry | null> {
      return run(async () => {
        const entry = await db.journal.where('workshopId').equals(workshopId).last();
        if (!entry || entry.seq === undefined) return null;
        for (const change of [...entry.changes].reverse()) {
          const table = tableOf(change.table);
          if (change.before === null) await table.delete(change.key as IndexableType);
          else await table.put(change.before);
        }
        await db.journal.delete(entry.seq);
        return entry;
      });
    },
  };
  return repo;
}

export type SessionRepository = ReturnType<typeof createSessionRepository>;
