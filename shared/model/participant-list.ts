import { PARTICIPANT_ROLES, type ParticipantRole } from './palette';
import { cleanText } from './workshop-fields';

export interface ParsedParticipant {
  line: number;
  displayName: string;
  teamName: string | null;
  role: ParticipantRole | null;
}

export interface ParticipantListProblem {
  line: number;
  text: string;
  code: 'tooLong' | 'unknownRole' | 'duplicate';
}

export const MAX_NAME_LENGTH = 80;

const ROLE_SYNONYMS: Record<string, ParticipantRole> = {
  legal: 'legal',
  law: 'legal',
  counsel: 'legal',
  security: 'security',
  sec: 'security',
  engineering: 'engineering',
  eng: 'engineering',
  engineer: 'engineering',
  development: 'engineering',
  product: 'product',
  pm: 'product',
  leadership: 'leadership',
  executive: 'leadership',
  management: 'leadership',
  learning: 'learning',
  hr: 'learning',
  'l&d': 'learning',
  training: 'learning',
  branding: 'branding',
  brand: 'branding',
  marketing: 'branding',
  communications: 'communications',
  comms: 'communications',
  ospo: 'ospo',
  other: 'other',
};

export function parseRole(text: string): ParticipantRole | null | undefined {
  const key = text.trim().toLowerCase();
  if (key === '') return null;
  if ((PARTICIPANT_ROLES as readonly string[]).includes(key)) return key as ParticipantRole;
  return ROLE_SYNONYMS[key];
}

/**
 * Parses a pasted list: one participant per line, "name", "name, team" or "name, team, role"
 * (tabs work too, so a spreadsheet column pastes as is). Blank lines are ignored. Every problem
 * is reported with its line; lines with problems are not imported.
 */
export function parseParticipantList(
  text: string,
  existingNames: readonly string[] = [],
): { participants: ParsedParticipant[]; problems: ParticipantListProblem[] } {
  const participants: ParsedParticipant[] = [];
  const problems: ParticipantListProblem[] = [];
  const seen = new Set(existingNames.map((n) => n.toLocaleLowerCase()));
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const [name = '', team = '', role = ''] = raw.split(/[,\t;]/).map(cleanText);
    if (name === '') return;
    if (name.length > MAX_NAME_LENGTH) return void problems.push({ line, text: raw, code: 'tooLong' });
    const parsedRole = parseRole(role);
    if (parsedRole === undefined) return void problems.push({ line, text: raw, code: 'unknownRole' });
    const key = name.toLocaleLowerCase();
    if (seen.has(key)) return void problems.push({ line, text: raw, code: 'duplicate' });
    seen.add(key);
    participants.push({ line, displayName: name, teamName: team === '' ? null : team, role: parsedRole });
  });
  return { participants, problems };
}
