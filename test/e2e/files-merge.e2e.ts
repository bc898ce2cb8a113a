// One workshop on two laptops (two browser profiles): exported from one, imported on the other, votes
// captured on both, then merged back — every difference asked about, never decided silently, and the
// same file merged again changes nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp } from './support/browser';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { FilesPage, shoot } from './pages/files.page';

async function openSession(page: Page, title: string): Promise<SessionPage> {
  const setup = new SetupPage(page);
  await setup.waitFor(title);
  await setup.startButton.click();
  const session = new SessionPage(page);
  await session.waitFor();
  return session;
}

describe('merging a workshop captured on two laptops', () => {
  it('adds the other room’s votes, asks about each difference, and merges the same file again as nothing', async () => {
    // Laptop A prepares the workshop and hands a copy to laptop B.
    const a = await launchApp({ acceptDownloads: true });
    await new HomePage(a.page).createWorkshop({ title: 'Two rooms', date: '2026-11-30' });
    const setupA = new SetupPage(a.page);
    await setupA.waitFor('Two rooms');
    await setupA.chooseQuestionSet('short');
    await setupA.pasteParticipants('Ana\nBo\nCy');
    const handedOver = await new FilesPage(a.page).exportWorkshop();
    expect(handedOver.name).toBe('Two rooms 2026-11-30.workshop.json');

    const b = await launchApp({ acceptDownloads: true });
    const filesB = new FilesPage(b.page);
    await filesB.importWorkshop(handedOver.path);
    const importDialog = filesB.dialog('Import Two rooms 2026-11-30.workshop.json');
    await importDialog.getByText('Not on this computer yet').waitFor();
    await importDialog.getByRole('button', { name: 'Import', exact: true }).click();

    // Room B: Ana 4 and Cy 1 on the first question, revealed. Room A: Ana 2 and Bo 3, still hidden.
    const sessionB = await openSession(b.page, 'Two rooms');
    const question = await sessionB.questionText();
    await sessionB.vote('Ana', '4');
    await sessionB.vote('Cy', '1');
    await sessionB.reveal();
    await b.goto(`#/workshops/${new URL(b.page.url()).hash.split('/')[2]}`);
    const fromB = await filesB.exportWorkshop();

    await setupA.startButton.click();
    const sessionA = new SessionPage(a.page);
    await sessionA.waitFor();
    expect(await sessionA.questionText()).toBe(question);
    await sessionA.vote('Ana', '2');
    await sessionA.vote('Bo', '3');

    // Back on A: the file of B is merged.
    await a.goto('#/');
    const filesA = new FilesPage(a.page);
    await filesA.importWorkshop(fromB.path);
    const choose = filesA.dialog(`Import ${fromB.name}`);
    await expect
      .poll(() =>
        choose.getByRole('radio', { name: /^Merge the file into this computer’s copy/ }).isChecked(),
      )
      .toBe(true);
    await shoot(a.page, 'import-choose');
    await choose.getByRole('button', { name: 'Review the merge' }).click();

    const merge = filesA.dialog('Merge into “Two rooms”');
    await merge.getByText('2 differences to decide').waitFor();
    const votes = merge.getByRole('row', { name: /^Votes/ });
    expect((await votes.getByRole('cell').allTextContents()).map((c) => c.trim())).toEqual([
      '1',
      '0',
      '0',
      '2',
    ]);
    const conflicts = merge.getByTestId('conflict');
    const ana = conflicts.filter({ hasText: 'Ana’s vote in round 1' });
    const bo = conflicts.filter({ hasText: 'This computer has a vote of Bo (3' });
    await expect
      .poll(() => merge.getByRole('button', { name: 'Merge', exact: true }).isDisabled())
      .toBe(true);
    await shoot(a.page, 'merge-conflicts');
    await ana.getByRole('radio', { name: /^Keep the file’s: 4/ }).check();
    await bo.getByRole('radio', { name: /^Keep this computer’s vote/ }).check();
    await merge.getByText('2 of 2 decided').waitFor();
    await merge.getByRole('button', { name: 'Merge', exact: true }).click();
    await a.page
      .getByText(/^"Two rooms" merged: 1 vote and 0 participants added, 2 conflicts settled\.$/)
      .waitFor();

    // The first question now shows the whole group, revealed: Ana 4 (the file's), Bo 3 (kept), Cy 1.
    await new HomePage(a.page).open('Two rooms');
    const merged = await openSession(a.page, 'Two rooms');
    expect(await merged.questionText()).toBe(question);
    await merged.waitForRevealed();
    expect(await merged.voted()).toEqual({ voted: 3, total: 3 });
    expect((await merged.readStats()).median).toBe('3');

    // The same file again: nothing new, nothing asked.
    await a.goto('#/');
    await filesA.importWorkshop(fromB.path);
    await a.page.getByRole('button', { name: 'Review the merge' }).click();
    await a.page
      .getByText('This file holds nothing that "Two rooms" does not already have. Nothing was changed.')
      .waitFor();
  });
});
