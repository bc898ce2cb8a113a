import type { OspoDatabase } from './database';
import type { RoundVotesRecord, StoredVote, VoteRecord } from './records';
import { keysStartingWith } from './session.reads';

/** A vote's key: workshop, question, round, participant. */
export type VoteKey = [string, string, number, string];
/** A round's key: workshop, question, round. */
export type RoundKey = [string, string, number];

/**
 * Votes are stored one row per round (`roundVotes`): the round's votes in one list, in participant id
 * order. A workshop of 500 people × 100 questions × 3 rounds is 300 rows instead of 150,000, and
 * IndexedDB's cost is per row: writing such a workshop whole (an import, a restore) takes a fraction of
 * a second instead of nine (schema.ts version 5). A vote typed in the room still costs one row, its
 * round's, which holds at most one vote per participant whatever the size of the workshop.
 *
 * This module is the only code that reads or writes that table; everything else sees VoteRecords.
 */

const roundKeyText = (key: readonly unknown[]) => JSON.stringify(key.slice(0, 3));

/** The votes a stored round holds, as VoteRecords. */
export function votesOfRow(row: RoundVotesRecord): VoteRecord[] {
  return row.votes.map((v) => recordOf(row, v));
}

function recordOf({ workshopId, questionId, round }: RoundVotesRecord, v: StoredVote): VoteRecord {
  const vote: VoteRecord = {
    workshopId,
    questionId,
    participantId: v.participantId,
    round,
    value: v.value,
    at: v.at,
  };
  if (v.ballotId !== undefined) vote.ballotId = v.ballotId;
  return vote;
}

function stored(vote: VoteRecord): StoredVote {
  const row: StoredVote = { participantId: vote.participantId, value: vote.value, at: vote.at };
  if (vote.ballotId !== undefined) row.ballotId = vote.ballotId;
  return row;
}

