// The OSPO data and the schema's types only: the schema's validators (and zod) stay off the first screen.
import { OSPO_FRAMEWORK } from '../../shared/framework/ospo';
import type { Framework } from '../../shared/framework/schema';

/** Frameworks this app can run. Imported frameworks will join the built-in one here. */
const BUILT_IN: readonly Framework[] = [OSPO_FRAMEWORK];

export function listFrameworks(): readonly Framework[] {
  return BUILT_IN;
}

export function findFramework(id: string): Framework | undefined {
  return BUILT_IN.find((f) => f.id === id);
}

export const DEFAULT_FRAMEWORK = OSPO_FRAMEWORK;
