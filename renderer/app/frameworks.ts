import { OSPO_FRAMEWORK, type Framework } from '../../shared/framework';

/** Frameworks this app can run. Imported frameworks will join the built-in one here. */
const BUILT_IN: readonly Framework[] = [OSPO_FRAMEWORK];

export function listFrameworks(): readonly Framework[] {
  return BUILT_IN;
}

export function findFramework(id: string): Framework | undefined {
  return BUILT_IN.find((f) => f.id === id);
}

export const DEFAULT_FRAMEWORK = OSPO_FRAMEWORK;
