import type { OspoDatabase } from './database';
import { createWorkshopsRepository, systemClock, type Clock } from './workshops.repo';
import { createPeopleRepository } from './people.repo';
import { createSessionRepository } from './session.repo';
import Dexie, { type ObservabilitySet } from 'dexie';
import type { FilesRepository } from './files.repo';
import type { FrameworksRepository } from './frameworks.repo';
import type { WorkshopSettings } from '../../shared/model/types';
import { createStorageHealth, type StorageHealthSource } from './storage-health';

/**
 * Every repository over one database: what the store and the hooks receive. The database itself is
 * not handed on: repositories are the only code that touches `db.*`.
 */
export function createRepositories(
  db: OspoDatabase,
  options: { defaults: () => WorkshopSettings; clock?: Clock; storage?: StorageHealthSource },
) {
  const clock = options.clock ?? systemClock;
  const workshops = createWorkshopsRepository(db, options.defaults, clock);
  const people = createPeopleRepository(db, clock);
  const session = createSessionRepository(db, clock);
  // Files and frameworks are rare next to running a workshop: their code loads on first use.
  const files = once(() => import('./files.repo').then((m) => m.createFilesRepository(db, clock)));
  const frameworks = once(() =>
    import('./frameworks.repo').then((m) => m.createFrameworksRepository(db, clock)),
  );
  return {
    workshops,
    people,
    session,
    files: {
      snapshot: async (...args) => (await files()).snapshot(...args),
      snapshotAll: async () => (await files()).snapshotAll(),
      write: async (...args) => (await files()).write(...args),
    } satisfies FilesRepository,
    frameworks: {
      list: async () => (await frameworks()).list(),
      find: async (...args) => (await frameworks()).find(...args),
      install: async (...args) => (await frameworks()).install(...args),
      usage: async () => (await frameworks()).usage(),
      remove: async (...args) => (await frameworks()).remove(...args),
    } satisfies FrameworksRepository,
    /** How much room the data takes, and whether the browser keeps it when the disk runs low. */
    storage: options.storage ?? createStorageHealth(),
    /** Which database, and the stream of its committed writes: what a live view listens to. */
    changes: { dbName: db.name, subscribe: onDatabaseChange },
  };
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
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
