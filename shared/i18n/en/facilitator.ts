/**
 * English messages of the facilitator's flow on the session screen: keys, finding a question, the room's
 * view. They load with the other screens' messages (./screens.ts), not with the first screen.
 */
export const facilitatorMessages = {
  'keys.escape': 'Esc',
  'keys.ctrlEnter': 'Ctrl+Enter',
  'keys.shiftEnter': 'Shift+Enter',
  'session.jump.search': 'Find a question by its words or number',
  'session.jump.list': 'Questions',
  'session.jump.current': 'current',
  'session.jump.none': 'No question matches “{text}”.',
  'session.waiting.title': 'Still to vote ({count})',
  'session.waiting.more': 'and {count} more',
  'session.waiting.everyone': 'Everyone has voted',
  'session.waiting.reveal': 'Reveal when the room is ready.',
  'session.grid.loading': 'reading votes…',
  'session.pass.keys': 'Keys: 0–4, ? for don’t know, n for not applicable.',
  'session.stats.farMore': '{names} and {count} more',
  'session.voters.show': 'Show who voted what',
  'session.scale.title': 'What the answers mean',
  'session.figures': 'Figures of the round',
  'session.verdict.consensus': 'Consensus reached: no need for another round.',
  'session.verdict.stable': 'Stable: another round is unlikely to change the result.',
  'session.verdict.maxRounds': 'Three rounds done: record an agreed value rather than voting again.',
  'session.verdict.continue': 'Not settled yet: after discussion, round {next} may bring the room closer.',
  'session.verdict.firstRound':
    'No consensus yet: after discussion, start round {next} to vote again (this round is kept).',
  'session.verdict.since.same':
    'Since round {round} the median stayed at {median}; {share} of voters changed their vote.',
  'session.verdict.since.moved':
    'Since round {round} the median moved from {from} to {to}; {share} of voters changed their vote.',
  'session.summary.mixOne': 'From 1 of {total} statements so far: too little to show a mix.',
  'session.summary.mixBasis': 'From {rated} of {total} statements rated so far.',
} as const;
