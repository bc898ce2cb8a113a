import { Component, Suspense, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { lazyScreen } from '../../../../renderer/app/lazy-screen';
import { Loading, SLOW_AFTER_MS } from '../../../../renderer/app/screen-state';
import { parseRoute } from '../../../../renderer/app/routes';
import { databaseWithWorkshop, uniqueDbName } from '../db/db-harness';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { createAppStore, StoreProvider } from '../../../../renderer/store/app-store';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { createTranslator } from '../../../../shared/i18n';
import { renderApp } from '../support/render-app';

const Content = () => <p>content</p>;

describe('lazily loaded screens', () => {
  it('show the loading state until their code is in, then the screen', async () => {
    const lazy = lazyScreen(async () => ({ default: Content }));
    render(
      <Suspense fallback={<p>loading</p>}>
        <lazy.Screen />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('content')).toBeTruthy();
  });

  it('render at once, without a loading state, once preloaded', async () => {
    let loads = 0;
    const lazy = lazyScreen(async () => {
      loads += 1;
      return { default: Content };
    });
    await lazy.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <lazy.Screen />
      </Suspense>,
    );
    expect(screen.queryByText('loading')).toBeNull();
    expect(screen.getByText('content')).toBeTruthy();
    expect(loads).toBe(1);
  });
});

describe('a screen whose code fails to load', () => {
  it('says so, and loads again on "Try again" without reloading the app', async () => {
    let loads = 0;
    const lazy = lazyScreen(async () => {
      loads += 1;
      if (loads === 1) throw new Error('Failed to fetch dynamically imported module');
      return { default: Content };
    });
    render(
      <Suspense fallback={<p>loading</p>}>
        <lazy.Screen />
      </Suspense>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/This screen did not load.*Failed to fetch.*Your workshops are safe/);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('content')).toBeTruthy();
    expect(loads).toBe(2);
  });

  it('leaves any other failure of the screen to the app’s crash boundary', async () => {
    const Broken = () => {
      throw new Error('broken screen');
    };
    const lazy = lazyScreen(async () => ({ default: Broken }));
    const caught: unknown[] = [];
    class Outer extends Component<{ children: ReactNode }, { failed: boolean }> {
      override state = { failed: false };
      static getDerivedStateFromError() {
        return { failed: true };
      }
      override componentDidCatch(error: unknown) {
        caught.push(error);
      }
      override render() {
        return this.state.failed ? <p>crash boundary</p> : this.props.children;
      }
    }
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Outer>
        <Suspense fallback={<p>loading</p>}>
          <lazy.Screen />
        </Suspense>
      </Outer>,
    );
    expect(await screen.findByText('crash boundary')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(String(caught[0])).toMatch(/broken screen/);
    quiet.mockRestore();
  });
});

describe('addresses', () => {
  it('a malformed address shows "not found", not that the workshops could not be opened', async () => {
    expect(parseRoute('#/workshops/%E0%A4%A/session')).toEqual({
      name: 'notFound',
      path: '/workshops/%E0%A4%A/session',
    });
    await renderApp('#/workshops/%E0%A4%A');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page does not exist' })).toBeTruthy();
  });
});

describe('the app-ready signal', () => {
  it('is set only once the route’s screen shows its content', async () => {
    const {
      name: dbName,
      db,
      w: workshop,
    } = await databaseWithWorkshop('ready', { title: 'Spring review', date: '2026-03-18' });
    db.close();

    // What the page shows at the moment the signal turns "true".
    const seen: (string | null)[] = [];
    const root = document.documentElement;
    delete root.dataset.appReady;
    const observer = new MutationObserver(() => {
      if (root.dataset.appReady === 'true') seen.push(document.querySelector('h1')?.textContent ?? null);
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-app-ready'] });
    try {
      await renderApp(`#/workshops/${workshop.id}`, dbName);
      await waitFor(() => expect(root.dataset.appReady).toBe('true'));
      expect(seen[0]).toBe('Spring review');
    } finally {
      observer.disconnect();
    }
  });
});

describe('a screen whose data is slow to come', () => {
  it('is never a blank window: it says it is opening, then after a while that votes are safe and to reload', () => {
    const db = new OspoDatabase(uniqueDbName('slow'));
    const store = createAppStore({
      repos: createRepositories(db, { defaults: defaultWorkshopSettings }),
      t: createTranslator('en').t,
      preferences: { load: () => ({}), save: () => {} },
    });
    vi.useFakeTimers();
    try {
      render(
        <StoreProvider store={store}>
          <Loading what="session" />
        </StoreProvider>,
      );
      const main = screen.getByRole('main');
      expect(main.getAttribute('aria-busy')).toBe('true');
      expect(screen.getByRole('status').textContent).toBe('Opening the session…');
      expect(screen.queryByRole('alert')).toBeNull();
      act(() => vi.advanceTimersByTime(SLOW_AFTER_MS - 1));
      expect(screen.queryByRole('alert')).toBeNull();
      act(() => vi.advanceTimersByTime(1));
      expect(screen.getByRole('alert').textContent).toMatch(
        /taking longer than it should\. Every recorded vote is safe in the local database; reloading usually helps\./,
      );
      expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
      db.close();
    }
  });
});
