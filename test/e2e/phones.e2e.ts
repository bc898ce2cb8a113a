// Phone voting end to end: a facilitator's page and simulated phones (browser contexts at a phone's
// viewport) on 127.0.0.1. They join by QR link and by room code, vote on three questions, one phone drops
// and reconnects mid-vote, the facilitator reloads mid-question; every acknowledged vote is in the
// database exactly once, and no phone received anything of other people's votes before the reveal.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchApp, screenshot, waitForAppReady } from './support/browser';
import { readStores, votesFrom } from './support/database';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { PhonePage, openRoom, phoneBrowser } from './pages/phone.page';
import { seriousViolations } from './support/axe';

const NAMES = ['Ana', 'Bo', 'Cy', 'Di'] as const;
const phones = phoneBrowser();

interface StoredVote {
  questionId: string;
  participantId: string;
  round: number;
  value: number | string;
  ballotId?: string;
}

/** The votes and the journal's vote entries, read from the facilitator's IndexedDB. */
async function readDatabase(page: Page): Promise<{ votes: StoredVote[]; journaledVotes: number }> {
  const { roundVotes, journal } = await readStores(page, ['roundVotes', 'journal']);
  return {
    votes: votesFrom(roundVotes) as StoredVote[],
    journaledVotes: (journal as { action: string }[]).filter((e) => e.action === 'vote').length,
  };
}

