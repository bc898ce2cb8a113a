// Timers and continuations a component starts end with it: nothing fires into a screen that is gone.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRef } from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useOwnedWork, type OwnedWork } from '../../../../renderer/ui/use-owned-work';
import { Notices } from '../../../../renderer/ui/Notices';
import { VoteGrid } from '../../../../renderer/features/session/VoteGrid';
import { createAppStore, StoreProvider } from '../../../../renderer/store/app-store';
import type { Repositories } from '../../../../renderer/db/repositories';
import type { ParticipantRecord } from '../../../../renderer/db/records';
import { createTranslator } from '../../../../shared/i18n';
import { OSPO_SCALE } from '../../../../shared/framework/ospo/model';

/** Notices and the grid touch no repository here, so an empty stand-in is enough. */
const storeForTest = () =>
  createAppStore({
    repos: {} as Repositories,
    t: createTranslator('en').t,
    initialHash: '#/',
    preferences: { load: () => ({}), save: () => {} },
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useOwnedWork', () => {
  let owned: OwnedWork | undefined;
  function Owner() {
    owned = useOwnedWork();
    return null;
  }

  it('clears the timeouts a component scheduled when it unmounts, and schedules none after', () => {
    const view = render(<Owner />);
    const fired = vi.fn();
    owned!.later(fired, 1000);
    owned!.later(fired, 2000);
    expect(vi.getTimerCount()).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(fired).toHaveBeenCalledTimes(1);

    view.unmount();
    expect(owned!.alive()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    owned!.later(fired, 10);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(fired).toHaveBeenCalledTimes(1);
  });
});

describe('notices', () => {
  it('a confirmation fades after 5 s on its own timer; an error stays; unmounting leaves no timer', () => {
    const store = storeForTest();
    const view = render(
      <StoreProvider store={store}>
        <Notices />
      </StoreProvider>,
    );
    act(() => void store.getState().notify('success', 'Saved.'));
    act(() => void store.getState().notify('error', 'The disk is full.'));
    act(() => vi.advanceTimersByTime(3000));
    // A newer confirmation does not keep the older one up.
    act(() => void store.getState().notify('success', 'Renamed.'));
    act(() => vi.advanceTimersByTime(2000));
    expect(screen.queryByText('Saved.')).toBeNull();
    expect(screen.getByText('Renamed.')).toBeTruthy();
    act(() => vi.advanceTimersByTime(60_000));
    expect(screen.queryByText('Renamed.')).toBeNull();
    expect(screen.getByText('The disk is full.')).toBeTruthy();

    act(() => void store.getState().notify('success', 'Added.'));
    expect(vi.getTimerCount()).toBe(1);
    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('vote grid', () => {
  it('a vote committing after the grid is gone schedules nothing', async () => {
    const people: ParticipantRecord[] = [
      { id: 'p1', workshopId: 'w', displayName: 'Ana', alias: 'P01', teamId: null, role: null, order: 0 },
    ];
    let commit: (ok: boolean) => void = () => undefined;
    const view = render(
      <StoreProvider store={storeForTest()}>
        <VoteGrid
          scope="q1/1"
          participants={people}
          teams={[]}
          state={{ round: 1, revealed: false, votes: new Map() }}
          ready
          showValues={false}
          scale={OSPO_SCALE}
          focusRequest={null}
          handle={createRef()}
          onVote={() => new Promise<boolean>((resolve) => (commit = resolve))}
          onClear={async () => false}
          onRevealRequest={() => undefined}
          onLocked={() => undefined}
        />
      </StoreProvider>,
    );
    fireEvent.keyDown(screen.getByRole('row', { name: /^Ana, / }), { key: '3' });
    expect(screen.getByRole('row', { name: 'Ana, Saving…' })).toBeTruthy();
    view.unmount();
    const timers = vi.getTimerCount();
    await act(async () => commit(true));
    expect(vi.getTimerCount()).toBe(timers);
  });
});
