import { checkWorkshopContent, type FileProblem } from './document';
import { workshopContent } from './write';
import type { WorkshopData } from './workshop-data';

/**
 * A workshop as it may be stored: every check a file gets (shape, limits, framework, references, the
 * rounds' rules), texts cleaned as typed ones. The repository writes only what this returns.
 */
export function checkWorkshopData(
  data: WorkshopData,
): { ok: true; value: WorkshopData } | { ok: false; problems: FileProblem[] } {
  return checkWorkshopContent(workshopContent(data), '');
}

/**
 * The same workshop under new ids (the workshop, its teams and participants), to import a file next to
 * the workshop it came from without touching it. A copy has no merge history with the original.
 */
export function asCopy(data: WorkshopData, newId: () => string, title: string): WorkshopData {
  const workshopId = newId();
  const teamIds = new Map(data.teams.map((t) => [t.id, newId()]));
  const personIds = new Map(data.participants.map((p) => [p.id, newId()]));
  const person = (id: string) => personIds.get(id) ?? id;
  return {
    workshop: { ...data.workshop, id: workshopId, title },
    framework: data.framework,
    teams: data.teams.map((t) => ({ ...t, workshopId, id: teamIds.get(t.id) ?? t.id })),
    participants: data.participants.map((p) => ({
      ...p,
      workshopId,
      id: person(p.id),
      teamId: p.teamId === null ? null : (teamIds.get(p.teamId) ?? null),
    })),
    rounds: data.rounds.map((r) => ({ ...r, workshopId })),
    votes: data.votes.map((v) => ({ ...v, workshopId, participantId: person(v.participantId) })),
    decisions: data.decisions.map((d) => ({ ...d, workshopId })),
    session: data.session && { ...data.session, workshopId },
    resolvedConflicts: [],
  };
}
