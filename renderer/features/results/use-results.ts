import { useMemo, useRef } from 'react';
import type { Framework } from '../../../shared/framework';
import type { WorkshopSettings } from '../../../shared/model/types';
import {
  createWorkshopScorer,
  groupVotesByRound,
  type VotesByRound,
  type WorkshopResult,
  type WorkshopScorer,
} from '../../../shared/scoring';
import { filterWorkshop, type ResultsFilter } from '../../../shared/results';
import type { useWorkshopData } from '../../db/hooks';

export type WorkshopData = NonNullable<ReturnType<typeof useWorkshopData>>;

export const filterKey = (filter: ResultsFilter) =>
  filter.kind === 'all' ? 'all' : filter.kind === 'team' ? `team:${filter.teamId}` : `role:${filter.role}`;

/**
 * Scores the workshop for any number of filters (the whole group, a team, a role) from one read of its
 * data. Each filter keeps its own incremental scorer, so going back to a filter already shown costs
 * nothing, and new data re-scores only what it changed. The votes are grouped once per read and shared.
 * `filters` should keep its identity between renders (useMemo) unless the filters change.
 */
export function useResultsFor(
  data: WorkshopData | null | undefined,
  framework: Framework,
  settings: WorkshopSettings,
  filters: readonly ResultsFilter[],
): (WorkshopResult | null)[] {
  const scorers = useRef(new Map<string, WorkshopScorer>());
  const grouped = useMemo<VotesByRound | null>(() => (data ? groupVotesByRound(data.votes) : null), [data]);
  return useMemo(() => {
    if (!data || !grouped) return filters.map(() => null);
    return filters.map((filter) => {
      const key = filterKey(filter);
      let scorer = scorers.current.get(key);
      if (!scorer) scorers.current.set(key, (scorer = createWorkshopScorer()));
      const workshop = filterWorkshop(
        {
          framework,
          settings,
          participants: data.participants,
          teams: data.teams,
          decisions: data.decisions,
          rounds: data.rounds,
          votes: grouped,
        },
        filter,
      );
      return scorer.scoreRevealed(workshop);
    });
  }, [data, grouped, framework, settings, filters]);
}
