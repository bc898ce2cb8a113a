import { frameworkSchema } from './schema';
import type { Framework } from './schema';
import { checkFrameworkReferences } from './references';
import { schemaProblems } from './problems';
import type { FrameworkProblem } from './problems';

export type FrameworkValidation =
  { ok: true; framework: Framework } | { ok: false; problems: FrameworkProblem[] };

/**
 * Validates an imported or built-in framework. Reports every problem (shape and references together)
 * with its path, so a bad file can be fixed in one go; returns the parsed framework only when there is none.
 */
export function validateFramework(input: unknown): FrameworkValidation {
  const parsed = frameworkSchema.safeParse(input);
  const problems: FrameworkProblem[] = parsed.success ? [] : schemaProblems(parsed.error.issues);
  problems.push(...checkFrameworkReferences(input));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return { ok: true, framework: parsed.data };
}
