/** Frameworks as data: the schema, its validation with located problems, and the built-in OSPO framework. */
export { frameworkSchema, questionSchema, informsSchema } from './schema';
export type {
  Archetype,
  ChecklistItem,
  Enabler,
  Framework,
  FrameworkPreset,
  FrameworkQuestion,
  FrameworkStage,
  QuestionInforms,
  ResponsibilityArea,
} from './schema';
export { validateFramework } from './validate';
export type { FrameworkValidation } from './validate';
export type { FrameworkProblem } from './problems';
export { OSPO_FRAMEWORK } from './ospo';
