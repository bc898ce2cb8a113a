import type { DecisionVersion, DecisionWithHistory, Participant, Round, Team, Vote } from '../model/types';
import { canonicalJson } from './canonical';
import type { MergeConflict, MergeCounts, MergeReport, MergeResult } from './merge-types';
import type { ResolvedConflict, WorkshopData } from './workshop-data';

export type * from './merge-types';

/**
 * Merges a workshop file from another computer ("theirs") into this computer's copy ("mine"): pure,
 * matched by stable ids, never deciding silently. Rows only one side has are added; rows both have
 * alike are left; a later version of a decision (one side's current version is in the other's history)
 * is taken; everything else that differs is a conflict the facilitator settles (applyResolutions).
 *
 * Round rule (as the session enforces it): a round revealed on either side is revealed in the result,
 * since a room has seen it. A vote may go into a revealed round only if the file it comes from had that
 * round revealed too; otherwise it is a conflict ("unrevealedVote"), because adding it would change a
 * result the room has already discussed.
 *
 * Merging the same file again changes nothing: settled conflicts are kept in `resolvedConflicts` (with
 * the version not kept, so nothing is lost) and a decision not kept goes into the kept one's history.
 */
export function mergeWorkshops(mine: WorkshopData, theirs: WorkshopData): MergeResult {
  if (mine.workshop.id !== theirs.workshop.id) return { ok: false, reason: 'differentWorkshop' };
  if (canonicalJson(mine.framework) !== canonicalJson(theirs.framework)) {
    return { ok: false, reason: 'differentFramework' };
  }
  const workshopId = mine.workshop.id;
  const conflicts: MergeConflict[] = [];
  const report: MergeReport = {
    teams: counts(),
    participants: counts(),
    rounds: counts(),
    votes: counts(),
    decisions: counts(),
    settledEarlier: 0,
    sameNames: [],
    detailsDiffer: canonicalJson(details(mine)) !== canonicalJson(details(theirs)),
  };
  const settled = settledSides([...mine.resolvedConflicts, ...theirs.resolvedConflicts]);
  /** Whether an earlier merge settled this conflict, and for which side. */
  const earlier = (key: string, mineFp: string, theirsFp: string) => {
    const side = settled.get(`${key}\u0000${mineFp}\u0000${theirsFp}`);
    if (side) report.settledEarlier++;
    return side;
  };

  // Teams and participants: details compared; order and alias belong to this computer's list.
  const teams = new Map(mine.teams.map((t) => [t.id, t]));
  let teamOrder = nextOrder(mine.teams);
  for (const t of [...theirs.teams].sort((a, b) => a.order - b.order)) {
    const m = teams.get(t.id);
    if (!m) {
      teams.set(t.id, { ...t, workshopId, order: teamOrder++ });
      report.teams.added++;
    } else if (teamPrint(m) === teamPrint(t)) report.teams.identical++;
    else {
      const side = earlier(`team:${t.id}`, teamPrint(m), teamPrint(t));
      if (side === 'theirs') {
        teams.set(t.id, { ...m, name: t.name, color: t.color });
        report.teams.updated++;
      } else if (side === 'mine') report.teams.identical++;
      else {
        conflicts.push({ kind: 'team', key: `team:${t.id}`, mine: m, theirs: t });
        report.teams.conflicting++;
      }
    }
  }

  const people = new Map(mine.participants.map((p) => [p.id, p]));
  const aliases = new Set(mine.participants.map((p) => p.alias));
  const names = new Set(mine.participants.map((p) => p.displayName.toLocaleLowerCase()));
  let personOrder = nextOrder(mine.participants);
  for (const t of [...theirs.participants].sort((a, b) => a.order - b.order)) {
    const m = people.get(t.id);
    if (!m) {
      if (names.has(t.displayName.toLocaleLowerCase())) report.sameNames.push(t.displayName);
      const alias = aliases.has(t.alias) ? freeAlias(aliases) : t.alias;
      aliases.add(alias);
      people.set(t.id, { ...t, workshopId, alias, order: personOrder++ });
      report.participants.added++;
    } else if (personPrint(m) === personPrint(t)) report.participants.identical++;
    else {
      const side = earlier(`participant:${t.id}`, personPrint(m), personPrint(t));
      if (side === 'theirs') {
        people.set(t.id, { ...m, displayName: t.displayName, teamId: t.teamId, role: t.role });
        report.participants.updated++;
      } else if (side === 'mine') report.participants.identical++;
      else {
        conflicts.push({ kind: 'participant', key: `participant:${t.id}`, mine: m, theirs: t });
        report.participants.conflicting++;
      }
    }
  }

  // Rounds: a round revealed anywhere is revealed; the first start and first reveal are kept.
  const roundKey = (r: Pick<Round, 'questionId' | 'round'>) => `${r.questionId}\u0000${r.round}`;
  const mineRounds = new Map(mine.rounds.map((r) => [roundKey(r), r]));
  const theirRounds = new Map(theirs.rounds.map((r) => [roundKey(r), r]));
  const rounds = new Map(mineRounds);
  for (const [key, t] of theirRounds) {
    const m = mineRounds.get(key);
    if (!m) {
      rounds.set(key, { ...t, workshopId });
      report.rounds.added++;
      continue;
    }
    const revealedAt =
      m.revealedAt === null
        ? t.revealedAt
        : t.revealedAt === null
          ? m.revealedAt
          : Math.min(m.revealedAt, t.revealedAt);
    const startedAt = Math.min(m.startedAt, t.startedAt);
    if (revealedAt === m.revealedAt && startedAt === m.startedAt) report.rounds.identical++;
    else {
      rounds.set(key, { ...m, startedAt, revealedAt });
      report.rounds.updated++;
    }
  }
  const revealed = (map: Map<string, Round>, key: string) => (map.get(key)?.revealedAt ?? null) !== null;

  // Votes.
  const voteKey = (v: Vote) => `${v.questionId}\u0000${v.round}\u0000${v.participantId}`;
  const conflictKey = (v: Vote) => `vote:${v.questionId}:${v.round}:${v.participantId}`;
  const votes = new Map(mine.votes.map((v) => [voteKey(v), v]));
  const theirVotes = new Set<string>();
  for (const t of theirs.votes) {
    const key = voteKey(t);
    theirVotes.add(key);
    const m = votes.get(key);
    const round = roundKey(t);
    if (m) {
      if (m.value === t.value) report.votes.identical++;
      else {
        const side = earlier(conflictKey(t), votePrint(m), votePrint(t));
        if (side === 'theirs') {
          votes.set(key, { ...t, workshopId });
          report.votes.updated++;
        } else if (side === 'mine') report.votes.identical++;
        else {
          conflicts.push({ kind: 'vote', key: conflictKey(t), mine: m, theirs: t });
          report.votes.conflicting++;
        }
      }
    } else if (revealed(rounds, round) && !revealed(theirRounds, round)) {
      // Their room never saw this vote, and the round is revealed here.
      const side = earlier(conflictKey(t), votePrint(null), votePrint(t));
      if (side === 'theirs') {
        votes.set(key, { ...t, workshopId });
        report.votes.added++;
      } else if (side === 'mine') report.votes.identical++;
      else {
        conflicts.push({ kind: 'unrevealedVote', key: conflictKey(t), mine: null, theirs: t });
        report.votes.conflicting++;
      }
    } else {
      votes.set(key, { ...t, workshopId });
      report.votes.added++;
    }
  }
  for (const m of mine.votes) {
    const round = roundKey(m);
    if (theirVotes.has(voteKey(m)) || revealed(mineRounds, round) || !revealed(rounds, round)) continue;
    // This room never saw this vote, and the other file revealed the round without it.
    const side = earlier(conflictKey(m), votePrint(m), votePrint(null));
    if (side === 'theirs') {
      votes.delete(voteKey(m));
      report.votes.updated++;
    } else if (side !== 'mine') {
      conflicts.push({ kind: 'unrevealedVote', key: conflictKey(m), mine: m, theirs: null });
      report.votes.conflicting++;
    }
  }

  // Decisions: one side's current version in the other's history makes it the later one.
  const decisions = new Map(mine.decisions.map((d) => [d.questionId, d]));
  for (const t of theirs.decisions) {
    const m = decisions.get(t.questionId);
    if (!m) {
      decisions.set(t.questionId, { ...t, workshopId });
      report.decisions.added++;
      continue;
    }
    const history = unionHistory(m.history, t.history);
    const grew = history.length !== m.history.length;
    const createdAt = Math.min(m.createdAt, t.createdAt);
    if (versionPrint(m) === versionPrint(t) || inHistory(t, m.history)) {
      decisions.set(t.questionId, { ...m, createdAt, history });
      if (grew || createdAt !== m.createdAt) report.decisions.updated++;
      else report.decisions.identical++;
    } else if (inHistory(m, t.history)) {
      decisions.set(t.questionId, { ...t, workshopId, createdAt, history });
      report.decisions.updated++;
    } else {
      conflicts.push({ kind: 'decision', key: `decision:${t.questionId}`, mine: m, theirs: t });
      report.decisions.conflicting++;
    }
  }

  const resolvedConflicts = unionResolved(mine.resolvedConflicts, theirs.resolvedConflicts);
  const changes =
    [report.teams, report.participants, report.rounds, report.votes, report.decisions].some(
      (c) => c.added + c.updated > 0,
    ) || resolvedConflicts.length !== mine.resolvedConflicts.length;
  return {
    ok: true,
    plan: {
      merged: {
        workshop: mine.workshop,
        framework: mine.framework,
        teams: [...teams.values()],
        participants: [...people.values()],
        rounds: [...rounds.values()],
        votes: [...votes.values()],
        decisions: [...decisions.values()],
        session: mine.session ?? (theirs.session && { ...theirs.session, workshopId }),
        resolvedConflicts,
      },
      conflicts,
      report,
      changes,
    },
  };
}

