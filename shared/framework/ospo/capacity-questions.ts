import type { FrameworkQuestion } from '../schema';

/**
 * Involvement questions (one per rung of the ladder consumer → participant → contributor → leader; their
 * mean places the grid point on X) and enabler questions (the capacity profile shown beside the grid).
 */
export const INVOLVEMENT_QUESTIONS: FrameworkQuestion[] = [
  {
    id: 'involvement-consumer',
    statement: 'Do we use open source knowingly, as a managed part of how we build things?',
    help: 'Consumer: we choose what we use on purpose and keep track of it.',
    anchors: { zero: 'We do not know where we use it.', four: 'Every use is deliberate and managed.' },
    informs: { kind: 'involvement' },
    responsibilityAreas: ['reduce-friction', 'compliance'],
  },
  {
    id: 'involvement-participant',
    statement:
      'Do our people take part in outside open source communities: issue trackers, forums, meetings, events?',
    help: 'Participant: we show up and speak, even when we do not send code.',
    anchors: {
      zero: 'We are never seen there.',
      four: 'We are a familiar presence in the communities we rely on.',
    },
    informs: { kind: 'involvement' },
    responsibilityAreas: ['open-source-organizations', 'upstream'],
  },
  {
    id: 'involvement-contributor',
    statement: 'Do our people regularly get changes accepted into open source projects that we do not own?',
    help: 'Contributor: code, documentation, tests, translations; anything merged upstream counts.',
    anchors: { zero: 'Nothing of ours has been merged.', four: 'We contribute steadily to many projects.' },
    informs: { kind: 'involvement' },
    responsibilityAreas: ['upstream'],
  },
  {
    id: 'involvement-leader',
    statement:
      'Do our people hold leadership roles in outside projects, such as maintainer, committer or board seat?',
    help: 'Leader: others depend on our people to steer projects and foundations.',
    anchors: {
      zero: 'We hold no such role.',
      four: 'We hold leading roles in the projects that matter to us.',
    },
    informs: { kind: 'involvement' },
    responsibilityAreas: ['upstream', 'open-source-organizations'],
  },
];

export const ENABLER_QUESTIONS: FrameworkQuestion[] = [
  {
    id: 'enabler-staff',
    statement: 'Does our open source program have enough people with enough time to do its job?',
    help: 'Count time that is really assigned, whether full-time staff or a virtual team.',
    anchors: { zero: 'Nobody has time for it.', four: 'Staffing matches what we ask of the program.' },
    informs: { kind: 'enabler', enabler: 'staff' },
    responsibilityAreas: ['talent'],
  },
  {
    id: 'enabler-budget',
    statement: 'Does our open source work have a budget of its own?',
    help: 'For tools, foundation memberships, sponsorships, events and training.',
    anchors: {
      zero: 'Every expense has to be argued for from scratch.',
      four: 'A planned budget covers what we need.',
    },
    informs: { kind: 'enabler', enabler: 'budget' },
    responsibilityAreas: ['strategy', 'open-source-organizations'],
  },
  {
    id: 'enabler-mandate',
    statement: 'Is it written down what our open source program may decide on its own?',
    help: 'A charter or policy that separates what it decides from what it only advises on, for people to point to in a disagreement.',
    anchors: { zero: 'Nothing is written down.', four: 'A clear, known mandate is applied in practice.' },
    informs: { kind: 'enabler', enabler: 'mandate' },
    responsibilityAreas: ['policies', 'internal-stakeholders'],
  },
  {
    id: 'enabler-tooling',
    statement:
      'Do we have tools that make open source work routine, such as licence scanning and a contribution workflow?',
    help: 'Tools built into how teams already work, not a separate chore.',
    anchors: {
      zero: 'Everything is done by hand.',
      four: 'The tools run everywhere without anyone thinking about it.',
    },
    informs: { kind: 'enabler', enabler: 'tooling' },
    responsibilityAreas: ['infrastructure', 'reduce-friction'],
  },
  {
    id: 'enabler-metrics',
    statement: 'Do we track how our open source work is going with agreed measures?',
    help: 'For example contributions, response times, dependency risk or community health, reported to the people who decide.',
    anchors: { zero: 'We measure nothing.', four: 'Agreed measures are reported and acted on.' },
    informs: { kind: 'enabler', enabler: 'metrics' },
    responsibilityAreas: ['metrics'],
  },
  {
    id: 'enabler-executive-backing',
    statement: 'Does a senior executive speak up for our open source program when it counts?',
    help: 'Someone who defends its budget and its decisions in front of other leaders.',
    anchors: { zero: 'No executive is involved.', four: 'A senior sponsor backs it visibly and often.' },
    informs: { kind: 'enabler', enabler: 'executive-backing' },
    responsibilityAreas: ['strategy', 'internal-stakeholders'],
  },
];
