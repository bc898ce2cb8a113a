/**
 * How much room the app's data takes on this computer, and whether the browser keeps it when the disk
 * runs low. In Chromium (and Electron) an origin's storage is "best effort" until it is made persistent:
 * under storage pressure it may be cleared whole, workshops included. Asking for persistence is the
 * only protection a page has.
 */
export interface StorageHealth {
  /** Bytes the app's origin uses (every table, indexes included); null when the browser does not say. */
  usage: number | null;
  /** Bytes the origin may use in all; null when the browser does not say. */
  quota: number | null;
  /** True once the storage is persistent; null when the browser cannot tell. */
  persisted: boolean | null;
}

type Manager = Pick<StorageManager, 'estimate' | 'persist' | 'persisted'>;

export function createStorageHealth(manager: Manager | undefined = globalThis.navigator?.storage) {
  return {
    async read(): Promise<StorageHealth> {
      if (!manager) return { usage: null, quota: null, persisted: null };
      const [estimate, persisted] = await Promise.all([
        manager.estimate().catch(() => null),
        manager.persisted().catch(() => null),
      ]);
      return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
    },
    /** Asks for persistent storage; true when granted, false when refused, null when it cannot be asked. */
    async protect(): Promise<boolean | null> {
      if (!manager) return null;
      return manager.persist().catch(() => null);
    },
  };
}

export type StorageHealthSource = ReturnType<typeof createStorageHealth>;
