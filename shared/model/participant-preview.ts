/**
 * What adding a pasted list will do, for the live preview on the setup screen: how many people, and
 * which teams do not exist yet (the repository creates them in the same transaction).
 */
import type { ParsedParticipant } from './participant-list';

export interface PastePreview {
  count: number;
  /** Team names as first written in the list, in order of appearance, without existing teams. */
  newTeams: string[];
}

export function previewPaste(
  participants: readonly ParsedParticipant[],
  existingTeamNames: readonly string[],
): PastePreview {
  const known = new Set(existingTeamNames.map((n) => n.toLocaleLowerCase()));
  const newTeams: string[] = [];
  for (const p of participants) {
    const name = p.teamName;
    if (!name || known.has(name.toLocaleLowerCase())) continue;
    known.add(name.toLocaleLowerCase());
    newTeams.push(name);
  }
  return { count: participants.length, newTeams };
}
