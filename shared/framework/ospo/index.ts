import type { Framework } from '../schema';
import { ARCHETYPE_QUESTIONS } from './archetype-questions';
import { ENABLER_QUESTIONS, INVOLVEMENT_QUESTIONS } from './capacity-questions';
import {
  OSPO_ARCHETYPES,
  OSPO_AXES,
  OSPO_CHECKLIST,
  OSPO_ENABLERS,
  OSPO_RESPONSIBILITY_AREAS,
  OSPO_SCALE,
  OSPO_STAGES,
} from './model';
import { STAGE_QUESTIONS } from './stage-questions';

const questions = [
  ...STAGE_QUESTIONS,
  ...INVOLVEMENT_QUESTIONS,
  ...ENABLER_QUESTIONS,
  ...ARCHETYPE_QUESTIONS,
];

/**
 * The short workshop (12 questions, about an hour): at least one practice per stage so a stage and the
 * progress towards the next can be read, two involvement rungs for X, and one statement for each of the
 * five most common archetypes so a mix exists. Archetypes not asked are reported as not assessed.
 */
const SHORT_PRESET = [
  'licence-process',
  'oss-inventory',
  'upstream-practice',
  'host-projects',
  'technology-partner',
  'involvement-consumer',
  'involvement-contributor',
  'archetype-industry-shared-cost',
  'archetype-cross-industry-foundations',
  'archetype-oss-first-default',
  'archetype-strategy-advice',
  'archetype-software-products',
];

/** The built-in OSPO framework: data that passes the same schema as any imported framework. */
export const OSPO_FRAMEWORK: Framework = {
  id: 'ospo-maturity',
  version: '1.1.0',
  title: 'OSPO maturity (five stages)',
  description:
    'Where an open source program office stands on the five-stage maturity grid, how involved the organization is in open source, what enables it, and which archetypes describe it.',
  scale: OSPO_SCALE,
  stages: OSPO_STAGES,
  axes: OSPO_AXES,
  checklistItems: OSPO_CHECKLIST,
  archetypes: OSPO_ARCHETYPES,
  enablers: OSPO_ENABLERS,
  responsibilityAreas: OSPO_RESPONSIBILITY_AREAS,
  goals: [],
  roles: [],
  questions,
  presets: [
    {
      id: 'full',
      title: 'Full workshop',
      description: 'Every question.',
      questionIds: questions.map((q) => q.id),
    },
    {
      id: 'short',
      title: 'Short workshop',
      description: 'Twelve questions that still give a stage, a grid point and an archetype mix.',
      questionIds: SHORT_PRESET,
    },
  ],
};