function counts(): MergeCounts {
  return { added: 0, identical: 0, updated: 0, conflicting: 0 };
}

function details(d: WorkshopData) {
  const { title, organization, date, facilitator, settings } = d.workshop;
  return { title, organization, date, facilitator, settings };
}

export const teamPrint = (t: Team) => canonicalJson({ name: t.name, color: t.color });
export const personPrint = (p: Participant) =>
  canonicalJson({ displayName: p.displayName, teamId: p.teamId, role: p.role });
/** A vote, or its absence, as one side of a conflict. */
export const votePrint = (v: Vote | null) =>
  v === null ? 'absent' : canonicalJson({ value: v.value, at: v.at });
const versionOf = (d: DecisionWithHistory): DecisionVersion => ({
  agreedValue: d.agreedValue,
  rationale: d.rationale,
  notes: d.notes,
  at: d.updatedAt,
});
const versionPrint = (d: DecisionWithHistory) => canonicalJson(versionOf(d));
const inHistory = (d: DecisionWithHistory, history: readonly DecisionVersion[]) =>
  history.some((h) => canonicalJson(h) === versionPrint(d));

/**
 * `a`'s history with the versions only `b` has (and `extra`, a version not kept as current), oldest
 * first. `a` itself is kept as it is, repeats included, so a history gains nothing from a copy of itself.
 */
