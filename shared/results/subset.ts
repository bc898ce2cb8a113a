import type { StoredWorkshop } from '../scoring/counted-votes';
import type { Participant } from '../model/types';

/** Whose votes the results are computed from: everyone, one team's members, or everyone with one role. */
export type ResultsFilter =
  { kind: 'all' } | { kind: 'team'; teamId: string } | { kind: 'role'; role: string };

export const WHOLE_GROUP: ResultsFilter = { kind: 'all' };

export function inFilter(p: Pick<Participant, 'teamId' | 'role'>, filter: ResultsFilter): boolean {
  switch (filter.kind) {
    case 'all':
      return true;
    case 'team':
      return p.teamId === filter.teamId;
    case 'role':
      return p.role === filter.role;
  }
}

/**
 * The workshop as the filter sees it: only its participants and their votes, so every figure (stage,
 * grid point, mix, agreement, α, strengths and gaps) is recomputed for that subset by the same engine.
 * Agreed values are decisions of the whole group (product.md), so a subset's figures come from its own
 * votes only.
 */
export function filterWorkshop(stored: StoredWorkshop, filter: ResultsFilter): StoredWorkshop {
  if (filter.kind === 'all') return stored;
  const participants = stored.participants.filter((p) => inFilter(p, filter));
  const ids = new Set(participants.map((p) => p.id));
  const teamIds = new Set(participants.map((p) => p.teamId));
  return {
    ...stored,
    participants,
    teams: stored.teams.filter((t) => teamIds.has(t.id)),
    votes: stored.votes.filter((v) => ids.has(v.participantId)),
    decisions: [],
  };
}

/** The roles present among the participants, in the order of first appearance. */
export function rolesPresent(participants: readonly Pick<Participant, 'role' | 'order'>[]): string[] {
  const roles: string[] = [];
  for (const p of [...participants].sort((a, b) => a.order - b.order)) {
    if (p.role && !roles.includes(p.role)) roles.push(p.role);
  }
  return roles;
}
