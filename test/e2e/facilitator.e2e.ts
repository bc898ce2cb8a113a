// The facilitator's flow by keyboard alone: after every action (arriving, moving on, a new round, a
// decision saved or cancelled, undo, closing each dialog or the pass-the-device cover) seven digits
// record seven votes for seven people, in order, in the database. Pass the device works by keys too.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, screenshot } from './support/browser';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { smallResultLabels } from './support/legibility';

const SEVEN = [
  'Ana Lima',
  'Bo Chen',
  'Łucja Nowak',
  'Dev Patel',
  'Eun-ji Park',
  'Farid Haddad',
  'Grace Okafor',
];

async function sessionWith(names: readonly string[], title: string) {
  const app = await launchApp();
  const { page } = app;
  await new HomePage(page).createWorkshop({ title, date: '2026-03-18' });
  const setup = new SetupPage(page);
  await setup.waitFor(title);
  await setup.pasteParticipants(names.join('\n'));
  await expect.poll(() => setup.participantNames()).toHaveLength(names.length);
  await setup.chooseQuestionSet('short');
  await setup.startSession();
  const session = new SessionPage(page);
  await session.waitFor();
  await session.dismissNotices();
  return { app, page, session };
}

type Stored = string | number;

/**
 * The votes in IndexedDB for question `n` (1-based, in the session's order) and a round, by name: what
 * the app actually stored, read straight from the database.
 */
async function storedVotes(page: Page, n: number, round: number): Promise<Record<string, Stored>> {
  return page.evaluate(
    async ({ n, round }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('ospo-workshop');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
          request.onerror = () => reject(request.error);
        });
      const [workshop] = await all<{ settings: { questionIds: string[] } }>('workshops');
      const people = await all<{ id: string; displayName: string }>('participants');
      // One row per round, its votes in a list (renderer/db/vote-store.ts).
      const rounds = await all<{
        questionId: string;
        round: number;
        votes: { participantId: string; value: Stored }[];
      }>('roundVotes');
      const votes = rounds.flatMap((r) =>
        r.votes.map((v) => ({ ...v, questionId: r.questionId, round: r.round })),
      );
      db.close();
      const questionId = workshop!.settings.questionIds[n - 1];
      const name = new Map(people.map((p) => [p.id, p.displayName]));
      return Object.fromEntries(
        votes
          .filter((v) => v.questionId === questionId && v.round === round)
          .map((v) => [name.get(v.participantId) ?? v.participantId, v.value]),
      );
    },
    { n, round },
  );
}

/** Presses one key per person and waits until the grid shows every one of them recorded. */
async function typeSeven(session: SessionPage, keys: string): Promise<void> {
  for (const key of keys) await session.page.keyboard.press(key);
  await expect.poll(() => session.voted(), { timeout: 10_000 }).toEqual({ voted: 7, total: 7 });
}

/** The votes the keys stand for, by name, in the order of the grid. */
const expected = (keys: string): Record<string, Stored> =>
  Object.fromEntries(
    [...keys].map((key, i) => [
      SEVEN[i]!,
      key === '?' ? 'dontKnow' : key === 'n' ? 'notApplicable' : Number(key),
    ]),
  );

