import type { Vote } from '../model/types';
import { personPrint, teamPrint, unionHistory, votePrint } from './merge';
import type { ConflictChoice, MergeConflict, MergePlan } from './merge-types';
import type { ResolvedConflict, WorkshopData } from './workshop-data';

/** The conflicts of a plan that have no choice yet. */
export function unresolvedConflicts(
  plan: MergePlan,
  choices: ReadonlyMap<string, ConflictChoice>,
): MergeConflict[] {
  return plan.conflicts.filter((c) => !choices.has(c.key));
}

/**
 * The merge's result once the facilitator has settled every conflict: each "theirs" replaces this
 * computer's version, and each settled conflict is kept (with the version not kept) so a later merge of
 * the same file does not ask again. A decision not kept joins the kept one's history. `now` stamps the
 * workshop as changed when anything changed. Refuses a plan with a conflict left open.
 */
export function applyResolutions(
  plan: MergePlan,
  choices: ReadonlyMap<string, ConflictChoice>,
  now: number,
): WorkshopData {
  const open = unresolvedConflicts(plan, choices);
  if (open.length > 0) throw new Error(`${open.length} merge conflicts have no choice yet`);
  const m = plan.merged;
  const workshopId = m.workshop.id;
  const teams = new Map(m.teams.map((t) => [t.id, t]));
  const people = new Map(m.participants.map((p) => [p.id, p]));
  const key = (v: Vote) => `${v.questionId}\u0000${v.round}\u0000${v.participantId}`;
  const votes = new Map(m.votes.map((v) => [key(v), v]));
  const decisions = new Map(m.decisions.map((d) => [d.questionId, d]));
  const settled: ResolvedConflict[] = [];
  const settle = (conflict: MergeConflict, mine: string, theirs: string, choice: ConflictChoice) =>
    settled.push({
      key: conflict.key,
      kept: choice === 'mine' ? mine : theirs,
      rejected: choice === 'mine' ? theirs : mine,
      at: now,
    });

  for (const c of plan.conflicts) {
    const choice = choices.get(c.key) as ConflictChoice;
    switch (c.kind) {
      case 'team':
        settle(c, teamPrint(c.mine), teamPrint(c.theirs), choice);
        if (choice === 'theirs')
          teams.set(c.mine.id, { ...c.mine, name: c.theirs.name, color: c.theirs.color });
        break;
      case 'participant':
        settle(c, personPrint(c.mine), personPrint(c.theirs), choice);
        if (choice === 'theirs') {
          const { displayName, teamId, role } = c.theirs;
          people.set(c.mine.id, { ...c.mine, displayName, teamId, role });
        }
        break;
      case 'vote':
      case 'unrevealedVote': {
        settle(c, votePrint(c.mine), votePrint(c.theirs), choice);
        const kept = choice === 'mine' ? c.mine : c.theirs;
        const any = (c.mine ?? c.theirs) as Vote;
        if (kept === null) votes.delete(key(any));
        else votes.set(key(kept), { ...kept, workshopId });
        break;
      }
      case 'decision': {
        const [kept, other] = choice === 'mine' ? [c.mine, c.theirs] : [c.theirs, c.mine];
        decisions.set(c.mine.questionId, {
          ...kept,
          workshopId,
          createdAt: Math.min(c.mine.createdAt, c.theirs.createdAt),
          history: unionHistory(c.mine.history, c.theirs.history, other),
        });
        break;
      }
    }
  }

  const theirsChosen = plan.conflicts.some((c) => choices.get(c.key) === 'theirs');
  const changed = plan.changes || theirsChosen || settled.length > 0;
  return {
    ...m,
    workshop: changed ? { ...m.workshop, updatedAt: Math.max(now, m.workshop.updatedAt) } : m.workshop,
    teams: [...teams.values()],
    participants: [...people.values()],
    votes: [...votes.values()],
    decisions: [...decisions.values()],
    resolvedConflicts: [...m.resolvedConflicts, ...settled.filter((s) => !known(m.resolvedConflicts, s))],
  };
}

function known(list: readonly ResolvedConflict[], s: ResolvedConflict): boolean {
  return list.some((r) => r.key === s.key && r.kept === s.kept && r.rejected === s.rejected);
}
