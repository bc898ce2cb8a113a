// The database in the rooms it meets: another tab writing to the same workshop, a newer version taking the
// database over, an older window blocking the open, and a screen whose code failed to load.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { baseURL, launchApp, waitForAppReady } from './support/browser';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';

/** A workshop of three people, its session open on `page`; returns the session's address. */
async function openSession(page: Page, title: string): Promise<string> {
  await new HomePage(page).createWorkshop({ title, date: '2026-03-18' });
  const setup = new SetupPage(page);
  await setup.waitFor(title);
  await setup.pasteParticipants('Ana Lima\nBo Chen\nŁucja Nowak');
  await setup.chooseQuestionSet('short');
  await setup.startSession();
  await new SessionPage(page).waitFor();
  return page.url();
}

/** Opens a raw connection in the page, as another program or an older version would hold it. */
function holdDatabase(page: Page, version: number, letGo: boolean): Promise<void> {
  return page.evaluate(
    ([version, letGo]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('ospo-workshop', version);
        request.onsuccess = () => {
          const db = request.result;
          // An older window that never lets go when asked to keeps it open regardless.
          db.onversionchange = () => (letGo ? db.close() : undefined);
          (window as unknown as { held: IDBDatabase }).held = db;
          resolve();
        };
        request.onerror = () => reject(request.error);
      }),
    [version, letGo] as const,
  );
}

describe('two tabs and other windows', () => {
  it('keeps two tabs of the same workshop consistent: a vote typed in one shows in the other', async () => {
    const app = await launchApp();
    const url = await openSession(app.page, 'Two tabs');
    const other = await app.context.newPage();
    await other.goto(url);
    await waitForAppReady(other);
    const first = new SessionPage(app.page);
    const second = new SessionPage(other);
    await second.waitFor();

    await first.vote('Ana Lima', '3');
    await second.waitForRow('Ana Lima', 'recorded');
    await second.vote('Bo Chen', '1');
    await first.waitForRow('Bo Chen', 'recorded');
    expect(await first.voted()).toEqual({ voted: 2, total: 3 });
    expect(await second.voted()).toEqual({ voted: 2, total: 3 });
  });

  it('says to reload when a newer version opens the database in another tab, and keeps every vote', async () => {
    const app = await launchApp();
    await openSession(app.page, 'Upgrade elsewhere');
    const session = new SessionPage(app.page);
    await session.typeVotes(['2', '4']);
    // Another tab of the same origin opens the database with a higher version, as a newer app would.
    const newer = await app.context.newPage();
    await newer.goto(new URL('favicon.svg', baseURL()).href);
    await holdDatabase(newer, 1000, true);
    await app.page.getByTestId('database-superseded').waitFor({ timeout: 10_000 });
    expect(await app.page.getByTestId('database-superseded').textContent()).toMatch(
      /A newer version of the app opened your workshops.*Every vote recorded so far is kept/,
    );
    // The newer version sees both votes: nothing recorded here was lost.
    const votes = await newer.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const db = (window as unknown as { held: IDBDatabase }).held;
          const rows = db.transaction('roundVotes').objectStore('roundVotes').getAll();
          rows.onsuccess = () =>
            resolve((rows.result as { votes: unknown[] }[]).reduce((n, r) => n + r.votes.length, 0));
        }),
    );
    expect(votes).toBe(2);
  });

  it('says the workshops could not be opened when another window blocks the upgrade, within seconds', async () => {
    const app = await launchApp({ open: false });
    // A window of an older version holds the database at its version, and does not let go.
    await app.page.goto(new URL('favicon.svg', baseURL()).href);
    await holdDatabase(app.page, 1, false);
    const blocked = await app.context.newPage();
    const started = Date.now();
    await blocked.goto(baseURL());
    await blocked.locator('html[data-app-ready="error"]').waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const alert = blocked.getByRole('alert');
    expect(await alert.getByRole('heading').textContent()).toBe('Your workshops could not be opened');
    expect(await alert.textContent()).toMatch(/Another window of the app has your workshops open/);
  });
});

describe('a screen whose code does not load', () => {
  it('says so and loads it on "Try again", without reloading the app', async () => {
    const app = await launchApp({ open: false });
    let failing = true;
    // The session screen's script is refused until the test lets it through (a file lost in an update).
    await app.context.route(/SessionScreen-[^/]*\.js$/, (route) =>
      failing ? route.abort('failed') : route.fallback(),
    );
    await app.goto('#/');
    await new HomePage(app.page).createWorkshop({ title: 'Lost chunk', date: '2026-03-18' });
    const setup = new SetupPage(app.page);
    await setup.waitFor('Lost chunk');
    await setup.startSession();
    const alert = app.page.getByRole('alert');
    await alert.getByRole('heading', { name: 'This screen did not load' }).waitFor();
    // The failed script load is reported in the console by the browser: provoked here on purpose.
    app.guard.clear('console');
    failing = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await new SessionPage(app.page).waitFor();
  });
});
