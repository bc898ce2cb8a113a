/**
 * The database's schema history. Append-only: a released version is never edited; a change adds a
 * version whose upgrader is a small pure function with a dated reason and its own test
 * (test/unit/renderer/db/migrations.test.ts), and a fixture of the rows that version stores
 * (test/unit/renderer/db/version-fixtures.ts) so the next version is tested against it, and a copy of
 * the version as released (test/unit/renderer/db/released-schemas.ts), which a test compares with this.
 *
 * The origin that owns this data is fixed (app://ospo in the desktop app, the served address in the
 * browser mode): changing it would strand every workshop, so it never changes without a migration.
 */
export const DATABASE_NAME = 'ospo-workshop';

export interface SchemaVersion {
  version: number;
  /** Dated one-line reason. */
  reason: string;
  stores: Record<string, string | null>;
  /** Rewrites rows of the previous version, table by table (pure per row). */
  upgrade?: Record<string, (row: Record<string, unknown>) => Record<string, unknown>>;
  /**
   * Fills a new table from the rows of an earlier one (pure, all rows at once), before a table this
   * version deletes is gone: keyed by the table filled.
   */
  regroup?: Record<
    string,
    { from: string; rows: (rows: Record<string, unknown>[]) => Record<string, unknown>[] }
  >;
}

/**
 * Version 5's upgrader: one row per vote becomes one row per round, its votes in participant id order.
 * It does not call vote-store.ts's roundRowsOf on purpose: an upgrader keeps producing the rows of the
 * version it belongs to, whatever a later version stores.
 */
export function votesByRound(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const rounds = new Map<string, { key: unknown[]; votes: Record<string, unknown>[] }>();
  for (const { workshopId, questionId, round, participantId, value, at, ballotId } of rows) {
    const key = [workshopId, questionId, round];
    const text = JSON.stringify(key);
    let entry = rounds.get(text);
    if (!entry) rounds.set(text, (entry = { key, votes: [] }));
    entry.votes.push({ participantId, value, at, ...(ballotId === undefined ? {} : { ballotId }) });
  }
  // Rows come in key order (workshop, question, round, participant), so each list is already sorted.
  return [...rounds.values()].map(({ key: [workshopId, questionId, round], votes }) => ({
    workshopId,
    questionId,
    round,
    votes,
  }));
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    reason: '2026-11-25: workshops, their teams and participants.',
    stores: {
      workshops: 'id, updatedAt, lastOpenedAt',
      teams: 'id, workshopId',
      participants: 'id, workshopId, [workshopId+teamId]',
    },
  },
  {
    version: 2,
    reason:
      '2026-11-25: votes per round, rounds (hidden/revealed), decisions, the session position and the undo journal.',
    stores: {
      // One vote per workshop + question + round + participant: the primary key makes it unique, so a
      // re-typed vote replaces the earlier one instead of adding a second.
      votes:
        '[workshopId+questionId+round+participantId], workshopId, [workshopId+questionId], [workshopId+participantId]',
      rounds: '[workshopId+questionId+round], workshopId, [workshopId+questionId]',
      decisions: '[workshopId+questionId], workshopId',
      sessions: 'workshopId',
      journal: '++seq, workshopId',
    },
  },
  {
    version: 3,
    reason: '2026-11-30: frameworks a facilitator imported, or that came embedded in a workshop file.',
    stores: { frameworks: '[id+version]' },
  },
  {
    version: 4,
    reason:
      '2026-11-30: votes, rounds and decisions keep their primary key only: every secondary index made writing a workshop of 150,000 votes slower, and reads go by ranges of the key.',
    stores: {
      // By workshop, question or round: ranges of the primary key (session.reads.ts keysStartingWith);
      // by participant (rare: removing one) the workshop's keys, read without the votes.
      votes: '[workshopId+questionId+round+participantId]',
      rounds: '[workshopId+questionId+round]',
      decisions: '[workshopId+questionId]',
    },
  },
  {
    version: 5,
    reason:
      '2026-11-30: votes stored one row per round instead of one per vote: IndexedDB costs about 57 µs a row, so importing a workshop of 150,000 votes took 9 s; as 300 rows it takes a fraction of one.',
    stores: {
      votes: null,
      // The votes of one round of one question, in participant id order (vote-store.ts).
      roundVotes: '[workshopId+questionId+round]',
    },
    regroup: { roundVotes: { from: 'votes', rows: votesByRound } },
  },
];

/**
 * For every table, where the id of the workshop a row belongs to is found: the key path (primary key or
 * index) that holds it; KEY_PREFIX when it is the first part of a compound primary key (its rows are one
 * range of that key); or null for a table whose rows belong to no workshop (installed frameworks).
 * Deleting, replacing or importing a workshop goes by these, table by table; a table missing here makes
 * them refuse (nothing is left half-done), and the repository tests fail until the table is listed.
 */
export const KEY_PREFIX = ':keyPrefix';
export const WORKSHOP_KEY: Readonly<Record<string, string | null>> = {
  workshops: 'id',
  teams: 'workshopId',
  participants: 'workshopId',
  roundVotes: KEY_PREFIX,
  rounds: KEY_PREFIX,
  decisions: KEY_PREFIX,
  sessions: 'workshopId',
  journal: 'workshopId',
  frameworks: null,
};

export const CURRENT_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

/** The full store definition in force at a version (each version only lists what changed). */
export function storesAt(version: number): Record<string, string | null> {
  const stores: Record<string, string | null> = {};
  for (const v of schemaVersions) {
    if (v.version > version) break;
    Object.assign(stores, v.stores);
  }
  return stores;
}