describe('phone voting', () => {
  it('runs three questions from phones: nothing lost, nothing counted twice, nothing shown early', async () => {
    const app = await launchApp();
    const { page } = app;
    await page.setViewportSize({ width: 1366, height: 768 });
    await new HomePage(page).createWorkshop({ title: 'Phones in the room', date: '2026-03-18' });
    const setup = new SetupPage(page);
    await setup.waitFor('Phones in the room');
    await setup.pasteParticipants(NAMES.join('\n'));
    await expect.poll(() => setup.participantNames()).toHaveLength(4);
    await setup.chooseQuestionSet('short');
    await setup.startSession();
    const session = new SessionPage(page);
    await session.waitFor();

    await session.dismissNotices();
    const room = await openRoom(page);
    expect(room.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]{22,}$/);
    expect(room.code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);

    // Three phones scan the QR code, the fourth types the address and the code.
    const [ana, bo, cy] = await Promise.all(
      NAMES.slice(0, 3).map(() => PhonePage.open(phones(), room.joinUrl)),
    );
    const di = await PhonePage.open(phones(), room.typedUrl);
    const all = { Ana: ana!, Bo: bo!, Cy: cy!, Di: di };
    try {
      await di.typeCode(room.code.toLowerCase());
      for (const [name, phone] of Object.entries(all)) await phone.pick(name);
      const dialog = page.getByRole('dialog', { name: 'Vote from phones' });
      await expect.poll(() => dialog.getByText('✓ joined').count()).toBe(4);
      await dialog.getByRole('button', { name: 'Close', exact: true }).waitFor();
      await screenshot(page, 'room-join-panel-1366x768');
      expect(await seriousViolations(page)).toEqual([]);
      // Printed, the page is one personal card per participant, each with its own link.
      await page.emulateMedia({ media: 'print' });
      const cards = page.locator('.room-print-card');
      await expect.poll(() => cards.filter({ visible: true }).count()).toBe(4);
      expect(await dialog.isVisible()).toBe(false);
      const links = await cards
        .locator('svg.qr-code')
        .evaluateAll((svgs) => svgs.map((s) => s.getAttribute('data-qr-text')));
      expect(new Set(links).size).toBe(4);
      for (const link of links) expect(link).toMatch(/#s=[\w-]+&p=[\w-]+&k=[\w-]+$/);
      await screenshot(page, 'room-print-cards');
      await page.emulateMedia({ media: 'screen' });
      await dialog.getByRole('button', { name: 'Close', exact: true }).click();

      // Question 1: opened for phones; Bo changes his mind before the reveal.
      const q1 = await session.questionText();
      await page.getByRole('button', { name: 'Open for phones' }).click();
      for (const phone of Object.values(all)) await phone.waitForQuestion(q1);
      await screenshot(ana!.page, 'room-voter-question-390x844');
      const q1Votes = { Ana: 3, Bo: 1, Cy: 2, Di: 4 };
      await Promise.all(Object.entries(q1Votes).map(([name, v]) => all[name as keyof typeof all].tap(v)));
      for (const [name, v] of Object.entries(q1Votes)) await all[name as keyof typeof all].waitForRecorded(v);
      await bo!.tap(2);
      await bo!.waitForRecorded(2);
      await expect.poll(() => session.voted()).toEqual({ voted: 4, total: 4 });
      expect(await page.locator('tr.vote-row[data-via="phone"]').count()).toBe(4);
      await screenshot(ana!.page, 'room-voter-recorded-390x844');
      expect(await seriousViolations(ana!.page)).toEqual([]);

      // Before the reveal, no phone received anyone else's vote, name or the distribution.
      for (const [name, phone] of Object.entries(all)) {
        for (const body of phone.received) {
          for (const other of NAMES.filter((n) => n !== name)) expect(body).not.toContain(`"${other}"`);
          expect(body).not.toMatch(/"distribution":\{/);
        }
      }
      await session.reveal();
      await ana!.page.getByRole('heading', { name: 'Votes revealed' }).waitFor();
      await ana!.page.getByRole('heading', { name: 'How the room voted' }).waitFor();
      await screenshot(ana!.page, 'room-voter-revealed-390x844');
      expect(await seriousViolations(ana!.page)).toEqual([]);
      const received = ana!.received.length;

      // Question 2: Cy's phone drops while voting and comes back; the facilitator reloads mid-question.
      await page.keyboard.press('PageDown');
      const q2 = await session.statement.filter({ hasNotText: q1 }).textContent();
      await page.getByRole('button', { name: 'Open for phones' }).click();
      for (const phone of Object.values(all)) await phone.waitForQuestion(q2 ?? '');
      // Nothing of question 1's votes reached a phone on the way.
      expect(ana!.received.slice(received).join('')).not.toMatch(/"distribution":\{/);
      await cy!.context.setOffline(true);
      await cy!.tap(0);
      await cy!.status.getByText('Not recorded yet: trying again…').waitFor();
      await page.reload();
      await ana!.tap(4);
      await bo!.tap('dontKnow');
      await cy!.context.setOffline(false);
      await waitForAppReady(page);
      await di.tap(1);
      await ana!.waitForRecorded(4);
      await cy!.waitForRecorded(0);
      // The only thing Cy's phone complained about is the connection it lost on purpose.
      expect(cy!.guard.list().every((p) => p.text.includes('ERR_INTERNET_DISCONNECTED'))).toBe(true);
      cy!.guard.clear();
      await di.waitForRecorded(1);
      await bo!.status.getByText("Recorded: Don't know.", { exact: false }).waitFor();
      await expect.poll(() => session.voted()).toEqual({ voted: 4, total: 4 });
      await session.reveal();
      await cy!.page.getByRole('heading', { name: 'Votes revealed' }).waitFor();

      // Question 3: a late vote after the reveal is refused, and says so.
      await page.keyboard.press('PageDown');
      const q3 = await session.statement.filter({ hasNotText: q2 ?? '' }).textContent();
      await page.getByRole('button', { name: 'Open for phones' }).click();
      for (const phone of Object.values(all)) await phone.waitForQuestion(q3 ?? '');
      for (const [name, v] of [
        ['Ana', 2],
        ['Bo', 2],
        ['Cy', 3],
      ] as const) {
        await all[name].tap(v);
        await all[name].waitForRecorded(v);
      }
      await session.reveal();
      await di.page.getByRole('heading', { name: 'Votes revealed' }).waitFor();
      await expect(di.page.getByText('You did not vote in this round.').isVisible()).resolves.toBe(true);

      // The database: one row per person and question, the last acknowledged value, each from a phone.
      const db = await readDatabase(page);
      const expected = [
        ...Object.values({ Ana: 3, Bo: 2, Cy: 2, Di: 4 }),
        ...Object.values({ Ana: 4, Bo: 'dontKnow', Cy: 0, Di: 1 }),
        ...Object.values({ Ana: 2, Bo: 2, Cy: 3 }),
      ];
      expect(db.votes).toHaveLength(expected.length);
      expect(new Set(db.votes.map((v) => `${v.questionId}/${v.round}/${v.participantId}`)).size).toBe(11);
      expect(db.votes.every((v) => typeof v.ballotId === 'string')).toBe(true);
      expect(db.votes.map((v) => v.value).sort()).toEqual(expected.map((v) => v).sort());
      // Bo's change is two votes, every other ballot one: a ballot sent again is not a second undo step.
      expect(db.journaledVotes).toBe(12);
      for (const phone of Object.values(all)) phone.guard.assertClean();
    } finally {
      for (const phone of Object.values(all)) await phone.close();
    }
  });

  it('asks the facilitator before a second device takes a name, and signs the first one out', async () => {
    const app = await launchApp();
    const { page } = app;
    await new HomePage(page).createWorkshop({ title: 'Two phones', date: '2026-03-18' });
    const setup = new SetupPage(page);
    await setup.waitFor('Two phones');
    await setup.pasteParticipants('Ana\nBo');
    await expect.poll(() => setup.participantNames()).toHaveLength(2);
    await setup.startSession();
    await new SessionPage(page).waitFor();
    const room = await openRoom(page);
    const first = await PhonePage.open(phones(), room.joinUrl);
    const second = await PhonePage.open(phones(), room.joinUrl);
    try {
      await first.pick('Ana');
      await second.page.getByRole('button', { name: /^Ana\b/ }).click();
      await second.page.getByRole('heading', { name: 'Ask the facilitator to confirm' }).waitFor();
      const dialog = page.getByRole('dialog', { name: 'Vote from phones' });
      await dialog.getByRole('button', { name: 'Confirm for Ana' }).click();
      await second.page.getByRole('heading', { name: 'You are in, Ana' }).waitFor();
      await first.page.getByRole('heading', { name: 'This phone is signed out' }).waitFor();
      // Closing the room tells every phone.
      await dialog.getByRole('button', { name: 'Close the room' }).click();
      await second.page.getByRole('heading', { name: 'The room is closed' }).waitFor();
      first.guard.assertClean();
      second.guard.assertClean();
    } finally {
      await first.close();
      await second.close();
    }
  });
});
