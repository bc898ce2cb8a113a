// What the app stored, read straight from its IndexedDB database in the page (never through the app's
// code): whole object stores, in one read-only transaction.
import type { Page } from 'playwright-core';

/** Every row of each named store of the app's database, by store. */
export function readStores<S extends string>(
  page: Page,
  stores: readonly S[],
): Promise<Record<S, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('ospo-workshop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const requests = names.map((name) => [name, tx.objectStore(name).getAll()] as const);
          tx.onerror = () => reject(tx.error);
          tx.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(requests.map(([name, request]) => [name, request.result])));
          };
        };
      }),
    [...stores],
  ) as Promise<Record<S, unknown[]>>;
}
