import type { OspoDatabase } from './database';
import { createWorkshopsRepository, systemClock, type Clock } from './workshops.repo';
import { createPeopleRepository } from './people.repo';
import { createSessionRepository } from './session.repo';
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
  return {
    workshops: createWorkshopsRepository(db, options.defaults, clock),
    people: createPeopleRepository(db, clock),
    session: createSessionRepository(db, clock),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
