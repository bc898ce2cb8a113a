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

  it('keep an error until it is dismissed, however many information notices follow', () => {
    const store = storeForTest();
    const error = store.getState().notify('error', { key: 'error.storage.quota' });
    for (const m of ['a', 'b', 'c', 'd', 'e']) store.getState().notify('info', m);
    store.getState().notify('success', 'saved');
    const shown = store.getState().notices;
    expect(shown.filter((n) => n.kind === 'error').map((n) => n.id)).toEqual([error]);
    expect(shown.filter((n) => n.kind !== 'error').map((n) => n.message)).toEqual(['d', 'e', 'saved']);
    store.getState().dismiss(error);
    expect(store.getState().notices.some((n) => n.kind === 'error')).toBe(false);
  });

  it('show each different error, and the same error once however often it happens', () => {
    const store = storeForTest();
    const first = store.getState().notify('error', { key: 'error.storage.quota' });
    const other = store.getState().notify('error', { key: 'error.storage.refused', params: { detail: 'x' } });
    expect(store.getState().notify('error', { key: 'error.storage.quota' })).toBe(first);
    expect(store.getState().notices.map((n) => n.id)).toEqual([first, other]);
  });
});
