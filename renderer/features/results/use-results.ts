import { createContext, createElement, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Framework } from '../../../shared/framework';
import type { WorkshopSettings } from '../../../shared/model/types';
import {
  createWorkshopScorer,
  groupVotesByRound,
  type VotesByRound,
  type WorkshopResult,
  type WorkshopScorer,
} from '../../../shared/scoring';
import { filterWorkshop, WHOLE_GROUP, type ResultsFilter } from '../../../shared/results';
import type { useWorkshopData } from '../../db/hooks';

export type WorkshopData = NonNullable<ReturnType<typeof useWorkshopData>>;

export const filterKey = (filter: ResultsFilter) =>
  filter.kind === 'all' ? 'all' : filter.kind === 'team' ? `team:${filter.teamId}` : `role:${filter.role}`;

interface ScoringCache {
  /** One incremental scorer per workshop and filter. */
  scorers: Map<string, WorkshopScorer>;
  /** Each read's votes grouped by question and round, once. */
  grouped: WeakMap<readonly unknown[], VotesByRound>;
}

const ScoringContext = createContext<ScoringCache | null>(null);

/**
 * One scoring cache for a whole results screen, so its views (the headline, the overview, a comparison,
 * over time) share the scorers and the grouped votes instead of each scoring the same workshop again.
 */
export function ScoringProvider({ children }: { children: ReactNode }) {
  const cache = useRef<ScoringCache>({ scorers: new Map(), grouped: new WeakMap() });
  return createElement(ScoringContext.Provider, { value: cache.current }, children);
}

/**
 * Scores a workshop for any number of filters (the whole group, a team, a role) from one read of its
 * data. Each filter keeps its own incremental scorer, so going back to a filter already shown costs
 * nothing, and new data re-scores only what it changed. `filters` should keep its identity between
 * renders (useMemo) unless the filters change.
 */
export function useResultsFor(
  workshopId: string,
  data: WorkshopData | null | undefined,
  framework: Framework,
  settings: WorkshopSettings,
  filters: readonly ResultsFilter[],
): (WorkshopResult | null)[] {
  const shared = useContext(ScoringContext);
  // Outside a ScoringProvider (a view shown on its own) the hook keeps a cache of its own.
  const [own] = useState<ScoringCache>(() => ({ scorers: new Map(), grouped: new WeakMap() }));
  const cache = shared ?? own;
  return useMemo(() => {
    if (!data) return filters.map(() => null);
    let votes = cache.grouped.get(data.votes);
    if (!votes) cache.grouped.set(data.votes, (votes = groupVotesByRound(data.votes)));
    const workshop = {
      framework,
      settings,
      participants: data.participants,
      teams: data.teams,
      decisions: data.decisions,
      rounds: data.rounds,
      votes,
    };
    const score = (filter: ResultsFilter, whole: WorkshopResult | null) => {
      const key = `${workshopId}|${filterKey(filter)}`;
      let scorer = cache.scorers.get(key);
      if (!scorer) cache.scorers.set(key, (scorer = createWorkshopScorer()));
      return scorer.scoreRevealed(whole === null ? workshop : filterWorkshop(workshop, filter, whole));
    };
    // A subset is scored on the rounds the whole group's figures come from (filterWorkshop).
    const whole = score(WHOLE_GROUP, null);
    return filters.map((filter) => (filter.kind === 'all' ? whole : score(filter, whole)));
  }, [cache, workshopId, data, framework, settings, filters]);
}
