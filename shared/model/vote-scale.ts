import type { Translator } from '../i18n';

/**
 * The rating scale every question uses (product.md): 0 not in place … 4 fully embedded, plus two
 * answers that are not votes ("don't know", "not applicable / not a goal"), which are counted and shown
 * but take part in no statistic. The session, the results and the report read the scale from here.
 */
export const SCALE_VALUES = [0, 1, 2, 3, 4] as const;
export type ScaleValue = (typeof SCALE_VALUES)[number];

export const NOT_VOTES = ['dontKnow', 'notApplicable'] as const;
export type NotAVote = (typeof NOT_VOTES)[number];

/** A vote on the 0–4 scale, or one of the two answers that are not votes. */
export type VoteValue = ScaleValue | NotAVote;

/** Every answer a participant can give, in the order the screens offer them. */
export const VOTE_VALUES: readonly VoteValue[] = [...SCALE_VALUES, ...NOT_VOTES];

export function isScaleValue(value: unknown): value is ScaleValue {
  return SCALE_VALUES.includes(value as ScaleValue);
}

export function isVoteValue(value: unknown): value is VoteValue {
  return VOTE_VALUES.includes(value as VoteValue);
}

/** The scale's meaning of each point, as a framework words it ("Largely in place" for 3). */
export interface ScaleWording {
  labels: readonly { value: number; label: string }[];
  dontKnowLabel: string;
  notApplicableLabel: string;
}

/**
 * How an answer reads. `short` fits a key cap or a grid cell ("3", "?", "n/a"); `long` is the name
 * read out ("3", "Don't know"); `meaning` adds the framework's wording of the point ("3 · Largely in
 * place") where a scale is given.
 */
export function voteLabel(
  value: VoteValue,
  tr: Pick<Translator, 't'>,
  form: 'short' | 'long' | 'meaning' = 'long',
  scale?: ScaleWording,
): string {
  if (value === 'dontKnow') {
    if (form === 'short') return tr.t('vote.dontKnowShort');
    return form === 'meaning' && scale ? scale.dontKnowLabel : tr.t('vote.dontKnow');
  }
  if (value === 'notApplicable') {
    if (form === 'short') return tr.t('vote.notApplicableShort');
    return form === 'meaning' && scale ? scale.notApplicableLabel : tr.t('vote.notApplicable');
  }
  const meaning = form === 'meaning' ? scale?.labels.find((l) => l.value === value)?.label : undefined;
  return meaning ? tr.t('vote.withMeaning', { value, meaning }) : String(value);
}
