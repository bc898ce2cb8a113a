// A full disk in the middle of a session. Chromium's storage quota for the app's origin is lowered through
// the DevTools protocol before the app starts, then another database of the origin fills what is left, so
// the next vote does not fit; lifting the quota frees the space. (Chromium reads an origin's quota again
// only after a refused write, so the quota is set first and the disk then filled, as a real one fills.)
// The browser is one the harness starts itself: the quota override applies to it.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { baseURL, createProfile, launchKillable } from './support/browser';
import { readStores, votesFrom } from './support/database';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';

const NAMES = ['Ana Lima', 'Bo Chen', 'Łucja Nowak', 'Dev Patel'];
/** Room for the workshop and a few votes; the filler takes the rest. */
const QUOTA_BYTES = 4 * 1024 * 1024;

interface Disk {
  page: Page;
  session: SessionPage;
  /** Another database of the origin takes every byte left. */
  fill(): Promise<void>;
  /** The quota is lifted: there is room again. */
  free(): Promise<void>;
}

async function sessionOnSmallDisk(title: string): Promise<Disk> {
  const app = await launchKillable(await createProfile(), { open: false });
  const origin = new URL(baseURL()).origin;
  const cdp: CDPSession = await app.context.newCDPSession(app.page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: QUOTA_BYTES });
  const { page } = app;
  await page.goto(baseURL());
  await page.locator('html[data-app-ready="true"]').waitFor({ state: 'attached' });
  await new HomePage(page).createWorkshop({ title, date: '2026-03-18' });
  const setup = new SetupPage(page);
  await setup.waitFor(title);
  await setup.pasteParticipants(NAMES.join('\n'));
  await setup.chooseQuestionSet('short');
  await setup.startSession();
  const session = new SessionPage(page);
  await session.waitFor();
  return {
    page,
    session,
    fill: async () => {
      const written = await page.evaluate(fillOrigin);
      expect(written).toBeGreaterThan(0);
    },
    free: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }).then(() => undefined),
  };
}

/** In the page: writes ever smaller rows into a database of its own until not even one byte fits. */
function fillOrigin(): Promise<number> {
  const put = (db: IDBDatabase, size: number) =>
    new Promise<boolean>((resolve) => {
      const tx = db.transaction('filler', 'readwrite');
      tx.objectStore('filler').add('x'.repeat(size));
      tx.oncomplete = () => resolve(true);
      tx.onabort = () => resolve(false);
    });
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('disk-filler', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('filler', { autoIncrement: true });
    request.onerror = () => reject(request.error);
    request.onsuccess = async () => {
      const db = request.result;
      let written = 0;
      for (const size of [256 * 1024, 16 * 1024, 1024, 64, 1]) {
        while (await put(db, size)) written += size;
      }
      db.close();
      resolve(written);
    };
  });
}

/** The votes in the database, as "participant name=value", sorted. */
async function storedVotes(page: Page): Promise<string[]> {
  const { roundVotes, participants } = await readStores(page, ['roundVotes', 'participants']);
  const votes = votesFrom(roundVotes);
  const names = new Map(
    (participants as { id: string; displayName: string }[]).map((p) => [p.id, p.displayName]),
  );
  return (votes as { participantId: string; value: unknown }[])
    .map((v) => `${names.get(v.participantId)}=${String(v.value)}`)
    .sort();
}

describe('a full disk during a session', () => {
  it('shows the vote typed as not recorded, keeps every recorded vote, and records again once space is freed', async () => {
    const { page, session, fill, free } = await sessionOnSmallDisk('Full disk');
    await session.typeVotes(['3', '1']);
    await fill();

    const row = session.row('Łucja Nowak');
    await row.focus();
    await page.keyboard.press('4');
    await row.and(page.locator('[data-refused="true"]')).waitFor();
    expect(await row.getAttribute('aria-label')).toBe('Łucja Nowak, Not recorded');
    expect(await row.locator('.vote-status').textContent()).toBe('!Not recorded');
    const alert = page.locator('.notices [role="alert"]');
    expect(await alert.textContent()).toMatch(/The disk is full.*Free some disk space, then try again/);
    expect(await session.voted()).toEqual({ voted: 2, total: 4 });
    expect(await storedVotes(page)).toEqual(['Ana Lima=3', 'Bo Chen=1']);

    await free();
    await session.vote('Łucja Nowak', '4');
    expect(await row.getAttribute('aria-label')).toBe('Łucja Nowak, Recorded');
    expect(await session.voted()).toEqual({ voted: 3, total: 4 });
    expect(await storedVotes(page)).toEqual(['Ana Lima=3', 'Bo Chen=1', 'Łucja Nowak=4']);
    // The error stays until dismissed: what happened is still there to read.
    expect(await alert.textContent()).toMatch(/The disk is full/);
  });

  it('says so inside the pass-the-device cover, where the notices are hidden, and takes the vote once space is freed', async () => {
    const { page, session, fill, free } = await sessionOnSmallDisk('Full disk, passing');
    await session.setMode('Pass the device');
    expect(await session.passVote('Ana Lima', 2)).toBe('next');
    await fill();

    await session.passStart('Bo Chen');
    await session.passChoiceButton(3).click();
    const refused = session.passDialog.getByRole('alert');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(
      /^Your vote was not recorded\. Choose again, or call the facilitator\.The disk is full, or the browser refused more storage\./,
    );
    // Still on Bo's vote card, nothing chosen: the vote can be given again.
    expect(await session.passDialog.locator('.pass-who').textContent()).toBe('Bo Chen');
    expect(await storedVotes(page)).toEqual(['Ana Lima=2']);

    await free();
    expect(await session.passChoose(3)).toBe('next');
    expect(await refused.count()).toBe(0);
    expect(await storedVotes(page)).toEqual(['Ana Lima=2', 'Bo Chen=3']);
  });
});
