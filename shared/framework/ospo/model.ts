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
    description: 'The open source program is a strategic partner that shapes technology decisions.',
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
    description: 'How far the organization has moved from only using open source towards leading it.',
    low: 'Consumer',
    high: 'Leader',
    levels: ['Consumer', 'Participant', 'Contributor', 'Leader'],
  },
};

export const OSPO_CHECKLIST: ChecklistItem[] = [
  { id: 's1-program-brand', stage: 1, text: 'Give the open source program a name and a visible home.' },
  { id: 's1-licence-process', stage: 1, text: 'Set up procedures for licences and legal risk.' },
  { id: 's1-usage-education', stage: 1, text: 'Teach people when and how open source may be used.' },
  { id: 's1-inventory', stage: 1, text: 'Keep an inventory of open source in use, working towards SBOMs.' },
  {
    id: 's1-value-recognized',
    stage: 1,
    text: 'Acknowledge the value of open source and the need for compliance, training and SBOMs.',
  },
  {
    id: 's2-project-interaction',
    stage: 2,
    text: 'Practise working with outside projects: issues, features, fixes.',
  },
  { id: 's2-why-contribute', stage: 2, text: 'Explain inside the organization why contributing matters.' },
  {
    id: 's2-contributor-incentives',
    stage: 2,
    text: 'Reward developers who become contributors and maintainers.',
  },
  { id: 's3-host-sponsor', stage: 3, text: 'Host projects or be their main sponsor.' },
  { id: 's3-launch-projects', stage: 3, text: 'Launch projects in a way that builds credibility.' },
  {
    id: 's3-staffed-projects',
    stage: 3,
    text: 'Staff each project with at least one FTE who owns community health.',
  },
  {
    id: 's3-playbooks',
    stage: 3,
    text: 'Build playbooks, checklists and tools to vet, run and coach projects.',
  },
  { id: 's4-strategic-partner', stage: 4, text: 'Act as a strategic partner in technology decisions.' },
  { id: 's4-advise-cto', stage: 4, text: 'Advise the CTO on which technologies to adopt or retire.' },
  {
    id: 's4-project-benchmark',
    stage: 4,
    text: 'Lead the definition of what makes a project acceptable to rely on.',
  },
  {
    id: 's4-project-politics',
    stage: 4,
    text: 'Help people navigate the politics of projects and foundations.',
  },
];

export const OSPO_ARCHETYPES: Archetype[] = [
  {
    id: 'industry-collaborative',
    name: 'Industry Collaborative',
    description: 'Shares costs and innovation with peers in one industry through joint open source work.',
  },
  {
    id: 'cross-industry-collaborative',
    name: 'Cross-Industry Collaborative',
    description: 'Works on foundations many industries share and makes consuming and contributing easier.',
  },
  {
    id: 'big-project-facilitator',
    name: 'Big Project Facilitator',
    description: 'Grows large projects internally, then opens them up, often handing them to a foundation.',
  },
  {
    id: 'open-source-first',
    name: 'Open Source First',
    description: 'Reaches for open source first in every technology initiative and tracks licence trends.',
  },
  {
    id: 'technology-strategy-expert',
    name: 'Technology Strategy Expert',
    description: 'An internal consultancy that judges technologies and shapes roadmaps with the CTO.',
  },
  {
    id: 'software-company',
    name: 'Software Company',
    description: 'Sells software, so open source is familiar; funds full-time contributors and big projects.',
  },
  {
    id: 'standards-collaborative',
    name: 'Standards Collaborative',
    description: 'Links open source projects with standards bodies, implementing standards in the open.',
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
