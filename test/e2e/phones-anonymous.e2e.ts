// Phone voting in an anonymous workshop. The phone's list to pick a name from shows the real names, so each
// person can find their own (README, "Phone voting"). After the reveal, a phone shows and receives its own
// vote and the counts per answer, never another participant's name, id or vote.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchApp, screenshot } from './support/browser';
import { readStores } from './support/database';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { PhonePage, openRoom, phoneBrowser } from './pages/phone.page';

const VOTES = { Ana: 3, Bo: 1, Cy: 3 } as const;
const NAMES = Object.keys(VOTES) as (keyof typeof VOTES)[];
const browser = phoneBrowser();

/** The workshop's participants as the facilitator's database holds them: id by real name. */
async function participantIds(page: Page): Promise<Record<string, string>> {
  const { participants } = await readStores(page, ['participants']);
  return Object.fromEntries(
    (participants as { id: string; displayName: string }[]).map((p) => [p.displayName, p.id]),
  );
}

describe('phone voting in an anonymous workshop', () => {
  it('lists real names to pick from; after the reveal no phone shows or receives anyone else', async () => {
    const { page } = await launchApp();
    await new HomePage(page).createWorkshop({ title: 'Anonymous room', date: '2026-03-18' });
    const setup = new SetupPage(page);
    await setup.waitFor('Anonymous room');
    await setup.setAnonymity('Anonymous');
    await setup.pasteParticipants(NAMES.join('\n'));
    await expect.poll(() => setup.participantNames()).toHaveLength(NAMES.length);
    await setup.startSession();
    const session = new SessionPage(page);
    await session.waitFor();
    await session.dismissNotices();
    const ids = await participantIds(page);
    const room = await openRoom(page);

    const phones = await Promise.all(NAMES.map(() => PhonePage.open(browser(), room.joinUrl)));
    try {
      // The list to pick from holds the real names: each person finds their own.
      const list = phones[0]!.page.getByRole('heading', { name: 'Who are you?' });
      await list.waitFor();
      for (const name of NAMES) {
        await expect(
          phones[0]!.page.getByRole('button', { name: new RegExp(`^${name}\\b`) }).count(),
        ).resolves.toBe(1);
      }
      for (const [i, phone] of phones.entries()) await phone.pick(NAMES[i]!);
      await page
        .getByRole('dialog', { name: 'Vote from phones' })
        .getByRole('button', { name: 'Close', exact: true })
        .click();

      const question = await session.questionText();
      await page.getByRole('button', { name: 'Open for phones' }).click();
      for (const phone of phones) await phone.waitForQuestion(question);
      for (const [i, phone] of phones.entries()) await phone.tap(VOTES[NAMES[i]!]);
      for (const [i, phone] of phones.entries()) await phone.waitForRecorded(VOTES[NAMES[i]!]);
      await expect.poll(() => session.voted()).toEqual({ voted: 3, total: 3 });
      const beforeReveal = phones.map((phone) => phone.received.length);

      await session.reveal();
      for (const phone of phones) {
        await phone.page.getByRole('heading', { name: 'How the room voted' }).waitFor();
      }
      await screenshot(phones[1]!.page, 'room-voter-revealed-anonymous-390x844');

      for (const [i, phone] of phones.entries()) {
        const me = NAMES[i]!;
        const others = NAMES.filter((name) => name !== me);
        // Shown: its own vote and the counts, nobody else's name.
        const shown = await phone.page.locator('body').innerText();
        expect(shown).toContain(`Your vote: ${VOTES[me]} — `);
        for (const other of others) expect(shown).not.toContain(other);
        // Received, from joining to after the reveal: nothing names or identifies anyone else.
        expect(phone.received.length).toBeGreaterThan(beforeReveal[i]!);
        for (const body of phone.received) {
          for (const other of others) {
            expect(body).not.toContain(`"${other}"`);
            expect(body).not.toContain(ids[other]!);
          }
        }
        // What the reveal sent is the counts per answer: two 3s and a 1, not who gave which.
        const revealed = phone.received.slice(beforeReveal[i]!).map((body) => JSON.parse(body) as unknown);
        expect(revealed).toContainEqual(
          expect.objectContaining({
            phase: 'revealed',
            myVote: VOTES[me],
            distribution: { counts: [0, 1, 0, 2, 0], dontKnow: 0, notApplicable: 0 },
          }),
        );
        phone.guard.assertClean();
      }
    } finally {
      for (const phone of phones) await phone.close();
    }
  });
});
