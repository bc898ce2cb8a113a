import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { lazyScreen } from '../../../../renderer/app/lazy-screen';
import { databaseWithWorkshop } from '../db/db-harness';
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
