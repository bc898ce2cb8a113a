import { OSPO_FRAMEWORK } from './ospo';
import type { Framework } from './schema';

/** The frameworks the app ships. Imported ones are stored beside them and never replace them. */
export const BUILT_IN_FRAMEWORKS: readonly Framework[] = [OSPO_FRAMEWORK];

/**
 * The built-in framework a workshop names. Matched by id alone: the built-in framework evolves with the
 * app, and a workshop created with an earlier version of it keeps running on it.
 */
export function builtInFramework(id: string): Framework | undefined {
  return BUILT_IN_FRAMEWORKS.find((f) => f.id === id);
}
