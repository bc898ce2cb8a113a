import type { OspoDatabase } from './database';
import { createWorkshopsRepository, systemClock, type Clock } from './workshops.repo';
import { createPeopleRepository } from './people.repo';
import { createSessionRepository } from './session.repo';
import type { WorkshopSettings } from '../../shared/model/types';

/** Every repository over one database: what the store and the hooks receive. */
export function createRepositories(
  db: OspoDatabase,
  options: { defaults: () => WorkshopSettings; clock?: Clock },
) {
  const clock = options.clock ?? systemClock;
  return {
    db,
    workshops: createWorkshopsRepository(db, options.defaults, clock),
    people: createPeopleRepository(db, clock),
    session: createSessionRepository(db, clock),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
