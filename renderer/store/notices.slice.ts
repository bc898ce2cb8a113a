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
  notify(kind: Notice['kind'], message: Notice['message']): number;
  dismiss(id: number): void;
}

let nextNoticeId = 1;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  notify(kind, message) {
    const id = nextNoticeId++;
    // Keep the last few: a long list of toasts is noise in front of a room.
    set((s) => ({ notices: [...s.notices.slice(-2), { id, kind, message }] }));
    return id;
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
});
