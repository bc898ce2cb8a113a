import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Repositories } from './repositories';
import { BUILT_IN_FRAMEWORKS } from '../../shared/framework/built-in';
import type { Framework } from '../../shared/framework/schema';
import type { ParticipantRecord, SessionRecord, TeamRecord, WorkshopRecord } from './records';

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

export function useTeams(workshopId: string): TeamRecord[] | undefined {
  const repos = useRepositories();
  return useLiveQuery(() => repos.people.teams(workshopId), [repos, workshopId]);
}

export function useParticipants(workshopId: string): ParticipantRecord[] | undefined {
  const repos = useRepositories();
  return useLiveQuery(() => repos.people.participants(workshopId), [repos, workshopId]);
}

/**
 * Everything the engine needs for a workshop, read in one live query so the result is consistent; it
 * runs again after any write to the workshop. A screen that follows votes as they are typed uses
 * useWorkshopView instead, which reads again only what a write changed.
 */
export function useWorkshopData(workshopId: string, enabled = true) {
  const repos = useRepositories();
  return useLiveQuery(async () => {
    if (!enabled) return null;
    const [votes, rounds, decisions, participants, teams] = await Promise.all([
      repos.session.votesOfWorkshop(workshopId),
      repos.session.roundsOfWorkshop(workshopId),
      repos.session.decisionsOfWorkshop(workshopId),
      repos.people.participants(workshopId),
      repos.people.teams(workshopId),
    ]);
    return { votes, rounds, decisions, participants, teams };
  }, [repos, workshopId, enabled]);
}

/** The saved session position; null when the session has never started. */
export function useSessionPosition(workshopId: string): SessionRecord | null | undefined {
  const repos = useRepositories();
  return useLiveQuery(async () => (await repos.session.session(workshopId)) ?? null, [repos, workshopId]);
}

/** Every framework a workshop can run on: the built-in ones, then those installed here. */
export function useFrameworks(): Framework[] | undefined {
  const repos = useRepositories();
  return useLiveQuery(
    async () => [...BUILT_IN_FRAMEWORKS, ...(await repos.frameworks.list()).map((r) => r.framework)],
    [repos],
  );
}

/**
 * The framework a workshop runs on (see FrameworksRepository.find); null when it is not on this
 * computer, undefined while loading — also while the id changes, so a screen never shows the previous
 * workshop's answer ("not found") for a moment.
 */
export function useFramework(id: string, version: string): Framework | null | undefined {
  const repos = useRepositories();
  const found = useLiveQuery(
    async () => ({ id, version, framework: (await repos.frameworks.find(id, version)) ?? null }),
    [repos, id, version],
  );
  if (id === '' || found === undefined || found.id !== id || found.version !== version) return undefined;
  return found.framework;
}

/** How many workshops run on each framework, by frameworkUsageKey(id, version). */
export function useFrameworkUsage(): Map<string, number> | undefined {
  const repos = useRepositories();
  return useLiveQuery(() => repos.frameworks.usage(), [repos]);
}
