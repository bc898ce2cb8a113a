// Another window holding the database: a blocked open says so quickly; a newer version elsewhere closes this one.
import { describe, expect, it } from 'vitest';
import { openDatabase, whenSuperseded } from '../../../../renderer/db/database';
import { StorageError } from '../../../../renderer/db/errors';
import { uniqueDbName } from './db-harness';

/** A raw connection, as an older version of the app (or another page) would hold it. */
function rawOpen(name: string, version: number, onVersionChange?: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => {
      request.result.onversionchange = onVersionChange ?? null;
      resolve(request.result);
    };
    request.onerror = () => reject(request.error);
  });
}

describe('opening the database', () => {
  it('gives up with a clear refusal when another window blocks the upgrade, instead of waiting forever', async () => {
    const name = uniqueDbName('blocked');
    // An old connection that never lets go when asked to.
    const old = await rawOpen(name, 1, () => undefined);
    const started = Date.now();
    const refusal = await openDatabase(name, { blockedAfterMs: 200 }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(StorageError);
    expect((refusal as StorageError).key).toBe('error.storage.blocked');
    expect(Date.now() - started).toBeLessThan(5_000);
    old.close();
  });

  it('lets go when a newer version opens the database elsewhere, and says so', async () => {
    const name = uniqueDbName('superseded');
    const db = await openDatabase(name);
    let superseded = 0;
    whenSuperseded(db, () => (superseded += 1));
    // The newer version's open succeeds because this connection closed for it.
    const newer = await rawOpen(name, db.verno * 10 + 10);
    expect(superseded).toBe(1);
    expect(db.isOpen()).toBe(false);
    // It stays closed: nothing is written with the old schema behind the newer version's back.
    await expect(db.workshops.count()).rejects.toThrow();
    newer.close();
  });
});
