import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export type Theme = 'light' | 'dark';

export interface PreferencesSlice {
  locale: string;
  theme: Theme;
  setTheme(theme: Theme): void;
  setLocale(locale: string): void;
}

export interface PreferencesStorage {
  load(): Partial<Pick<PreferencesSlice, 'locale' | 'theme'>>;
  save(prefs: Pick<PreferencesSlice, 'locale' | 'theme'>): void;
}

/** Preferences are per computer, not per workshop: localStorage is enough and survives restarts. */
export const localPreferences: PreferencesStorage = {
  load() {
    try {
      return JSON.parse(localStorage.getItem('ospo.preferences') ?? '{}') as Partial<PreferencesSlice>;
    } catch {
      return {};
    }
  },
  save(prefs) {
    try {
      localStorage.setItem('ospo.preferences', JSON.stringify(prefs));
    } catch {
      // A full or disabled storage only loses the preference, never data.
    }
  },
};

export const createPreferencesSlice =
  (storage: PreferencesStorage): StateCreator<AppState, [], [], PreferencesSlice> =>
  (set, get) => {
    const saved = storage.load();
    return {
      locale: saved.locale ?? 'en',
      theme: saved.theme === 'dark' ? 'dark' : 'light',
      setTheme(theme) {
        set({ theme });
        storage.save({ locale: get().locale, theme });
      },
      setLocale(locale) {
        set({ locale });
        storage.save({ locale, theme: get().theme });
      },
    };
  };
