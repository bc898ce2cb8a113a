import type { StateCreator } from 'zustand';
import type { AppState } from './app-store';

export interface Notice {
  id: number;
  kind: 'success' | 'error' | 'info';
  message: string;
}

export interface NoticesSlice {
  notices: Notice[];
  notify(kind: Notice['kind'], message: string): number;
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
