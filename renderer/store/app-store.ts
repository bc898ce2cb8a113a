import { createStore, useStore, type StoreApi } from 'zustand';
import { createContext, createElement, useContext, type ReactNode } from 'react';
import { createNavigationSlice, type NavigationSlice } from './navigation.slice';
import {
  createPreferencesSlice,
  localPreferences,
  type PreferencesSlice,
  type PreferencesStorage,
} from './preferences.slice';
import { createNoticesSlice, type NoticesSlice } from './notices.slice';
import { createWorkshopsSlice, type WorkshopsSlice } from './workshops.slice';
import { createSessionSlice, type SessionSlice } from './session.slice';
import { createRoomSlice, type RoomSlice } from './room.slice';
import { createFilesSlice, type FilesSlice } from './files.slice';
import { createSetupSlice, type SetupSlice } from './setup.slice';
import { createStorageSlice, type StorageSlice } from './storage.slice';
import type { DesktopApi } from '../../shared/ipc/contract';
import type { Repositories } from '../db/repositories';
import type { MessageKey, MessageParams } from '../../shared/i18n';

export type AppState = NavigationSlice &
  PreferencesSlice &
  NoticesSlice &
  WorkshopsSlice &
  SessionSlice &
  SetupSlice &
  StorageSlice &
  RoomSlice &
  FilesSlice;

export interface StoreDeps {
  repos: Repositories;
  t(key: MessageKey, params?: MessageParams): string;
  initialHash?: string;
  preferences?: PreferencesStorage;
  /** The desktop API (the room's messages); by default the platform's. */
  platform?: DesktopApi;
}

/** A fresh store per app (and per test): no module-level state. */
export function createAppStore(deps: StoreDeps): StoreApi<AppState> {
  return createStore<AppState>()((...a) => ({
    ...createNavigationSlice(deps.initialHash ?? (typeof window !== 'undefined' ? window.location.hash : ''))(
      ...a,
    ),
    ...createPreferencesSlice(deps.preferences ?? localPreferences)(...a),
    ...createNoticesSlice(...a),
    ...createWorkshopsSlice(deps)(...a),
    ...createSessionSlice(deps)(...a),
    ...createSetupSlice(deps)(...a),
    ...createStorageSlice(deps)(...a),
    ...createRoomSlice(deps)(...a),
    ...createFilesSlice(deps)(...a),
  }));
}

const StoreContext = createContext<StoreApi<AppState> | null>(null);

export function StoreProvider({ store, children }: { store: StoreApi<AppState>; children: ReactNode }) {
  return createElement(StoreContext.Provider, { value: store }, children);
}

/** Components read the store through selectors only. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider above it.');
  return useStore(store, selector);
}
