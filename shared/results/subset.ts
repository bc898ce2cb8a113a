import type { StoredWorkshop } from '../scoring/counted-votes';
import type { Participant } from '../model/types';
import { PARTICIPANT_ROLES } from '../model/palette';

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
 * The workshop as the filter sees it: only its participants (and the teams they belong to), so every
 * figure (stage, grid point, mix, agreement, α, strengths and gaps) is recomputed for that subset by the
 * same engine, which leaves out the votes of anyone not among the participants. The votes themselves
 * are passed on untouched, whatever their shape (a list, or grouped by round for a live scorer). Agreed
 * values are decisions of the whole group (product.md), so a subset's figures come from its votes only.
 */
export function filterWorkshop<W extends Pick<StoredWorkshop, 'participants' | 'teams' | 'decisions'>>(
  stored: W,
  filter: ResultsFilter,
): W {
  if (filter.kind === 'all') return stored;
  const participants = stored.participants.filter((p) => inFilter(p, filter));
  const teamIds = new Set(participants.map((p) => p.teamId));
  return { ...stored, participants, teams: stored.teams.filter((t) => teamIds.has(t.id)), decisions: [] };
}

/** The roles present among the participants: the matrix of experts' order first, any other role after. */
export function rolesPresent(participants: readonly Pick<Participant, 'role'>[]): string[] {
  const present = new Set(participants.flatMap((p) => (p.role ? [p.role] : [])));
  const known = (PARTICIPANT_ROLES as readonly string[]).filter((r) => present.has(r));
  return [...known, ...[...present].filter((r) => !known.includes(r)).sort()];
}
