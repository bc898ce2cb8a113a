/**
 * English words of the PDF report (shared/report) and of its export dialog. The report is read by people
 * who were not in the room: each figure is named with its meaning, in plain words (ui.md, "Words").
 */
export const reportMessages = {
  'report.meta.title': '{title} — OSPO maturity report',
  'report.meta.subject': 'OSPO maturity workshop of {organization}, {date}',
  'report.meta.keywords': 'OSPO, open source program office, maturity, workshop',
  'report.footer': '{title} · {date}',
  'report.pageNumber': 'Page {page} of {pages}',

  'report.stage.named': 'Stage {stage} · {name}',
  'report.stage.short': 'Stage {stage}',
  'report.question.short': 'Q',
  'report.question.statement': 'Question',
  'report.team.none': 'No team',
  'report.value.computed': 'Value {value} · {status}',
  'report.value.agreed': 'Agreed value {value} (computed {computed}) · {status}',

  'report.anonymity.names': 'Participants are named',
  'report.anonymity.aliases': 'Participants are shown by alias',
  'report.anonymity.anonymous': 'Anonymous: no participant is named',

  'report.cover.title': 'Cover',
  'report.cover.kicker': 'OSPO maturity workshop · report for leadership',
  'report.cover.none': 'Not given',
  'report.cover.people': 'Taking part',
  'report.cover.peopleValue':
    '{participants, plural, one {# participant} other {# participants}} in {teams, plural, one {# team} other {# teams}}',
  'report.cover.framework': 'Framework',
  'report.cover.frameworkValue':
    '{title}, version {version} · {questions, plural, one {# question} other {# questions}}',
  'report.cover.anonymity': 'Names',
  'report.cover.target': 'Target stage',
  'report.cover.created': 'Report created on {when}.',
  'report.cover.reading':
    'The executive summary comes first. The pages after it hold the record behind every figure: the teams side by side, each question with its votes, and how each number was computed.',

  'report.summary.title': 'Executive summary',
  'report.summary.stageLabel': 'Stage reached',
  'report.summary.consensusLabel': 'Questions in consensus',
  'report.summary.consensusValue': '{consensus} of {total}',
  'report.summary.nextStage': 'Stage {stage} attainment is {value}; it counts as reached from {threshold}.',
  'report.summary.topStage': 'This is the highest stage of the model.',
  'report.summary.strengths': 'Top strengths',
  'report.summary.noStrengths': 'No question reached 3 (largely in place) or more.',
  'report.summary.gaps': 'Top gaps',
  'report.summary.noGaps': 'No question scored below the stage threshold.',
  'report.summary.nextSteps': 'Recommended next steps',
  'report.summary.noNextStage':
    'Stage 4 is reached: there is no next stage. Keep the practices in place and look at the gaps.',
  'report.summary.noChecklist': 'The framework lists no checklist items for the next stage.',
  'report.summary.stepScore': 'Scored {score} · {questions}',
  'report.summary.stepUnrated': 'Not rated in this workshop',
  'report.summary.withoutConsensus': 'Without consensus ({count})',
  'report.summary.allConsensus': 'No question is split or polarized.',
  'report.summary.splitDetail': '{status} · median {median} · Cns {cns}',
  'report.summary.polarizedDetail': '{status} · median {median} · A {a}',
  'report.summary.agreedAnyway': 'agreed value {value} recorded',
  'report.summary.moreOpen': 'Also without consensus: {list} (see the question appendix).',
  'report.summary.agreement': 'How far the room agreed',

  'report.moved.title': 'What moved since {title} ({date})',
  'report.moved.arrow': '{before} → {after}',
  'report.moved.stage': 'Stage',
  'report.moved.grid': 'Grid',
  'report.moved.gridValue': 'involvement {x}, ability to execute {y}',
  'report.moved.nothing':
    'No figure moved: the stage, the grid point and every value asked both times are the same.',
  'report.moved.questions': 'Moved most',
  'report.moved.onlyOnceLabel': 'Asked only once',
  'report.moved.onlyOnce':
    '{before, plural, one {# question} other {# questions}} only last time, {after, plural, one {# question} other {# questions}} only this time',
  'report.grid.title': 'Maturity grid',
  'report.grid.group': 'Whole group',
  'report.grid.point': 'at involvement {x} and ability to execute {y} (stage {stage})',
  'report.grid.pointNoX': 'at ability to execute {y} (stage {stage}), not placed: involvement was not rated',
  'report.grid.groupAt': 'The whole group sits {point}.',
  'report.grid.teamsAt': 'Teams: {list}.',
  'report.mix.title': 'Archetype mix',
  'report.mix.none': 'No archetype statement was rated, so there is no mix.',
  'report.mix.notAsked': 'Not in this question set: {names}.',
  'report.mix.pooled':
    "The average of {count, plural, one {one participant's mix} other {# participants' mixes}}; the range is the lowest and highest individual share.",
  'report.enablers.title': 'Enablers',
  'report.areas.title': 'Responsibility areas',
  'report.goals.title': 'Goals',
  'report.profile.title': 'Where the group stands',
  'report.profile.intro':
    'The figures behind the summary: how far each stage is in place, and the profiles of what the organization has and does. Scores are the mean value of the questions behind them, divided by 4.',
  'report.ladder.title': 'Stage ladder',

  'report.teams.title': 'Teams and roles compared',
  'report.teams.intro':
    'Each team scored on its own members’ votes, with the same rules as the whole group (agreed values apply to the whole group only).',
  'report.teams.team': 'Team',
  'report.teams.people': 'People',
  'report.teams.stage': 'Stage',
  'report.teams.involvement': 'Involvement',
  'report.teams.execution': 'Execution',
  'report.teams.topArchetype': 'Top archetype',
  'report.teams.gridTitle': 'The teams on the maturity grid',
  'report.teams.differTitle': 'Where teams differ most',
  'report.teams.highest': 'Highest',
  'report.teams.lowest': 'Lowest',
  'report.teams.gap': 'Gap',
  'report.teams.gapValue': 'gap {gap}',
  'report.teams.noDifferences': 'The medians are the same on every question.',
  'report.teams.smallLeftOut':
    'This report is anonymous: a team or role with a single person is left out of the comparison, so no one’s votes can be read from it.',
  'report.roles.title': 'Roles compared',
  'report.roles.intro':
    'The same comparison by role (the matrix of experts): legal, security, engineering and the others, across teams.',
  'report.roles.role': 'Role',
  'report.roles.differTitle': 'Where roles differ most',

  'report.questions.title': 'Question appendix',
  'report.questions.intro':
    'Every question in the order it was asked, with the votes of the round that counts (the latest revealed round with votes).',
  'report.question.heading': '{label}. {statement}',
  'report.question.checklist': '{label} · checklist: {item}',
  'report.question.archetype': '{label} ({name})',
  'report.question.noVotes': 'No votes were revealed for this question.',
  'report.question.votes': 'Votes',
  'report.question.votesValue': '{n} ({dontKnow} don’t know, {notApplicable} not applicable)',
  'report.question.rwg': 'rwg',
  'report.question.status': 'Agreement',
  'report.question.used': 'Counts as',
  'report.question.agreed': 'Agreed value {agreed} replaces the computed {computed}. Rationale: {rationale}',
  'report.question.notes': 'Notes: {notes}',
  'report.distribution.votes': 'Votes in round {round}: {list}',

  'report.method.title': 'Method',
  'report.method.intro':
    'How each figure in this report was computed, with the thresholds this workshop used. Only votes of revealed rounds count: what the room saw.',
  'report.method.scale': 'The rating scale',
  'report.method.thresholds': 'Thresholds used in this workshop',
  'report.method.maxIqr': 'Consensus needs an IQR of at most',
  'report.method.minCns': '…and a Cns of at least',
  'report.method.polarized': 'Polarized when A is below',
  'report.method.stageThreshold': 'A stage counts as reached from an attainment of',
  'report.method.stable': 'A re-vote is stable when at most this share changed',
  'report.method.maxRounds': 'Rounds before an agreed value is advised',
  'report.method.statistics': 'Agreement on a question',
  'report.method.term.median': 'Median',
  'report.method.term.iqr': 'IQR',
  'report.method.term.within': 'Within ±1',
  'report.method.term.cns': 'Cns',
  'report.method.term.a': 'A',
  'report.method.term.rwg': 'rwg',
  'report.method.define.median':
    'The middle vote (type-7 quantile, as in spreadsheets); it is the question’s computed value.',
  'report.method.define.iqr':
    'The spread of the middle half of the votes: the third quartile minus the first (type 7).',
  'report.method.define.within': 'The share of votes at most one point from the median.',
  'report.method.define.cns':
    'Tastle and Wierman’s consensus (2007): 1 when everyone gives the same answer, 0 for a 50/50 split between the two ends of the scale.',
  'report.method.define.a':
    'Van der Eijk’s agreement (2001): 1 unanimous, 0 spread evenly, −1 divided between the two ends.',
  'report.method.define.rwg':
    'James, Demaree and Wolf’s within-group agreement (1984): 1 minus the votes’ variance over that of random answers; from .71 strong, above .90 very strong (LeBreton and Senter, 2008).',
  'report.method.rules': 'How each figure is computed',
  'report.method.workings': 'How this workshop’s figures came out',
  'report.method.alpha': 'Reliability of the whole workshop',
  'report.method.alphaValue': 'Krippendorff’s α (ordinal)',
  'report.method.alphaUnits': 'Questions paired (units)',
  'report.method.alphaValues': 'Votes paired',
  'report.method.alphaCoders': 'Participants (coders)',
  'report.method.alphaMeaning':
    'α says how consistently people rated across the whole questionnaire, not whether they agreed on a single question: from .800 reliable, from .667 tentative, below that a conversation starter (Krippendorff, 2004).',

  'report.participants.title': 'Participants',
  'report.participants.intro.names': 'The people who took part, with their team and role.',
  'report.participants.intro.aliases':
    'The people who took part, by the alias this workshop uses for them, with their team and role.',
  'report.participants.intro.anonymous':
    'This report names no participant: it shows how many people each team brought, and their roles.',
  'report.participants.name': 'Participant',
  'report.participants.role': 'Role',
  'report.participants.roles': 'Roles',
  'report.participants.roleCount': '{name} {n}',
  'report.participants.answered': 'Questions answered',
  'report.participants.answeredValue': '{n} of {total}',

  'report.export.open': 'Export PDF report',
  'report.export.title': 'Export the PDF report',
  'report.export.lede':
    'A report for leadership: a cover, a one-page summary and the record behind it. It is made on this computer; nothing is sent anywhere.',
  'report.export.sections': 'Sections',
  'report.export.coverAlways': 'The cover always comes first.',
  'report.export.names': 'Names',
  'report.export.anonymize': 'Anonymize participants (Participant 1, Participant 2…)',
  'report.export.anonymousAlready': 'This workshop is anonymous: the report names no participant.',
  'report.export.paper': 'Paper size',
  'report.export.paper.a4': 'A4',
  'report.export.paper.letter': 'US Letter',
  'report.export.compare': 'Compare with an earlier workshop',
  'report.export.compareNone': 'No comparison',
  'report.export.compareHint': 'Workshops of the same organization and framework held before this one.',
  'report.export.compareNoneAvailable':
    'No earlier workshop of the same organization and framework is on this computer.',
  'report.export.submit': 'Export PDF',
  'report.export.creating': 'Creating the report… {percent}',
  'report.export.saving': 'Saving the report…',
  'report.export.saved': 'Report saved as {name}.',
  'report.export.cancelled': 'Export cancelled: no file was saved.',
  'report.export.fileName': '{title} – OSPO report',
  'report.error.noSection': 'Choose at least one section. Nothing was exported.',
  'report.error.options':
    'These report options cannot be kept. Nothing was changed. Choose the sections and the paper again.',
  'report.error.diskFull':
    'The report was not saved: the disk is full. Nothing was changed. Free some space, or save to another drive, then export again.',
  'report.error.permission':
    'The report was not saved: this folder does not allow saving files. Nothing was changed. Choose another folder, such as Documents, then export again.',
  'report.error.failed':
    'The report could not be created or saved ({detail}). Nothing was changed. Try again; if it happens again, reload the app: every vote is kept.',
} as const;
