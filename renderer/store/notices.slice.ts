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

/** How many confirmations and information notices show at once; errors are never counted out. */
const MAX_OTHERS = 3;

function sameMessage(notice: Notice, message: Notice['message']): boolean {
  return JSON.stringify(notice.message) === JSON.stringify(message);
}

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set, get) => ({
  notices: [],
  nextNoticeId: 1,
  notify(kind, message) {
    const { notices, nextNoticeId: id } = get();
    // An error stays until dismissed: the same error again (a full disk refusing vote after vote) is
    // the one already showing, not a pile of copies.
    const same = kind === 'error' && notices.find((n) => n.kind === 'error' && sameMessage(n, message));
    if (same) return same.id;
    // Of the confirmations and information, only the last few are kept (a long list of toasts is noise
    // in front of a room), and they never push an error out.
    const kept = [...notices, { id, kind, message }];
    const others = kept.filter((n) => n.kind !== 'error');
    const dropped = new Set(others.slice(0, -MAX_OTHERS).map((n) => n.id));
    set({ nextNoticeId: id + 1, notices: kept.filter((n) => !dropped.has(n.id)) });
    return id;
  },
  dismiss(id) {
    set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
  },
});
