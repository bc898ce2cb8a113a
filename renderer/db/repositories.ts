import type { OspoDatabase } from './database';
import { createWorkshopsRepository, systemClock, type Clock } from './workshops.repo';
import { createPeopleRepository } from './people.repo';
import { createSessionRepository } from './session.repo';
import Dexie, { type ObservabilitySet } from 'dexie';
import type { WorkshopSettings } from '../../shared/model/types';

/**
 * Every repository over one database: what the store and the hooks receive. The database itself is
 * not handed on: repositories are the only code that touches `db.*`.
 */
export function createRepositories(
  db: OspoDatabase,
  options: { defaults: () => WorkshopSettings; clock?: Clock },
) {
  const clock = options.clock ?? systemClock;
  const workshops = createWorkshopsRepository(db, options.defaults, clock);
  const people = createPeopleRepository(db, clock);
  const session = createSessionRepository(db, clock);
  return {
    workshops,
    people,
    session,
    /** Which database, and the stream of its committed writes: what a live view listens to. */
    changes: { dbName: db.name, subscribe: onDatabaseChange },
  };
}

/**
 * Calls `listener` with the parts of the database that each committed write changed — in this window
 * or, through Dexie's broadcast, in another window of the same origin. Dexie describes every write this
 * way (`idb://<db>/<table>/<index>` → the keys, as an interval tree), so a view can tell which rows to
 * read again without re-running a query over everything it shows.
 */
export function onDatabaseChange(listener: (parts: ObservabilitySet) => void): () => void {
  Dexie.on('storagemutated', listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

export type Repositories = ReturnType<typeof createRepositories>;
