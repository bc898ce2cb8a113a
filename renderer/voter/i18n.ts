import { voterMessages } from '../../shared/i18n/en/voter';
import { interpolate } from '../../shared/i18n/interpolate';

export type VoterMessage = keyof typeof voterMessages;

/** The catalog's voter messages; numbers in the phone's own format. */
export const t = (key: VoterMessage, params: Record<string, string | number> = {}) =>
  interpolate(voterMessages[key], params, navigator.language || 'en', 'en');
