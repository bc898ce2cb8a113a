import type { OspoDatabase } from './database';
import type { FrameworkRecord } from './records';
import { StorageError, toStorageError } from './errors';
import { systemClock, type Clock } from './workshops.repo';
import { builtInFramework } from '../../shared/framework/built-in';
import { validateFramework } from '../../shared/framework/validate';
import type { Framework } from '../../shared/framework/schema';
import { canonicalJson } from '../../shared/files/canonical';

export type InstallOutcome = 'installed' | 'alreadyInstalled' | 'builtIn';

const usageKey = (id: string, version: string) => `${id}\u0000${version}`;

/**
 * Installs a framework inside the caller's transaction (over `frameworks`). The same framework again is
 * a no-op; a different one under an installed or built-in id and version is refused, never overwritten
 * or swapped: workshops run on what is stored, and a file's framework is the one its votes were cast on.
 */
export async function installFramework(
  db: OspoDatabase,
  framework: Framework,
  now: number,
): Promise<InstallOutcome> {
  const builtIn = builtInFramework(framework.id);
  const same =
    builtIn?.version === framework.version
      ? builtIn
      : (await db.frameworks.get([framework.id, framework.version]))?.framework;
  if (same) {
    if (canonicalJson(same) === canonicalJson(framework))
      return builtIn === same ? 'builtIn' : 'alreadyInstalled';
    throw new StorageError('error.framework.clash', 'conflict', {
      title: same.title,
      version: framework.version,
    });
  }
  await db.frameworks.add({ id: framework.id, version: framework.version, framework, installedAt: now });
  return 'installed';
}

/** Imported frameworks: list, install (validated), find, and remove one that no workshop uses. */
export function createFrameworksRepository(db: OspoDatabase, clock: Clock = systemClock) {
  return {
    async list(): Promise<FrameworkRecord[]> {
      const rows = await db.frameworks.toArray();
      return rows.sort(
        (a, b) => a.framework.title.localeCompare(b.framework.title) || a.version.localeCompare(b.version),
      );
    },

    /**
     * The framework a workshop runs on: the installed one with its id and version, else the built-in
     * one with its id (any version, see builtInFramework); undefined when neither exists here.
     */
    async find(id: string, version: string): Promise<Framework | undefined> {
      return (await db.frameworks.get([id, version]))?.framework ?? builtInFramework(id);
    },

    /** Validates (every problem refuses the whole framework) and installs in one transaction. */
    async install(input: unknown): Promise<{ outcome: InstallOutcome; framework: Framework }> {
      const checked = validateFramework(input);
      if (!checked.ok) {
        throw new StorageError('error.framework.invalid', 'validation', { count: checked.problems.length });
      }
      try {
        const outcome = await db.transaction('rw', db.frameworks, () =>
          installFramework(db, checked.framework, clock.now()),
        );
        return { outcome, framework: checked.framework };
      } catch (error) {
        throw toStorageError(error);
      }
    },

    /** How many workshops run on each installed framework, by `id\0version`. */
    async usage(): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      await db.workshops.each((w) => {
        const key = usageKey(w.settings.frameworkId, w.settings.frameworkVersion);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      });
      return counts;
    },

    /** Removes an installed framework; refused while a workshop runs on it (checked in the same transaction). */
    async remove(id: string, version: string): Promise<void> {
      try {
        await db.transaction('rw', db.frameworks, db.workshops, async () => {
          let used = 0;
          await db.workshops.each((w) => {
            if (w.settings.frameworkId === id && w.settings.frameworkVersion === version) used++;
          });
          if (used > 0) throw new StorageError('error.framework.inUse', 'conflict', { count: used });
          if (!(await db.frameworks.get([id, version]))) {
            throw new StorageError('error.framework.notFound', 'notFound');
          }
          await db.frameworks.delete([id, version]);
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}

export { usageKey as frameworkUsageKey };
export type FrameworksRepository = ReturnType<typeof createFrameworksRepository>;
