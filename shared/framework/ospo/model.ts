import type {
  Archetype,
  ChecklistItem,
  Enabler,
  Framework,
  FrameworkStage,
  ResponsibilityArea,
} from '../schema';

/**
 * The parts of the built-in framework that describe the OSPO model itself: scale, stages, axes,
 * checklist, archetypes, enablers and responsibility areas. Our own wording, after the TODO Group's
 * five-stage OSPO maturity model (2022), its checklist, the OSPO mind map and "The Evolution of the OSPO".
 */

export const OSPO_SCALE: Framework['scale'] = {
  min: 0,
  max: 4,
  labels: [
    { value: 0, label: 'Not in place' },
    { value: 1, label: 'Ad hoc or just starting' },
    { value: 2, label: 'Partly in place' },
    { value: 3, label: 'Largely in place' },
    { value: 4, label: 'Fully embedded' },
  ],
  dontKnowLabel: "Don't know",
  notApplicableLabel: 'Not applicable / not a goal',
};

export const OSPO_STAGES: FrameworkStage[] = [
  {
    stage: 0,
    name: 'Adoption',
    alsoCalled: 'Ad hoc',
    description: 'Open source is used here and there without a plan, a team or a view on licences.',
  },
  {
    stage: 1,
    name: 'Legal Education',
    alsoCalled: 'Legal-driven',
    description:
      'Licence compliance, an inventory of what is used and basic training keep the risks in check.',
  },
  {
    stage: 2,
    name: 'Community Education',
    alsoCalled: 'Community-driven',
    description: 'People are taught and encouraged to take part in and contribute to outside projects.',
  },
  {
    stage: 3,
    name: 'Engagement',
    alsoCalled: 'Engagement-driven',
    description:
      'The organization hosts or sponsors projects, staffs them and looks after their communities.',
  },
  {
    stage: 4,
    name: 'Leadership',
    alsoCalled: 'Leadership-driven',
    description: "The open source program helps steer the organization's technology choices.",
  },
];

export const OSPO_AXES: Framework['axes'] = {
  execution: {
    name: 'Ability to execute',
    description: 'How much of the cumulative practice of each stage the organization actually carries out.',
    low: 'Little in place',
    high: 'All stages in practice',
  },
  involvement: {
    name: 'Involvement in open source',
    description:
      'Where the organization sits on the path from consuming open source to steering projects that others depend on.',
    low: 'Consumer',
    high: 'Leader',
    levels: ['Consumer', 'Participant', 'Contributor', 'Leader'],
  },
};

export const OSPO_CHECKLIST: ChecklistItem[] = [
  { id: 's1-program-brand', stage: 1, text: 'Give the open source program a name and a visible home.' },
  { id: 's1-licence-process', stage: 1, text: 'Put a process in place for licence checks and legal risk.' },
  { id: 's1-usage-education', stage: 1, text: 'Train staff on the rules for using open source.' },
  {
    id: 's1-inventory',
    stage: 1,
    text: 'Track the open source we use, building up to a software bill of materials.',
  },
  {
    id: 's1-value-recognized',
    stage: 1,
    text: 'Get leaders to treat open source as an asset whose upkeep (compliance, training, SBOMs) is worth paying for.',
  },
  {
    id: 's2-project-interaction',
    stage: 2,
    text: 'Practise working with outside projects: issues, features, fixes.',
  },
  { id: 's2-why-contribute', stage: 2, text: 'Make the case internally for giving back to open source.' },
  {
    id: 's2-contributor-incentives',
    stage: 2,
    text: 'Make contributing and maintaining worth a developer’s while.',
  },
  { id: 's3-host-sponsor', stage: 3, text: 'Run projects of our own, as host or lead sponsor.' },
  { id: 's3-launch-projects', stage: 3, text: 'Release projects so that outsiders find them credible.' },
  {
    id: 's3-staffed-projects',
    stage: 3,
    text: 'Give every project a paid person in charge of the health of its community.',
  },
  {
    id: 's3-playbooks',
    stage: 3,
    text: 'Give project teams a shared toolkit, from the first review of an idea to daily running, with coaching for their leads.',
  },
  {
    id: 's4-strategic-partner',
    stage: 4,
    text: 'Have a seat at the table when major technology choices are made.',
  },
  { id: 's4-advise-cto', stage: 4, text: 'Be a regular source of advice to the CTO on the technology mix.' },
  {
    id: 's4-project-benchmark',
    stage: 4,
    text: 'Set the criteria an outside project must meet before we depend on it.',
  },
  {
    id: 's4-project-politics',
    stage: 4,
    text: 'Guide colleagues through the politics of projects and foundations.',
  },
];

export const OSPO_ARCHETYPES: Archetype[] = [
  {
    id: 'industry-collaborative',
    name: 'Industry Collaborative',
    description: 'Pools effort with companies in the same sector on open source they all need.',
  },
  {
    id: 'cross-industry-collaborative',
    name: 'Cross-Industry Collaborative',
    description:
      "Invests in general-purpose open source used in every sector, and in tooling that eases its engineers' work with it.",
  },
  {
    id: 'big-project-facilitator',
    name: 'Big Project Facilitator',
    description:
      "Turns large in-house projects into public ones, frequently under a foundation's neutral roof.",
  },
  {
    id: 'open-source-first',
    name: 'Open Source First',
    description:
      'Treats open source as the starting point for new technology work and keeps an eye on how licensing evolves.',
  },
  {
    id: 'technology-strategy-expert',
    name: 'Technology Strategy Expert',
    description:
      'In-house advisers on which open source technologies to back, working on roadmaps with technology leadership.',
  },
  {
    id: 'software-company',
    name: 'Software Company',
    description:
      'A software vendor whose engineers live with open source daily; it often pays people to work on it full time.',
  },
  {
    id: 'standards-collaborative',
    name: 'Standards Collaborative',
    description:
      'Brings open source and standards work together, often with reference code built in the open.',
    communityAdded: true,
  },
];

export const OSPO_ENABLERS: Enabler[] = [
  { id: 'staff', name: 'Staff', description: 'People with time assigned to open source work.' },
  { id: 'budget', name: 'Budget', description: 'Money for tools, memberships, sponsorships and events.' },
  { id: 'mandate', name: 'Mandate', description: 'A written remit that says what the program decides.' },
  { id: 'tooling', name: 'Tooling', description: 'Tools that make compliance and contribution routine.' },
  { id: 'metrics', name: 'Metrics', description: 'Measures of how open source work is going.' },
  {
    id: 'executive-backing',
    name: 'Executive backing',
    description: 'A senior sponsor who supports the program.',
  },
];

export const OSPO_RESPONSIBILITY_AREAS: ResponsibilityArea[] = [
  { id: 'strategy', name: 'Open source strategy' },
  { id: 'reduce-friction', name: 'Less friction to use and contribute' },
  { id: 'infrastructure', name: 'Open source IT infrastructure' },
  { id: 'advice', name: 'Advice' },
  { id: 'talent', name: 'Open source talent' },
  { id: 'innersource', name: 'InnerSource' },
  { id: 'metrics', name: 'Performance metrics' },
  { id: 'open-source-organizations', name: 'Work with open source organizations' },
  { id: 'upstream', name: 'Upstream development' },
  { id: 'policies', name: 'Policies and processes' },
  { id: 'compliance', name: 'Compliance' },
  { id: 'corporate-development', name: 'Corporate development (M&A, contractors)' },
  { id: 'internal-stakeholders', name: 'Internal stakeholders' },
];
