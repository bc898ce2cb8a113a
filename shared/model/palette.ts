/**
 * Team colours: the Okabe–Ito colour-blind-safe set (Okabe & Ito, "Color Universal Design", 2008).
 * Always shown with the team's name or a shape, never as the only cue. Yellow gets a dark outline.
 */
export const TEAM_PALETTE = [
  { hex: '#E69F00', name: 'Orange' },
  { hex: '#56B4E9', name: 'Sky blue' },
  { hex: '#009E73', name: 'Bluish green' },
  { hex: '#0072B2', name: 'Blue' },
  { hex: '#D55E00', name: 'Vermillion' },
  { hex: '#CC79A7', name: 'Reddish purple' },
  { hex: '#F0E442', name: 'Yellow' },
  { hex: '#000000', name: 'Black' },
] as const;

/** The first palette colour not yet used, cycling when every colour is taken. */
export function nextTeamColor(used: readonly string[]): string {
  const taken = new Set(used.map((c) => c.toUpperCase()));
  const free = TEAM_PALETTE.find((c) => !taken.has(c.hex));
  return (free ?? TEAM_PALETTE[used.length % TEAM_PALETTE.length]!).hex;
}

/** Roles from the matrix of experts, plus the OSPO itself. */
export const PARTICIPANT_ROLES = [
  'legal',
  'security',
  'engineering',
  'product',
  'leadership',
  'learning',
  'branding',
  'communications',
  'ospo',
  'other',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
