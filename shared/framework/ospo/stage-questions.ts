import type { FrameworkQuestion } from '../schema';

/**
 * Stage-practice questions: one per checklist item of stages 1–4. Each is one sentence that works when
 * read aloud, with a help line and what 0 and 4 mean.
 */
export const STAGE_QUESTIONS: FrameworkQuestion[] = [
  {
    id: 'program-visible',
    statement: 'Do people across our organization know there is an open source program they can turn to?',
    help: 'It has a name, an owner and a place to find it, even if the team behind it is small or part-time.',
    anchors: {
      zero: 'Nobody knows who to ask about open source.',
      four: 'Everyone knows the program and uses it.',
    },
    informs: { kind: 'stagePractice', stage: 1, checklistItem: 's1-program-brand' },
    responsibilityAreas: ['strategy', 'internal-stakeholders'],
  },
  {
    id: 'licence-process',
    statement: 'Do we have an agreed way to check the licence of open source before we use it?',
    help: 'For example an approval step for new dependencies and a list of licences that are fine for each kind of use, so legal risks surface early.',
    anchors: {
      zero: 'Licences are not checked.',
      four: 'Every use is checked routinely, and people follow it.',
    },
    informs: { kind: 'stagePractice', stage: 1, checklistItem: 's1-licence-process' },
    responsibilityAreas: ['compliance', 'policies', 'corporate-development'],
  },
  {
    id: 'usage-training',
    statement: 'Do we teach our developers the rules for using open source in what we build?',
    help: 'Training or guides on licence types, the approval flow and contributor licence agreements.',
    anchors: {
      zero: 'There is no guidance at all.',
      four: 'Everyone who writes code is trained, and it stays current.',
    },
    informs: { kind: 'stagePractice', stage: 1, checklistItem: 's1-usage-education' },
    responsibilityAreas: ['talent', 'policies', 'reduce-friction'],
  },
  {
    id: 'oss-inventory',
    statement: 'Do we keep a current record of every open source component we use?',
    help: 'Ideally a software bill of materials (SBOM) for each product, produced with every build.',
    anchors: {
      zero: 'We could not say what open source we ship.',
      four: 'Every product has a current, automatic SBOM.',
    },
    informs: { kind: 'stagePractice', stage: 1, checklistItem: 's1-inventory' },
    responsibilityAreas: ['compliance', 'infrastructure', 'corporate-development'],
  },
  {
    id: 'value-recognized',
    statement:
      'Do our leaders treat the compliance, training and inventory work around open source as worth paying for?',
    help: 'Think of what leaders say about open source and what they fund, not only what they sign off.',
    anchors: { zero: 'Open source is seen as free code, nothing more.', four: 'Leaders say it and fund it.' },
    informs: { kind: 'stagePractice', stage: 1, checklistItem: 's1-value-recognized' },
    responsibilityAreas: ['strategy', 'internal-stakeholders'],
  },
  {
    id: 'upstream-practice',
    statement:
      'Do our engineers know how to work with outside open source projects, for example by reporting a bug or sending a small fix?',
    help: 'Including a quick, well-known way to get a contribution approved.',
    anchors: { zero: 'Nobody engages with outside projects.', four: 'It is everyday practice across teams.' },
    informs: { kind: 'stagePractice', stage: 2, checklistItem: 's2-project-interaction' },
    responsibilityAreas: ['upstream', 'reduce-friction', 'innersource'],
  },
  {
    id: 'why-contribute',
    statement: 'Do we explain to our own people why giving back to open source is worth the effort?',
    help: 'Talks, internal ambassadors, posts, sponsorships, our people speaking at events.',
    anchors: { zero: 'The topic never comes up.', four: 'The case is made often and people can repeat it.' },
    informs: { kind: 'stagePractice', stage: 2, checklistItem: 's2-why-contribute' },
    responsibilityAreas: ['internal-stakeholders', 'talent', 'strategy'],
  },
  {
    id: 'contributor-rewards',
    statement: 'Do we reward developers who become active contributors or maintainers?',
    help: 'For instance dedicated hours, career credit or paid roles on projects we depend on.',
    anchors: {
      zero: 'Contributing is done in spare time, if at all.',
      four: 'It is planned, paid for and valued.',
    },
    informs: { kind: 'stagePractice', stage: 2, checklistItem: 's2-contributor-incentives' },
    responsibilityAreas: ['talent', 'upstream', 'innersource'],
  },
  {
    id: 'host-projects',
    statement: 'Do we lead any open source project, as its host or its main sponsor?',
    help: 'Projects where we set the direction, alone or as the leading company.',
    anchors: { zero: 'We host or lead no project.', four: 'We host or lead several projects that matter.' },
    informs: { kind: 'stagePractice', stage: 3, checklistItem: 's3-host-sponsor' },
    responsibilityAreas: ['open-source-organizations', 'upstream', 'strategy'],
  },
  {
    id: 'launch-projects',
    statement:
      'When we open up a project of our own, do we launch it in a way that earns the trust of outsiders?',
    help: 'With a plan, governance and people behind it, perhaps through a foundation; not a one-off code drop.',
    anchors: {
      zero: 'We have never launched a project.',
      four: 'Our launches are planned and well received.',
    },
    informs: { kind: 'stagePractice', stage: 3, checklistItem: 's3-launch-projects' },
    responsibilityAreas: ['strategy', 'open-source-organizations'],
  },
  {
    id: 'staffed-projects',
    statement: 'Does each project we lead have someone paid to look after its community?',
    help: 'A looked-after community welcomes newcomers, answers questions, keeps its conduct rules and keeps gaining contributors.',
    anchors: { zero: 'Our projects run on goodwill.', four: 'Each has dedicated staff watching its health.' },
    informs: { kind: 'stagePractice', stage: 3, checklistItem: 's3-staffed-projects' },
    responsibilityAreas: ['talent', 'open-source-organizations', 'metrics'],
  },
  {
    id: 'project-playbooks',
    statement: 'Do we have a shared playbook for starting and running our open source projects?',
    help: 'Checklists and tools from the first review of an idea to its release, plus coaching for the people who lead projects.',
    anchors: {
      zero: 'Every team works it out alone.',
      four: 'A maintained toolkit is used for every project.',
    },
    informs: { kind: 'stagePractice', stage: 3, checklistItem: 's3-playbooks' },
    responsibilityAreas: ['policies', 'infrastructure', 'advice'],
  },
  {
    id: 'technology-partner',
    statement: 'Is our open source program at the table when big technology decisions are made?',
    help: 'As a partner whose view shapes the decision, not only as a reviewer afterwards.',
    anchors: { zero: 'It is never consulted.', four: 'It is a standing partner in every major decision.' },
    informs: { kind: 'stagePractice', stage: 4, checklistItem: 's4-strategic-partner' },
    responsibilityAreas: ['strategy', 'advice'],
  },
  {
    id: 'advise-cto',
    statement: 'Does our CTO turn to the open source program for advice on which technologies to use?',
    help: 'Regular advice that is asked for, including on what to stop using.',
    anchors: { zero: 'No such advice is given.', four: 'The CTO relies on it for every portfolio choice.' },
    informs: { kind: 'stagePractice', stage: 4, checklistItem: 's4-advise-cto' },
    responsibilityAreas: ['advice', 'strategy'],
  },
  {
    id: 'project-health-bar',
    statement: 'Do we set the bar for when an outside project is healthy enough for us to depend on?',
    help: 'For example its licence, who governs it and how, how quickly it answers, how often it releases, whether one vendor controls it, and whether its contributors are growing.',
    anchors: { zero: 'Anything goes.', four: 'Our criteria are used widely, even outside the company.' },
    informs: { kind: 'stagePractice', stage: 4, checklistItem: 's4-project-benchmark' },
    responsibilityAreas: ['policies', 'advice', 'metrics'],
  },
  {
    id: 'project-politics',
    statement:
      'Can our open source program guide our people through the politics of projects and foundations?',
    help: 'Neutrality, competing vendors, governance disputes, who to talk to and when.',
    anchors: { zero: 'People are on their own.', four: 'The program is trusted to guide us through it.' },
    informs: { kind: 'stagePractice', stage: 4, checklistItem: 's4-project-politics' },
    responsibilityAreas: ['open-source-organizations', 'advice'],
  },
];
