import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type { StorageHealth } from '../db/storage-health';

export interface StorageSlice {
  /** Null until first read. */
  storageHealth: StorageHealth | null;
  /** Whether the app has asked for persistent storage in this run (it asks once, at start). */
  persistenceAsked: boolean;
  refreshStorage(): Promise<void>;
  /** Asks the browser to keep the data when the disk runs low, then reads the storage again. */
  protectStorage(): Promise<void>;
  /** True once a newer version of the app took the database over in another window: nothing saves here. */
  databaseSuperseded: boolean;
  setDatabaseSuperseded(): void;
}

export const createStorageSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], StorageSlice> =>
  (set) => {
    const refresh = async () => set({ storageHealth: await deps.repos.storage.read() });
    return {
      storageHealth: null,
      persistenceAsked: false,
      databaseSuperseded: false,
      setDatabaseSuperseded: () => set({ databaseSuperseded: true }),
      refreshStorage: refresh,
      async protectStorage() {
        await deps.repos.storage.protect();
        set({ persistenceAsked: true });
        await refresh();
      },
    };
  };
