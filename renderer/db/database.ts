import Dexie, { type EntityTable, type Table } from 'dexie';
import { DATABASE_NAME, schemaVersions, type SchemaVersion } from './schema';
import { StorageError } from './errors';
import type {
  DecisionRecord,
  FrameworkRecord,
  JournalEntry,
  ParticipantRecord,
  RoundRecord,
  RoundVotesRecord,
  SessionRecord,
  TeamRecord,
  WorkshopRecord,
} from './records';

export class OspoDatabase extends Dexie {
  workshops!: EntityTable<WorkshopRecord, 'id'>;
  teams!: EntityTable<TeamRecord, 'id'>;
  participants!: EntityTable<ParticipantRecord, 'id'>;
  roundVotes!: Table<RoundVotesRecord, [string, string, number]>;
  rounds!: Table<RoundRecord, [string, string, number]>;
  decisions!: Table<DecisionRecord, [string, string]>;
  sessions!: EntityTable<SessionRecord, 'workshopId'>;
  journal!: EntityTable<JournalEntry, 'seq'>;
  frameworks!: Table<FrameworkRecord, [string, string]>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // Strict: a write resolves once the data is on the disk, not only handed to the system (Chromium's
    // default is relaxed, which a power cut can undo). A vote shown as recorded must survive that.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    declareVersions(this, schemaVersions);
  }
}

/**
 * Declares a schema history on a Dexie database: each version's stores and, where it has one, its
 * upgraders (tables filled from others, then rows rewritten one by one), run when an older database is opened. Exported so the migration tests can run
 * this same code with a version that does not exist yet.
 */
export function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const version = db.version(v.version).stores(v.stores);
    const { upgrade = {}, regroup = {} } = v;
    if (Object.keys(upgrade).length === 0 && Object.keys(regroup).length === 0) continue;
    version.upgrade(async (tx) => {
      // A table this version deletes is still readable here: Dexie deletes it after the upgrade.
      for (const [table, { from, rows }] of Object.entries(regroup)) {
        await tx.table(table).bulkAdd(rows(await tx.table(from).toArray()));
      }
      for (const [table, rewrite] of Object.entries(upgrade)) {
        await tx
          .table(table)
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            const next = rewrite({ ...row });
            // A key the upgrader left out is dropped from the stored row.
            for (const key of Object.keys(row)) if (!(key in next)) delete row[key];
            Object.assign(row, next);
          });
      }
    });
  }
}

/** How long an open may wait for another window before it says the database could not be opened. */
export const BLOCKED_AFTER_MS = 3000;

/**
 * Opens the database; resolves when it is ready or rejects with the reason it could not open. An open
 * that must upgrade the schema waits for every other window to let go of the old one; a window that
 * does not (an older version of the app, a stuck tab) would leave this one blank, so after
 * BLOCKED_AFTER_MS of waiting the open is given up with 'error.storage.blocked'.
 */
export async function openDatabase(
  name: string = DATABASE_NAME,
  options: { blockedAfterMs?: number } = {},
): Promise<OspoDatabase> {
  const db = new OspoDatabase(name);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => {
      timer ??= setTimeout(() => {
        db.close({ disableAutoOpen: true });
        reject(new StorageError('error.storage.blocked', 'conflict'));
      }, options.blockedAfterMs ?? BLOCKED_AFTER_MS);
    });
  });
  try {
    await Promise.race([db.open(), blocked]);
  } finally {
    clearTimeout(timer);
  }
  return db;
}

/**
 * When a newer version of the app opens the database in another window, this window must let go (or
 * it would block that upgrade) and can no longer write with its old schema: it closes the connection
 * for good — no silent reopening that would fail later with a generic message — and calls `onSuperseded`
 * so the app can say to reload.
 */
export function whenSuperseded(db: OspoDatabase, onSuperseded: () => void): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    // Dexie's own handler for this event may run after this one and allow reopening: close again after it.
    queueMicrotask(() => db.close({ disableAutoOpen: true }));
    onSuperseded();
  });
}