describe('the facilitator by keyboard', () => {
  it('sends every digit to the person it is meant for, after every action', async () => {
    const { page, session } = await sessionWith(SEVEN, 'Keys only');

    // Session start: focus is on the first person, so typing starts at once.
    await typeSeven(session, '0123401');
    expect(await storedVotes(page, 1, 1)).toEqual(expected('0123401'));

    // Enter reveals (everyone voted); PageDown moves on and the digits go to the new question's people.
    await page.keyboard.press('Enter');
    await session.waitForRevealed();
    await page.keyboard.press('PageDown');
    await typeSeven(session, '4321043');
    expect(await storedVotes(page, 2, 1)).toEqual(expected('4321043'));
    expect(await storedVotes(page, 1, 1)).toEqual(expected('0123401'));

    // Shift+Enter starts round 2 after the reveal; round 2 starts from the first person again.
    await page.keyboard.press('Enter');
    await session.waitForRevealed();
    await page.keyboard.press('Shift+Enter');
    await session.round.filter({ hasText: /^Round 2$/ }).waitFor();
    await typeSeven(session, '2222333');
    expect(await storedVotes(page, 2, 2)).toEqual(expected('2222333'));
    expect(await storedVotes(page, 2, 1)).toEqual(expected('4321043'));

    // A decision by keys (D, the value, Tab, a rationale, Ctrl+Enter), then on to the next question.
    await page.keyboard.press('Enter');
    await session.waitForRevealed();
    await page.keyboard.press('d');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await session.agreedValue.getAttribute('id'),
    );
    await page.keyboard.press('ArrowDown'); // "None" → 0
    await page.keyboard.press('Tab');
    await page.keyboard.type('The room agreed after the second round.');
    await page.keyboard.press('Control+Enter');
    await session.decisionSaved.filter({ hasText: /^Saved / }).waitFor();
    await page.keyboard.press('PageDown');
    await typeSeven(session, '1111000');
    expect(await storedVotes(page, 3, 1)).toEqual(expected('1111000'));

    // Undo, seven times: each vote goes, the last one undone (the first person's) has the focus, and
    // seven digits record the round again in order.
    for (let i = 0; i < 7; i++) await page.keyboard.press('Control+z');
    await expect.poll(() => session.voted(), { timeout: 10_000 }).toEqual({ voted: 0, total: 7 });
    await typeSeven(session, '3303303');
    expect(await storedVotes(page, 3, 1)).toEqual(expected('3303303'));

    // "Go to question" opened and closed with Escape: the digits still reach the grid.
    await page.keyboard.press('PageDown');
    await page.getByText('Question 4 of 12', { exact: false }).waitFor();
    await page.keyboard.press('g');
    const jump = page.getByRole('dialog', { name: 'Go to question' });
    await jump.waitFor();
    await page.keyboard.press('Escape');
    await jump.waitFor({ state: 'detached' });
    await typeSeven(session, '4444444');
    expect(await storedVotes(page, 4, 1)).toEqual(expected('4444444'));

    // "Go to question" by the number 6, Enter: the digits go to question 6.
    await page.keyboard.press('g');
    await jump.waitFor();
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');
    await jump.waitFor({ state: 'detached' });
    await page.getByText('Question 6 of 12', { exact: false }).waitFor();
    await typeSeven(session, '?n?n?n?');
    expect(await storedVotes(page, 6, 1)).toEqual(expected('?n?n?n?'));
    expect(await storedVotes(page, 5, 1)).toEqual({});

    // The pass-the-device cover, opened and left by keys: the grid has the keys again.
    await page.keyboard.press('PageUp');
    await page.getByText('Question 5 of 12', { exact: false }).waitFor();
    await session.modeButton('Pass the device').focus();
    await page.keyboard.press('Enter');
    await session.passDialog.waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('alertdialog', { name: 'Return to the facilitator screen?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await session.passDialog.waitFor({ state: 'detached' });
    await session.grid.waitFor();
    await typeSeven(session, '0000111');
    expect(await storedVotes(page, 5, 1)).toEqual(expected('0000111'));

    // The decision opened before the votes and cancelled with Escape: the digits go to the grid, not to
    // the form's value list, and no decision is stored.
    await page.keyboard.press('PageDown');
    await page.getByText('Question 6 of 12', { exact: false }).waitFor();
    await page.keyboard.press('PageDown');
    await page.getByText('Question 7 of 12', { exact: false }).waitFor();
    await page.keyboard.press('d');
    await session.agreedValue.waitFor();
    await page.keyboard.press('Escape');
    await session.agreedValue.waitFor({ state: 'detached' });
    await typeSeven(session, '1234012');
    expect(await storedVotes(page, 7, 1)).toEqual(expected('1234012'));
    expect(await session.decisionSaved.count()).toBe(0);

    // The join panel for phones, opened with P straight after PageDown and closed with Escape: P is not
    // taken as a vote, and the keys are the grid's again.
    await page.keyboard.press('PageDown');
    await page.getByText('Question 8 of 12', { exact: false }).waitFor();
    await page.keyboard.press('p');
    const room = page.getByRole('dialog', { name: 'Vote from phones' });
    await room.waitFor();
    await page.keyboard.press('Escape');
    await room.waitFor({ state: 'detached' });
    await typeSeven(session, '4321043');
    expect(await storedVotes(page, 8, 1)).toEqual(expected('4321043'));
  });

  it('passes the device by keys: three people choose with digits, ? and n', async () => {
    const three = SEVEN.slice(0, 3);
    const { page, session } = await sessionWith(three, 'Pass by keys');
    await session.setMode('Pass the device');
    const dialog = session.passDialog;

    // The vote card opens with no answer looking chosen: focus is on the card, not on an answer.
    await page.keyboard.press('Enter'); // I am Ana Lima
    await session.passChoiceButton(0).waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('pass-vote'))).toBe(true);
    // A hovered answer is outlined, never filled like a chosen one: it looks like the answers not hovered.
    const background = (value: 0 | 1 | 2 | 3 | 4) =>
      session.passChoiceButton(value).evaluate((el) => getComputedStyle(el).backgroundColor);
    await session.passChoiceButton(2).hover();
    expect(await background(2)).toBe(await background(1));
    expect(await dialog.locator('[aria-pressed="true"]').count()).toBe(0);
    await page.keyboard.press('3');
    await dialog.getByText('Thank you, your vote is recorded.', { exact: true }).waitFor();
    await page.keyboard.press('Enter'); // Next person
    await dialog.getByRole('heading', { name: 'Hand the laptop to Bo Chen', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await session.passChoiceButton(0).waitFor();
    await page.keyboard.press('?');
    await dialog.getByText('Thank you, your vote is recorded.', { exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByRole('heading', { name: 'Hand the laptop to Łucja Nowak', exact: true }).waitFor();
    await page.keyboard.press('Enter');
    await session.passChoiceButton(0).waitFor();
    await page.keyboard.press('n');
    await dialog.getByText('Thank you, your vote is recorded.', { exact: true }).waitFor();
    await page.keyboard.press('Enter'); // Done
    await session.passDone().waitFor();

    expect(await storedVotes(page, 1, 1)).toEqual({
      'Ana Lima': 3,
      'Bo Chen': 'dontKnow',
      'Łucja Nowak': 'notApplicable',
    });
  });
});

/** Every place the facilitator presses or reads, to compare before and after the reveal. */
async function layout(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: Math.round(r.x), y: Math.round(r.y), h: Math.round(r.height) };
    };
    const named = (selector: string) =>
      Object.fromEntries(
        [...document.querySelectorAll(selector)].map((el, i) => [`${selector} ${i}`, box(el)]),
      );
    return {
      ...named('tr.vote-row'),
      ...named('.question-nav button'),
      ...named('.mode-switch button'),
      capture: box(document.querySelector('.capture-bar')),
      mainAction: box(document.querySelector('.button-reveal')),
      decision: box(document.querySelector('.decision-opener')),
      grid: box(document.querySelector('table.vote-grid')),
    };
  });
}

