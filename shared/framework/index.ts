/** Frameworks as data: the schema, its validation with located problems, and the built-in OSPO framework. */
export { frameworkSchema, questionSchema, informsSchema } from './schema';
export type {
  Archetype,
  ChecklistItem,
  Enabler,
  Framework,
  FrameworkPreset,
  FrameworkQuestion,
  FrameworkInput,
  FrameworkRole,
  FrameworkStage,
  Goal,
  QuestionInforms,
  ResponsibilityArea,
} from './schema';
export { validateFramework } from './validate';
export type { FrameworkValidation } from './validate';
export type { FrameworkProblem, ProblemCode, SchemaIssue } from './problems';
export { PROBLEM_CODES, formatPath, problemCodeOf, schemaProblems } from './problems';
export { OSPO_FRAMEWORK } from './ospo';
export { BUILT_IN_FRAMEWORKS, builtInFramework } from './built-in';
