/**
 * English words of the results: readings, chart labels and the workings behind every figure. The
 * report prints the same sentences, so they are plain and complete on their own.
 */
export const resultsMessages = {
  'results.questionRef': 'Q{n}',
  'results.cited': '{values} ({questions})',
  'results.noValue': 'no value',

  'results.headline.stage': 'The group has reached stage {stage}, {name}.',
  'results.headline.targetMet': 'That meets the target, stage {target} ({name}).',
  'results.headline.targetToGo':
    'The target is stage {target}, {name}: {count, plural, one {# stage} other {# stages}} to go. Stage {stage} stands at {attainment} against a threshold of {threshold}.',
  'results.headline.targetNotAssessed':
    'The target is stage {target}, but stage {stage} is not assessed: no question of that stage is in this question set.',
  'results.headline.mix': 'The archetype that describes the group best is {name} ({share} of the mix).',
  'results.headline.noMix': 'No archetype statement has been rated yet, so there is no archetype mix.',
  'results.headline.agreement':
    '{consensus} of the {answered} questions answered reached consensus and {open} ended split or polarized ({questions} questions in the set).',

  'results.alpha.reliable':
    'α {alpha}: reliable — the ratings are consistent enough to be read as a measurement.',
  'results.alpha.tentative':
    'α {alpha}: tentative — read the figures with care and check the split questions.',
  'results.alpha.low':
    'α {alpha}: low — treat the result as a starting point for discussion rather than a measurement.',
  'results.alpha.undefined': 'α cannot be computed yet: too few votes, or too little variation between them.',

  'results.grid.target': 'Target',
  'results.grid.spread': 'Middle half of the participants',
  'results.grid.axisX': '{name} →',
  'results.grid.axisY': '↑ {name}',
  'results.ladder.name': '{stage} · {name}',
  'results.ladder.reached': 'reached',
  'results.ladder.notReached': 'not reached',
  'results.ladder.notAssessed': 'not assessed',
  'results.ladder.threshold': 'threshold {threshold}',
  'results.mix.caption':
    'Bars: the group’s share. Lines: from the lowest to the highest share among its participants.',
  'results.mix.notRated': 'not rated yet',

  'results.explain.stage.notAssessed':
    'Stage {stage} is not assessed: no question of that stage is in the question set, so it counts as not met.',
  'results.explain.stage.noValue':
    'Stage {stage} has no value: none of its questions has a vote on the 0–4 scale, so it counts as not met.',
  'results.explain.stage.attainment': 'Stage {stage}: attainment {attainment} = mean of {cited} ÷ 4.',
  'results.explain.stage.reached': 'Stage {stage} counts as reached: attainment {attainment} ≥ {threshold}.',
  'results.explain.stage.blocked':
    'Stage {stage} meets the threshold ({attainment} ≥ {threshold}) but is not reached: a stage below it is not.',
  'results.explain.stage.missed': 'Stage {stage} is not reached: attainment {attainment} < {threshold}.',
  'results.explain.stage.result': 'Stage reached: {stage}.',
  'results.explain.grid.noX':
    'No involvement question has a value yet, so the point has no place on the involvement axis.',
  'results.explain.grid.x': 'Involvement x = mean of {cited} ÷ 4 = {x}.',
  'results.explain.grid.progress':
    'Progress towards stage {next} = its attainment {attainment} ÷ threshold {threshold} = {progress}.',
  'results.explain.grid.progressNone': 'Progress towards stage {next} is 0: that stage has no value.',
  'results.explain.grid.progressTop':
    'Progress within stage 4 = (attainment {attainment} − threshold {threshold}) ÷ (1 − threshold) = {progress}.',
  'results.explain.grid.y': 'Ability to execute: E = {stage} + {progress} = {execution}; y = E ÷ 5 = {y}.',
  'results.explain.grid.leftOfBand':
    'x {x} lies left of where the band of stage {stage} starts ({start}): its practices are in place with less involvement in open source than that stage usually goes with.',
  'results.explain.mix.none':
    'No participant has rated an archetype statement above 0 yet, so there is no mix.',
  'results.explain.mix.pooled':
    'The mix is the average of {count, plural, one {# participant’s mix} other {# participants’ mixes}} (a linear pool, equal weights).',
  'results.explain.mix.share': '{name}: {share}, the mean of {count} shares; lowest {min}, highest {max}.',
  'results.explain.mix.own': '{name}: {share} of this participant’s ratings.',
  'results.explain.mix.withoutMix':
    '{count, plural, one {# participant} other {# participants}} rated every statement 0 or none, so they have no mix and are left out.',
  'results.explain.mix.notAssessed': 'Not in this question set, so not part of the mix: {names}.',
  'results.explain.entry.value': '{name}: mean of {cited} = {mean}, ÷ 4 = {value}.',
  'results.explain.entry.none': '{name}: no value — none of its questions has a vote yet.',
  'results.explain.question.noVotes': 'Nobody has voted 0–4 on this question in a revealed round.',
  'results.explain.question.round':
    'Round {round} ({rounds, plural, one {the only round with votes} other {the latest of # rounds with votes}}): {count, plural, one {# vote} other {# votes}} — {votes}; {dontKnow} don’t know and {notApplicable} not applicable, not counted.',
  'results.explain.question.figures': 'Median {median} (type 7), IQR {iqr}, Cns {cns}, A {a}.',
  'results.explain.question.agreed':
    'Agreed value {agreed} replaces the computed {computed} in the group’s figures. Rationale: {rationale}',
  'results.explain.status.consensus': 'Consensus: IQR {iqr} ≤ {maxIqr} and Cns {cns} ≥ {minCns}.',
  'results.explain.status.polarized':
    'Polarized: not consensus (IQR {iqr} against ≤ {maxIqr}, Cns {cns} against ≥ {minCns}) and A {a} < {minA}.',
  'results.explain.status.split':
    'Split: not consensus (IQR {iqr} against ≤ {maxIqr}, Cns {cns} against ≥ {minCns}) and A {a} ≥ {minA}, so not polarized.',
  'results.explain.status.undetermined': 'A single vote: agreement cannot be judged.',
  'results.explain.status.noVotes': 'No votes: agreement cannot be judged.',
  'results.explain.alpha.value':
    'α = {alpha} (ordinal) from {units} questions with at least two votes: {values} values from {coders} participants.',
  'results.explain.alpha.undefined':
    'α is undefined: {units} questions have two votes or more among {coders} participants, and they do not vary enough.',
  'results.explain.alpha.leftOut':
    '{count, plural, one {# question has} other {# questions have}} fewer than two votes and cannot be paired.',
  'results.explain.target.met': 'Target stage {target} is met: stage {reached} is reached.',
  'results.explain.target.toGo':
    'Target stage {target}: stage {reached} is reached, {count, plural, one {# stage} other {# stages}} to go.',
  'results.explain.target.shortfall': 'Stage {stage}: {attainment}, {shortfall} below the threshold.',
  'results.explain.target.noValue': 'Stage {stage}: no value yet.',
} as const;
