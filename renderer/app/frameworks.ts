// The OSPO data and the schema's types only: the schema's validators (and zod) stay off the first screen.
import { BUILT_IN_FRAMEWORKS, builtInFramework } from '../../shared/framework/built-in';
import { OSPO_FRAMEWORK } from '../../shared/framework/ospo';
import type { Framework } from '../../shared/framework/schema';

/**
 * The built-in frameworks. A workshop may run on an imported one too: screens find a workshop's
 * framework with useFramework(id, version) and list every one with useFrameworks() (renderer/db/hooks).
 */
export function listFrameworks(): readonly Framework[] {
  return BUILT_IN_FRAMEWORKS;
}

/** The built-in framework with this id (see useFramework for imported ones). */
export function findFramework(id: string): Framework | undefined {
  return builtInFramework(id);
}

export const DEFAULT_FRAMEWORK = OSPO_FRAMEWORK;

/** A framework as one value of a list of choices: its id and version together. */
export function frameworkChoice(framework: Pick<Framework, 'id' | 'version'>): string {
  return JSON.stringify([framework.id, framework.version]);
}

/** The framework of `list` a choice names; the installed id and version first, else the built-in id. */
export function frameworkOfChoice(list: readonly Framework[], choice: string): Framework | undefined {
  const [id, version] = JSON.parse(choice) as [string, string];
  return list.find((f) => f.id === id && f.version === version) ?? list.find((f) => f.id === id);
}
