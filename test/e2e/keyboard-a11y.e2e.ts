// Keyboard only: one question from the first Tab to the next question — vote, reveal, decide — with a
// visible focus at every stop. Then axe-core scans of the home, setup and session screens (before and
// after the reveal, and the pass-the-device steps): no serious or critical violation.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchApp, type App } from './support/browser';
import { expectedStats } from './support/expected';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { seriousViolations } from './support/axe';

const NAMES = ['Ana Lima', 'Bo Chen', 'Łucja Nowak', 'Dev Patel', 'Eun-ji Park', 'Farid Haddad'] as const;

async function setUpWorkshop(app: App): Promise<{ setup: SetupPage; session: SessionPage }> {
  await new HomePage(app.page).createWorkshop({ title: 'Keyboard run', date: '2026-03-18' });
  const setup = new SetupPage(app.page);
  await setup.waitFor('Keyboard run');
  await setup.addTeam('Legal');
  await setup.addTeam('Engineering');
  await setup.pasteParticipants(
    NAMES.map((name, i) => `${name}, ${i < 3 ? 'Legal' : 'Engineering'}`).join('\n'),
  );
  await setup.chooseQuestionSet('short');
  return { setup, session: new SessionPage(app.page) };
}

interface FocusStop {
  what: string;
  visible: boolean;
}

/** What has the focus, and whether it shows a focus indicator (outline or ring). */
async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', visible: false };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none';
    const name =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent?.trim().slice(0, 40) ??
      '';
    return { what: `${el.tagName.toLowerCase()} "${name}"`, visible: outline || ring };
  });
}

/** Presses Tab until `matches` (evaluated on the focused element) holds; every stop on the way must show focus. */
async function tabUntil(page: Page, matches: string, limit = 60): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    stops.push(stop);
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) {
      expect(
        stops.filter((s) => !s.visible),
        'focus stops without a visible focus indicator',
      ).toEqual([]);
      return stops;
    }
  }
  throw new Error(`Tab never reached ${matches}; stops: ${stops.map((s) => s.what).join(' → ')}`);
}

