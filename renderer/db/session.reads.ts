import Dexie, { type IndexableType, type Table } from 'dexie';
import type { OspoDatabase } from './database';
import type { DecisionRecord, JournalEntry, RoundRecord, SessionRecord, VoteRecord } from './records';
import { readVotes, RoundVotes } from './vote-store';

/**
 * The rows whose primary key starts with `prefix`, as one range of the primary key (compound keys of
 * `length` parts). A range of the primary key costs a live view nothing to track, where a query through
 * an index makes Dexie keep the key of every row it returned.
 */
export function keysStartingWith<T>(table: Table<T>, prefix: readonly IndexableType[], length: number) {
  // A copy of the bound for each part: the same array twice in one key makes the key invalid.
  const pad = (bound: IndexableType) => [
    ...prefix,
    ...Array.from({ length: length - prefix.length }, () => structuredClone(bound)),
  ];
  return table.where(':id').between(pad(Dexie.minKey), pad(Dexie.maxKey), true, true);
}

/** What the room's data reads: votes, rounds and decisions by workshop, question and round. */
export function createSessionReads(db: OspoDatabase) {
  return {
    votesOfWorkshop(workshopId: string): Promise<VoteRecord[]> {
      return readVotes(db, [workshopId]);
    },
    /** Every round's votes of a question, by round then participant id. */
    votesOfQuestion(workshopId: string, questionId: string): Promise<VoteRecord[]> {
      return readVotes(db, [workshopId, questionId]);
    },
    votesOfRound(workshopId: string, questionId: string, round: number): Promise<VoteRecord[]> {
      return readVotes(db, [workshopId, questionId, round]);
    },
    /** A question's rounds, in order. */
    roundsOfQuestion(workshopId: string, questionId: string): Promise<RoundRecord[]> {
      return keysStartingWith(db.rounds, [workshopId, questionId], 3).toArray();
    },
    roundsOfWorkshop(workshopId: string): Promise<RoundRecord[]> {
      return keysStartingWith(db.rounds, [workshopId], 3).toArray();
    },
    decisionsOfWorkshop(workshopId: string): Promise<DecisionRecord[]> {
      return keysStartingWith(db.decisions, [workshopId], 2).toArray();
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
      const votes = await RoundVotes.load(db, [[workshopId, questionId, round]]);
      return votes.get([workshopId, questionId, round, participantId])?.ballotId === ballot.ballotId;
    },
    lastJournalEntry(workshopId: string): Promise<JournalEntry | undefined> {
      return db.journal.where('workshopId').equals(workshopId).last();
    },
  };
}
