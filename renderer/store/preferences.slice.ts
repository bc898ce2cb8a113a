import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import { resolveLocale } from '../../shared/i18n';

export type Theme = 'light' | 'dark';

export interface PreferencesSlice {
  /** The locale in force: the facilitator's choice, else the system's. Dates and numbers follow it. */
  locale: string;
  /** What the facilitator chose in "Language and formats"; null follows the system. */
  localeChoice: string | null;
  theme: Theme;
  setTheme(theme: Theme): void;
  setLocale(locale: string | null): void;
}

export interface SavedPreferences {
  /** Absent: follow the system's language. */
  locale?: string;
  theme?: Theme;
}

export interface PreferencesStorage {
  load(): SavedPreferences;
  save(prefs: SavedPreferences): void;
}

/** Preferences are per computer, not per workshop: localStorage is enough and survives restarts. */
export const localPreferences: PreferencesStorage = {
  load() {
    try {
      return JSON.parse(localStorage.getItem('ospo.preferences') ?? '{}') as SavedPreferences;
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

/** The system's language as the page reports it (Electron: the OS locale), if any. */
export function systemLocale(): string {
  return resolveLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}

/** The locale in force for saved preferences: the saved choice when it is a valid tag, else the system's. */
export function effectiveLocale(saved: SavedPreferences): string {
  return saved.locale ? resolveLocale(saved.locale) : systemLocale();
}

export const createPreferencesSlice =
  (storage: PreferencesStorage): StateCreator<AppState, [], [], PreferencesSlice> =>
  (set, get) => {
    const saved = storage.load();
    const choice = typeof saved.locale === 'string' ? resolveLocale(saved.locale) : null;
    const persist = (prefs: { localeChoice: string | null; theme: Theme }) =>
      storage.save({ theme: prefs.theme, ...(prefs.localeChoice ? { locale: prefs.localeChoice } : {}) });
    return {
      locale: choice ?? systemLocale(),
      localeChoice: choice,
      theme: saved.theme === 'dark' ? 'dark' : 'light',
      setTheme(theme) {
        set({ theme });
        persist({ localeChoice: get().localeChoice, theme });
      },
      setLocale(requested) {
        const localeChoice = requested === null ? null : resolveLocale(requested);
        set({ localeChoice, locale: localeChoice ?? systemLocale() });
        persist({ localeChoice, theme: get().theme });
      },
    };
  };