export function unionHistory(
  a: readonly DecisionVersion[],
  b: readonly DecisionVersion[],
  extra?: DecisionWithHistory,
): DecisionVersion[] {
  const seen = new Set(a.map((v) => canonicalJson(v)));
  const added: DecisionVersion[] = [];
  for (const v of [...b, ...(extra ? [versionOf(extra)] : [])]) {
    const print = canonicalJson(v);
    if (!seen.has(print)) added.push(v);
    seen.add(print);
  }
  return added.length === 0 ? [...a] : [...a, ...added].sort((x, y) => x.at - y.at);
}

function unionResolved(a: readonly ResolvedConflict[], b: readonly ResolvedConflict[]): ResolvedConflict[] {
  const byPrint = new Map<string, ResolvedConflict>();
  for (const r of [...a, ...b]) byPrint.set(`${r.key}\u0000${r.kept}\u0000${r.rejected}`, r);
  return [...byPrint.values()];
}

/** For each settled conflict, seen from either side: which side was kept. */
function settledSides(resolved: readonly ResolvedConflict[]): Map<string, 'mine' | 'theirs'> {
  const sides = new Map<string, 'mine' | 'theirs'>();
  for (const r of resolved) {
    sides.set(`${r.key}\u0000${r.kept}\u0000${r.rejected}`, 'mine');
    sides.set(`${r.key}\u0000${r.rejected}\u0000${r.kept}`, 'theirs');
  }
  return sides;
}

function nextOrder(rows: readonly { order: number }[]): number {
  return rows.reduce((max, r) => Math.max(max, r.order), -1) + 1;
}

/** The first alias code not taken ("P10"…), in order, so the same merge always gives the same alias. */
function freeAlias(taken: ReadonlySet<string>): string {
  for (let n = 10; ; n++) if (!taken.has(`P${n}`)) return `P${n}`;
}