/** Where participant `id` is, or would go, in a list sorted by participant id (IndexedDB's key order). */
function place(votes: readonly StoredVote[], id: string): number {
  let low = 0;
  let high = votes.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((votes[mid] as StoredVote).participantId < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Where participant `id`'s vote is in a round's list; -1 when the round has none of theirs. */
function indexOf(row: RoundVotesRecord, id: string): number {
  const at = place(row.votes, id);
  return row.votes[at]?.participantId === id ? at : -1;
}

/**
 * Groups votes into the rows that store them: one per workshop, question and round, each list in
 * participant id order, the rows in key order. A participant's second vote in a round replaces the first.
 */
export function roundRowsOf(votes: readonly VoteRecord[]): RoundVotesRecord[] {
  const rows = new Map<string, RoundVotesRecord>();
  for (const vote of votes) {
    const key = `${vote.workshopId}\u0000${vote.questionId}\u0000${vote.round}`;
    let row = rows.get(key);
    if (!row) {
      row = { workshopId: vote.workshopId, questionId: vote.questionId, round: vote.round, votes: [] };
      rows.set(key, row);
    }
    row.votes.push(stored(vote));
  }
  const byKey = (a: RoundVotesRecord, b: RoundVotesRecord) =>
    a.workshopId < b.workshopId
      ? -1
      : a.workshopId > b.workshopId
        ? 1
        : a.questionId < b.questionId
          ? -1
          : a.questionId > b.questionId
            ? 1
            : a.round - b.round;
  return [...rows.values()].sort(byKey).map((row) => {
    const sorted = row.votes.sort((a, b) =>
      a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0,
    );
    const unique = sorted.filter((v, i) => sorted[i + 1]?.participantId !== v.participantId);
    return { ...row, votes: unique };
  });
}

/** The votes whose key starts with `prefix` ([workshop], [workshop, question] or a round's key), in key order. */
export async function readVotes(
  db: OspoDatabase,
  prefix: [string] | [string, string] | RoundKey,
): Promise<VoteRecord[]> {
  const rows = await keysStartingWith(db.roundVotes, prefix, 3).toArray();
  return rows.flatMap(votesOfRow);
}

/** How many votes a round holds. */
export async function countRoundVotes(db: OspoDatabase, key: RoundKey): Promise<number> {
  return (await db.roundVotes.get(key))?.votes.length ?? 0;
}

/**
 * Some rounds' votes, read once inside the caller's transaction, changed in memory, and written back
 * with `save` (one put per round changed; a round left without votes loses its row). Every read goes
 * out at once: loading costs one round trip to IndexedDB however many rounds it covers.
 */
export class RoundVotes {
  private readonly rows = new Map<string, RoundVotesRecord>();
  private readonly changed = new Set<string>();

  private constructor(private readonly db: OspoDatabase) {}

  /** The rounds with these keys. */
  static async load(db: OspoDatabase, keys: readonly RoundKey[]): Promise<RoundVotes> {
    const set = new RoundVotes(db);
    const unique = [...new Map(keys.map((k) => [roundKeyText(k), k])).values()];
    const rows = await db.roundVotes.bulkGet(unique);
    unique.forEach((key, i) => {
      const row = rows[i];
      set.rows.set(
        roundKeyText(key),
        row ?? { workshopId: key[0], questionId: key[1], round: key[2], votes: [] },
      );
    });
    return set;
  }

  /** Every round of a workshop. */
  static async loadWorkshop(db: OspoDatabase, workshopId: string): Promise<RoundVotes> {
    const set = new RoundVotes(db);
    for (const row of await keysStartingWith(db.roundVotes, [workshopId], 3).toArray()) {
      set.rows.set(roundKeyText([workshopId, row.questionId, row.round]), row);
    }
    return set;
  }

  private row(key: readonly unknown[]): RoundVotesRecord {
    const row = this.rows.get(roundKeyText(key));
    if (!row) throw new Error(`Round ${JSON.stringify(key.slice(0, 3))} was not loaded`);
    return row;
  }

  get(key: VoteKey): VoteRecord | undefined {
    const row = this.row(key);
    const at = indexOf(row, key[3]);
    return at < 0 ? undefined : recordOf(row, row.votes[at] as StoredVote);
  }

  /** Puts a vote in its round, in place of the participant's earlier one. */
  put(vote: VoteRecord): void {
    const key: VoteKey = [vote.workshopId, vote.questionId, vote.round, vote.participantId];
    const row = this.row(key);
    const votes = [...row.votes];
    const at = place(votes, vote.participantId);
    votes.splice(at, votes[at]?.participantId === vote.participantId ? 1 : 0, stored(vote));
    this.set(key, { ...row, votes });
  }

  /** Takes a vote out of its round; false when there was none. */
  delete(key: VoteKey): boolean {
    const row = this.row(key);
    const at = indexOf(row, key[3]);
    if (at < 0) return false;
    this.set(key, { ...row, votes: row.votes.filter((_, i) => i !== at) });
    return true;
  }

  /** The rounds loaded in which a participant has a vote. */
  roundsOf(participantId: string): RoundKey[] {
    return [...this.rows.values()]
      .filter((row) => indexOf(row, participantId) >= 0)
      .map((row): RoundKey => [row.workshopId, row.questionId, row.round]);
  }

  /** Takes every vote of one participant out of the rounds loaded. */
  deleteParticipant(participantId: string): void {
    for (const key of this.roundsOf(participantId)) this.delete([...key, participantId]);
  }

  private set(key: readonly unknown[], row: RoundVotesRecord): void {
    const text = roundKeyText(key);
    this.rows.set(text, row);
    this.changed.add(text);
  }

  /** Writes the rounds that changed. */
  async save(): Promise<void> {
    const puts: RoundVotesRecord[] = [];
    const deletes: RoundKey[] = [];
    for (const text of this.changed) {
      const row = this.rows.get(text) as RoundVotesRecord;
      if (row.votes.length > 0) puts.push(row);
      else deletes.push([row.workshopId, row.questionId, row.round]);
    }
    this.changed.clear();
    await Promise.all([
      puts.length > 0 ? this.db.roundVotes.bulkPut(puts) : undefined,
      deletes.length > 0 ? this.db.roundVotes.bulkDelete(deletes) : undefined,
    ]);
  }
}
