/**
 * Every schema version as it was released, copied by hand when the version was added and never edited
 * afterwards: the full store definition in force at that version (not only what it changed), and the
 * tables its upgraders rewrite or fill. The migration tests compare renderer/db/schema.ts with this history, so
 * editing a released version fails a test, and they create old databases from these definitions rather
 * than from the current code's. A new version adds its entry here in the same change.
 */
export interface ReleasedSchema {
  version: number;
  reason: string;
  /** null: the table was deleted at or before this version (as in schema.ts). */
  stores: Readonly<Record<string, string | null>>;
  upgrades: readonly string[];
}

const version1: ReleasedSchema = {
  version: 1,
  reason: '2026-11-25: workshops, their teams and participants.',
  stores: {
    workshops: 'id, updatedAt, lastOpenedAt',
    teams: 'id, workshopId',
    participants: 'id, workshopId, [workshopId+teamId]',
  },
  upgrades: [],
};

const version2: ReleasedSchema = {
  version: 2,
  reason:
    '2026-11-25: votes per round, rounds (hidden/revealed), decisions, the session position and the undo journal.',
  stores: {
    ...version1.stores,
    votes:
      '[workshopId+questionId+round+participantId], workshopId, [workshopId+questionId], [workshopId+participantId]',
    rounds: '[workshopId+questionId+round], workshopId, [workshopId+questionId]',
    decisions: '[workshopId+questionId], workshopId',
    sessions: 'workshopId',
    journal: '++seq, workshopId',
  },
  upgrades: [],
};

const version3: ReleasedSchema = {
  version: 3,
  reason: '2026-11-30: frameworks a facilitator imported, or that came embedded in a workshop file.',
  stores: { ...version2.stores, frameworks: '[id+version]' },
  upgrades: [],
};

const version4: ReleasedSchema = {
  version: 4,
  reason:
    '2026-11-30: votes, rounds and decisions keep their primary key only: every secondary index made writing a workshop of 150,000 votes slower, and reads go by ranges of the key.',
  stores: {
    ...version3.stores,
    votes: '[workshopId+questionId+round+participantId]',
    rounds: '[workshopId+questionId+round]',
    decisions: '[workshopId+questionId]',
  },
  upgrades: [],
};

const version5: ReleasedSchema = {
  version: 5,
  reason:
    '2026-11-30: votes stored one row per round instead of one per vote: IndexedDB costs about 57 µs a row, so importing a workshop of 150,000 votes took 9 s; as 300 rows it takes a fraction of one.',
  stores: { ...version4.stores, votes: null, roundVotes: '[workshopId+questionId+round]' },
  upgrades: ['roundVotes'],
};

export const RELEASED_SCHEMAS: readonly ReleasedSchema[] = [version1, version2, version3, version4, version5];