/** Text that does not fit its cell: a status word or an answer wider than the box it sits in. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const row of document.querySelectorAll('tr.vote-row')) {
      const rowBox = row.getBoundingClientRect();
      for (const el of row.querySelectorAll<HTMLElement>('.vote-status, .vote-button, .vote-options')) {
        const b = el.getBoundingClientRect();
        const clipped = el.scrollWidth > el.clientWidth + 1;
        const outside = b.right > rowBox.right + 0.5 || b.left < rowBox.left - 0.5;
        if (clipped || outside) out.push(`${row.getAttribute('aria-label')}: "${el.textContent}"`);
      }
    }
    return out;
  });
}

/** What scrolls: the page should not, at this size. */
const scrollExtent = (page: Page) =>
  page.evaluate(() => ({
    vertical: document.documentElement.scrollHeight - window.innerHeight,
    horizontal: document.documentElement.scrollWidth - window.innerWidth,
  }));

/** What of the chart (bars, outlines, counts, values) the "Dashed outline: round N" legend covers. */
async function underTheLegend(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const legend = document
      .querySelector('figure.distribution .chart-previous-label')
      ?.getBoundingClientRect();
    if (!legend) return ['no legend'];
    return [...document.querySelectorAll('svg.distribution-svg text, svg.distribution-svg rect')]
      .filter((el) => {
        const b = el.getBoundingClientRect();
        return (
          b.left < legend.right && b.right > legend.left && b.top < legend.bottom && b.bottom > legend.top
        );
      })
      .map((el) => `${el.getAttribute('class')} "${el.textContent}"`);
  });
}