describe('keyboard and accessibility', () => {
  it('runs one question with the keyboard only', async () => {
    const app = await launchApp();
    const { page } = app;
    const { setup, session } = await setUpWorkshop(app);
    await setup.startSession();
    await session.waitFor();
    const first = await session.questionText();

    // From the top of the screen to the vote grid.
    await page.locator('main').focus();
    await tabUntil(page, 'tr.vote-row');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Ana Lima, Waiting',
    );

    // Six votes, one key each; the focus moves down by itself.
    for (const key of ['3', '3', '2', '3', '?', '4']) await page.keyboard.press(key);
    for (let i = 0; i < 6; i++) await session.waitForRow(i, 'recorded');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Farid Haddad, Recorded',
    );
    await page.keyboard.press('Enter');
    await session.waitForRevealed();
    const expected = expectedStats(NAMES, [3, 3, 2, 3, '?', 4]);
    expect(await session.readStats()).toEqual(expected.shown);

    // The decision: open the form, agreed value, rationale, notes, save — all from the keyboard.
    await tabUntil(page, 'section.decision-panel .decision-opener');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Record a decision D');
    await page.keyboard.press('Enter');
    await session.agreedValue.waitFor();
    // Opening the form puts the focus on its first field.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await page.keyboard.press('ArrowDown'); // None → 0
    await page.keyboard.press('ArrowDown'); // 0 → 1
    await page.keyboard.press('ArrowDown'); // 1 → 2
    expect(await session.agreedValue.inputValue()).toBe('2');
    await tabUntil(page, 'section.decision-panel textarea');
    await page.keyboard.type('Two teams still review licences by hand.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Revisit after the tooling pilot.');
    await tabUntil(page, 'section.decision-panel button[type="submit"]');
    await page.keyboard.press('Enter');
    await session.decisionSaved.filter({ hasText: /^Saved / }).waitFor();
    expect(await session.overrideNote().textContent()).toBe(
      `Agreed value 2 replaces the computed ${expected.shown.median} in the results.`,
    );
    expect(await session.decisionRationale.textContent()).toBe(
      'Rationale Two teams still review licences by hand.',
    );
    expect(await session.decisionNotes.textContent()).toBe('Notes Revisit after the tooling pilot.');
    // The form closed and the focus is back on the button that opens it again.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Edit decision D');

    // On to the next question, as with a presentation clicker.
    await page.keyboard.press('PageDown');
    await session.statement.filter({ hasNotText: first }).waitFor();
    expect(await session.roundNumber()).toBe(1);
    expect(await session.voted()).toEqual({ voted: 0, total: 6 });
    expect(await session.progress.textContent()).toMatch(/^1 answered · 1 revealed · /);
  });

  it('keeps the keyboard on the pass-the-device cover: nothing behind it can be reached', async () => {
    const app = await launchApp();
    const { page } = app;
    const { setup, session } = await setUpWorkshop(app);
    await setup.startSession();
    await session.waitFor();
    await session.typeVotes(['3', '2']);
    await session.setMode('Pass the device');
    await session.passDialog.waitFor();

    // Tab and Shift+Tab, forwards and back: the focus never lands on anything behind the cover.
    const outside: string[] = [];
    for (const key of [...Array<string>(25).fill('Tab'), ...Array<string>(25).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        return el.closest('.pass-device') ? null : `${el.tagName} ${el.textContent?.trim().slice(0, 30)}`;
      });
      if (where) outside.push(where);
    }
    expect(outside).toEqual([]);

    // The screen's shortcuts are off while the cover is up: no undo, no reveal, no next question.
    const statement = await session.questionText();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Enter'); // "I am Łucja Nowak" (the first not to have voted): her private vote, nothing else
    await session.passDialog.getByRole('button', { name: /^0 / }).waitFor();
    expect(await page.locator('section.reveal-panel').count()).toBe(0);

    // Escape asks before leaving; "Keep passing" is the default and returns to the cover.
    await page.keyboard.press('Escape');
    const leave = page.getByRole('alertdialog', { name: 'Return to the facilitator screen?' });
    await leave.waitFor();
    await page.keyboard.press('Enter');
    await leave.waitFor({ state: 'detached' });
    await session.passDialog.getByRole('button', { name: /^0 / }).waitFor();
    await page.getByRole('button', { name: 'Facilitator', exact: true }).click();
    await page.getByRole('button', { name: 'Return to facilitator', exact: true }).click();
    await session.grid.waitFor();
    expect(await session.questionText()).toBe(statement);
    expect(await session.voted()).toEqual({ voted: 2, total: 6 });
  });

  it('finds no serious or critical axe-core violation on the home, setup and session screens', async () => {
    const app = await launchApp();
    const { page } = app;
    const found: Record<string, string[]> = {};

    const home = new HomePage(page);
    await home.heading.waitFor();
    found['home (empty)'] = await seriousViolations(page);

    const { setup, session } = await setUpWorkshop(app);
    found.setup = await seriousViolations(page);

    await setup.startSession();
    await session.waitFor();
    await session.typeVotes(['3', '2']);
    found['session, voting'] = await seriousViolations(page);

    await session.typeVotes(['3', '4', 'n', '1'], 2);
    await session.reveal();
    found['session, revealed'] = await seriousViolations(page);

    await session.startRound();
    await session.setMode('Pass the device');
    found['pass the device, hand-off'] = await seriousViolations(page);
    await session.passStart('Ana Lima');
    found['pass the device, vote'] = await seriousViolations(page);
    await session.passChoose(2);
    found['pass the device, recorded'] = await seriousViolations(page);
    await session.passNext();
    await session.passDialog.getByRole('button', { name: 'Facilitator', exact: true }).click();
    await page.getByRole('alertdialog', { name: 'Return to the facilitator screen?' }).waitFor();
    found['pass the device, leave?'] = await seriousViolations(page);
    await page.getByRole('button', { name: 'Return to facilitator', exact: true }).click();
    await session.grid.waitFor();

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await session.toggleSummary();
    found['session, dark theme, live summary'] = await seriousViolations(page);

    await home.goto(app.baseURL);
    await home.items.first().waitFor();
    found['home (one workshop)'] = await seriousViolations(page);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });
});
