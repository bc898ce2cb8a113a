import type { StoredWorkshop } from '../scoring/counted-votes';
import type { WorkshopResult } from '../scoring/types';
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
 * same engine, which leaves out the votes of anyone not among the participants. Agreed values are
 * decisions of the whole group (product.md), so a subset's figures come from its votes only.
 *
 * A subset uses the votes of the round the whole group's figures come from: each question's latest round
 * with votes (`whole`, the whole group's result), as the engine's own team profiles do. Someone who did not
 * vote in that round has no value for the question, even with a vote in an earlier round; so a team whose
 * members sat out a re-vote is not scored on the round before it, and a team's figures are the same in
 * the team filter, a comparison, the grid and the report. Later rounds hold no votes and earlier ones only
 * feed the stability: rounds are hidden from the subset accordingly, and the votes themselves are passed
 * on untouched, whatever their shape (a list, or grouped by round for a live scorer).
 */
export function filterWorkshop<
  W extends Pick<StoredWorkshop, 'participants' | 'teams' | 'decisions' | 'rounds'>,
>(stored: W, filter: ResultsFilter, whole: Pick<WorkshopResult, 'questions'>): W {
  if (filter.kind === 'all') return stored;
  const participants = stored.participants.filter((p) => inFilter(p, filter));
  const ids = new Set(participants.map((p) => p.id));
  const teamIds = new Set(participants.map((p) => p.teamId));
  // Per question, the whole group's round, or null when none of the subset voted in it.
  const counted = new Map<string, number | null>();
  for (const q of whole.questions) {
    const round = q.roundsWithVotes.at(-1);
    if (round !== undefined)
      counted.set(q.questionId, q.votes.some((v) => ids.has(v.participantId)) ? round : null);
  }
  const rounds = stored.rounds.map((r) => {
    const round = counted.get(r.questionId);
    if (r.revealedAt === null || round === undefined || (round !== null && r.round <= round)) return r;
    return { ...r, revealedAt: null };
  });
  return {
    ...stored,
    participants,
    teams: stored.teams.filter((t) => teamIds.has(t.id)),
    decisions: [],
    rounds,
  };
}

/** The roles present among the participants: the matrix of experts' order first, any other role after. */
export function rolesPresent(participants: readonly Pick<Participant, 'role'>[]): string[] {
  const present = new Set(participants.flatMap((p) => (p.role ? [p.role] : [])));
  const known = (PARTICIPANT_ROLES as readonly string[]).filter((r) => present.has(r));
  return [...known, ...[...present].filter((r) => !known.includes(r)).sort()];
}
