import Dexie from 'dexie';
import { storesAt } from '../../../../renderer/db/schema';

let counter = 0;
/** A database name no other test uses (fake-indexeddb is shared by the whole test file). */
export function uniqueDbName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates a database exactly as an older release left it: only the versions up to `version`,
 * with `rows` written through that schema. Then the test opens it with the current code.
 */
export async function seedAtVersion(
  name: string,
  version: number,
  rows: Record<string, Record<string, unknown>[]>,
): Promise<void> {
  const old = new Dexie(name);
  old.version(version).stores(storesAt(version));
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
}
