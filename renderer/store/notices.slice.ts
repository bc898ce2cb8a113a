import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';
import type { Message } from '../../shared/i18n';

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  /** Text already in words, or a message translated where it is shown (errors from repositories). */
  message: string | Message;
}

export interface NoticesSlice {
  notices: Notice[];
  /** The id the next notice gets: kept in the store, so every store (and test) counts on its own. */
  nextNoticeId: number;
  notify(kind: Notice['kind'], message: Notice['message']): number;
  dismiss(id: number): void;
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  nextNoticeId: 1,
  notify(kind, message) {
    const id = get().nextNoticeId;
    // Keep the last few: a long list of toasts is noise in front of a room.
    set((s) => ({
      nextNoticeId: id + 1,
      notices: [...s.notices.slice(-2), { id, kind, message }],
    }));
    return id;
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
});
