import type { Translator } from '../i18n';
import type { Anonymity, Participant } from './types';

/**
 * How a participant is named wherever the room or a reader sees them (the projector, the results, the
 * report), under the workshop's anonymity setting: their name, their alias, or "Participant 3" (the
 * number follows the participant list, so it stays the same on every screen and page). The facilitator's
 * own controls (the vote grid, pass the device) use the real name: they must know who is voting.
 */
export function shownName(
  p: Pick<Participant, 'displayName' | 'alias' | 'order'>,
  anonymity: Anonymity,
  tr: Pick<Translator, 't'>,
): string {
  if (anonymity === 'names') return p.displayName;
  if (anonymity === 'aliases') return p.alias;
  return tr.t('participant.anonymous', { n: p.order + 1 });
}

/**
 * Whether the room may see who voted what (names or aliases beside votes, the names of those far from
 * the median): never in an anonymous workshop, and otherwise only when the facilitator chose to show it
 * at the reveal (off by default).
 */
export function roomSeesVoters(anonymity: Anonymity, whoVotedWhat: boolean): boolean {
  return anonymity !== 'anonymous' && whoVotedWhat;
}
