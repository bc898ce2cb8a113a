/**
 * English words for the rules the session, the results and the report share: the answers that are not
 * votes, how a participant is named, and what a decision needs.
 */
export const voteMessages = {
  'vote.dontKnow': 'Don’t know',
  'vote.notApplicable': 'Not applicable',
  'vote.dontKnowShort': '?',
  'vote.notApplicableShort': 'n/a',
  'vote.withMeaning': '{value} · {meaning}',
  'participant.anonymous': 'Participant {n}',
  'decision.rationaleRequired': 'A rationale is required with an agreed value.',
} as const;
