import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/store/app-store';
import type { Repositories } from '../../../../renderer/db/repositories';

/** Notices touch no repository, so an empty stand-in is enough. */
const storeForTest = () =>
  createAppStore({
    repos: {} as Repositories,
    t: (key) => key,
    initialHash: '#/',
    preferences: { load: () => ({}), save: () => {} },
  });

describe('notices', () => {
  it('number notices per store, so one store never depends on another', () => {
    const first = storeForTest().getState();
    expect([first.notify('info', 'a'), first.notify('info', 'b')]).toEqual([1, 2]);
    expect(storeForTest().getState().notify('info', 'c')).toBe(1);
  });

  it('keep the last three, and dismiss one by its id', () => {
    const store = storeForTest();
    const ids = ['a', 'b', 'c', 'd'].map((m) => store.getState().notify('success', m));
    expect(store.getState().notices.map((n) => n.message)).toEqual(['b', 'c', 'd']);
    store.getState().dismiss(ids[2]!);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['b', 'd']);
  });
});
