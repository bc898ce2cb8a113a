// Two workshops of one organization, written for the results tests: the current one (anonymous, target
// stage 2, three teams, roles that cut across the teams) and an earlier one with lower values and one
// question different. Every expected figure is worked out from these votes in the tests.
import { OSPO_FRAMEWORK } from '../../../shared/framework';
import type { AnsweredQuestion, TypedVote } from '../support/expected';
import type { SeedRound, SeedWorkshop } from './seed.page';

export const PEOPLE = [
  { name: 'Ana Lima', team: 'Legal', role: 'legal' },
  { name: 'Bo Chen', team: 'Legal', role: 'security' },
  { name: 'Łucja Nowak', team: 'Legal', role: 'legal' },
  { name: 'Dev Patel', team: 'Engineering', role: 'engineering' },
  { name: 'Eun-ji Park', team: 'Engineering', role: 'engineering' },
  { name: 'Farid Haddad', team: 'Engineering', role: 'product' },
  { name: 'Grace Obi', team: 'Leadership', role: 'leadership' },
  { name: 'Hiro Sato', team: 'Leadership', role: 'engineering' },
];

const SHORT = OSPO_FRAMEWORK.presets.find((p) => p.id === 'short')!.questionIds;

/** Votes per question, one per person in PEOPLE's order (round 1, revealed). */
export const NOW: Record<string, TypedVote[]> = {
  'licence-process': [4, 4, 3, 3, 3, 2, 3, 3],
  'oss-inventory': [3, 3, 4, 2, 2, 3, 3, 2],
  'upstream-practice': [0, 1, 0, 4, 4, 4, 2, 3],
  'host-projects': [0, 0, 1, 3, 3, 3, 1, 1],
  'technology-partner': [0, 0, 0, 1, 1, 0, 2, '?'],
  'involvement-consumer': [3, 3, 3, 4, 4, 3, 3, 4],
  'involvement-contributor': [1, 0, 1, 3, 4, 3, 2, 2],
  'archetype-industry-shared-cost': [1, 2, 1, 0, 1, 0, 2, 1],
  'archetype-cross-industry-foundations': [2, 1, 2, 3, 4, 3, 2, 3],
  'archetype-oss-first-default': [1, 1, 0, 3, 3, 4, 1, 2],
  'archetype-strategy-advice': [3, 2, 3, 1, 2, 1, 4, 3],
  'archetype-software-products': [0, 'n', 0, 2, 1, 2, 1, 1],
};

/** A re-vote still hidden: five of the eight have voted, nobody has seen it. */
export const HIDDEN = {
  question: 'host-projects',
  round: 2,
  values: [4, 4, null, 4, 3, null, null, 4] as TypedVote[],
};

/** The earlier workshop asked a stage 1 question this one did not, and not the stage 4 one. */
export const EARLIER_ONLY = OSPO_FRAMEWORK.questions.find(
  (q) => q.informs.kind === 'stagePractice' && q.informs.stage === 1 && !SHORT.includes(q.id),
)!.id;

export const BEFORE: Record<string, TypedVote[]> = {
  ...Object.fromEntries(
    Object.entries(NOW).map(([q, votes]) => [
      q,
      votes.map((v) => (typeof v === 'number' ? Math.max(0, v - 1) : v)) as TypedVote[],
    ]),
  ),
  'licence-process': [1, 1, 2, 1, 2, 1, 1, 2],
  [EARLIER_ONLY]: [2, 2, 2, 1, 1, 2, 2, 2],
};
delete BEFORE['technology-partner'];

const toValue = (v: TypedVote) => (v === '?' ? 'dontKnow' : v === 'n' ? 'notApplicable' : v);

function rounds(votes: Record<string, TypedVote[]>): SeedRound[] {
  return Object.entries(votes).map(([question, values]) => ({
    question,
    round: 1,
    values: values.map(toValue),
    revealed: true,
  }));
}

export const WORKSHOPS: SeedWorkshop[] = [
  {
    title: 'Q4 maturity review',
    organization: 'Acme Corp',
    date: '2026-11-20',
    targetStage: 2,
    anonymity: 'anonymous',
    questionIds: SHORT,
    participants: PEOPLE,
    rounds: [...rounds(NOW), { ...HIDDEN, values: HIDDEN.values.map(toValue), revealed: false }],
    position: HIDDEN.question,
  },
  {
    title: 'Q1 maturity review',
    organization: 'Acme Corp',
    date: '2026-03-02',
    targetStage: 2,
    anonymity: 'anonymous',
    questionIds: Object.keys(BEFORE),
    participants: PEOPLE,
    rounds: rounds(BEFORE),
  },
];

/** The questions as expectedSummary reads them, for the people selected (all by default). */
export function answered(
  votes: Record<string, TypedVote[]>,
  who: (i: number) => boolean = () => true,
): AnsweredQuestion[] {
  return Object.entries(votes).map(([id, all]) => {
    const informs = OSPO_FRAMEWORK.questions.find((q) => q.id === id)!.informs;
    return { informs: informs as AnsweredQuestion['informs'], votes: all.filter((_, i) => who(i)) };
  });
}

/** Archetypes with a statement in the question set, in framework order. */
export const ARCHETYPES_IN_PLAY = OSPO_FRAMEWORK.archetypes
  .map((a) => a.id)
  .filter((id) =>
    Object.keys(NOW).some(
      (q) =>
        OSPO_FRAMEWORK.questions.find((x) => x.id === q)?.informs.kind === 'archetype' &&
        (OSPO_FRAMEWORK.questions.find((x) => x.id === q)!.informs as { archetype: string }).archetype === id,
    ),
  );