const people = (n: number) => Array.from({ length: n }, (_, i) => SEVEN[i] ?? `Participant number ${i + 1}`);

describe('the session screen from the back of the room', () => {
  it.each([
    [40, 1920, 1080],
    [12, 1366, 768],
  ] as const)(
    '%i people at %i×%i: no scroll, nothing overflows, the reveal moves nothing, a re-vote reads clearly',
    async (count, width, height) => {
      const { page, session } = await sessionWith(people(count), `${count} people`);
      await page.setViewportSize({ width, height });
      const projector = width >= 1920;
      const keys = Array.from({ length: count }, (_, i) =>
        i % 9 === 8 ? '?' : i % 11 === 10 ? 'n' : String(i % 5),
      );
      for (const key of keys.slice(0, count - 1)) await page.keyboard.press(key);
      await expect
        .poll(() => session.voted(), { timeout: 20_000 })
        .toEqual({ voted: count - 1, total: count });
      await session.dismissNotices();
      expect(await scrollExtent(page)).toEqual({ vertical: 0, horizontal: 0 });
      expect(await overflowing(page)).toEqual([]);
      await screenshot(page, `facilitator-voting-${count}-${width}x${height}`);

      await page.keyboard.press(keys[count - 1]!);
      await expect.poll(() => session.voted(), { timeout: 20_000 }).toEqual({ voted: count, total: count });
      const before = await layout(page);
      await page.keyboard.press('Enter');
      await session.waitForRevealed();
      // Every row, the nav, the capture bar and the decision button are where they were.
      expect(await layout(page)).toEqual(before);
      expect(await overflowing(page)).toEqual([]);
      if (projector) {
        // The results fit the projector's screen with the grid, in type the back of the room reads.
        expect(await scrollExtent(page)).toEqual({ vertical: 0, horizontal: 0 });
        expect(await smallResultLabels(page, 24)).toEqual([]);
      }
      await screenshot(page, `facilitator-revealed-${count}-${width}x${height}`);

      // Shown by name, each vote fits its cell too.
      await page.getByRole('button', { name: 'Show who voted what' }).click();
      await expect.poll(() => session.chosenButtons().count()).toBe(count);
      expect(await layout(page)).toEqual(before);
      expect(await overflowing(page)).toEqual([]);
      if (projector) expect(await scrollExtent(page)).toEqual({ vertical: 0, horizontal: 0 });
      await screenshot(page, `facilitator-shown-${count}-${width}x${height}`);

      // A second round: the dashed outlines of the first are named above the chart, clear of every bar
      // and count, and on the projector the page still does not scroll.
      await page.keyboard.press('Shift+Enter');
      await session.round.filter({ hasText: /^Round 2$/ }).waitFor();
      for (const key of keys) await page.keyboard.press(key === '?' || key === 'n' ? '2' : key);
      await expect.poll(() => session.voted(), { timeout: 20_000 }).toEqual({ voted: count, total: count });
      await page.keyboard.press('Enter');
      await session.waitForRevealed();
      expect(await underTheLegend(page)).toEqual([]);
      if (projector) {
        expect(await scrollExtent(page)).toEqual({ vertical: 0, horizontal: 0 });
        expect(await smallResultLabels(page, 24)).toEqual([]);
      }
      await screenshot(page, `facilitator-round-2-${count}-${width}x${height}`);
    },
  );
});
