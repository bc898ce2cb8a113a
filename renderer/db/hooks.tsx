import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Repositories } from './repositories';
import type { WorkshopRecord } from './records';

const RepositoriesContext = createContext<Repositories | null>(null);

export function RepositoriesProvider({ repos, children }: { repos: Repositories; children: ReactNode }) {
  return <RepositoriesContext.Provider value={repos}>{children}</RepositoriesContext.Provider>;
}

export function useRepositories(): Repositories {
  const repos = useContext(RepositoriesContext);
  if (!repos) throw new Error('useRepositories needs a RepositoriesProvider above it.');
  return repos;
}

/**
 * Reactive reads: each view shows what is in the database, re-rendered when a write commits.
 * `undefined` while the first read is pending; `null` when the row does not exist.
 */
export function useWorkshops(): WorkshopRecord[] | undefined {
  const repos = useRepositories();
  return useLiveQuery(() => repos.workshops.list(), [repos]);
}

export function useWorkshop(id: string): WorkshopRecord | null | undefined {
  const repos = useRepositories();
  return useLiveQuery(async () => (await repos.workshops.get(id)) ?? null, [repos, id]);
}
