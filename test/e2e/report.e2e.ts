// The PDF report from the app in Chromium: a short session is run, then "Export PDF report" on the
// workshop's page downloads the PDF (the browser mode saves by download). The test catches the
// download and reads it as a reader's tools would; the options chosen are there on the next export.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { launchApp, screenshot } from './support/browser';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { pdfInfo, pdfToText } from '../support/report-pdf';

const PARTICIPANTS = [
  'Łucja Nowak, Legal, legal',
  'Jiří Dvořák, Legal, security',
  'Şebnem Yılmaz, Engineering, engineering',
  'Γιώργος Παπαδόπουλος, Engineering, product',
].join('\n');

describe('the PDF report', () => {
  it('is exported from the workshop page, and holds the session’s names and figures', async () => {
    const app = await launchApp({ acceptDownloads: true });
    const home = new HomePage(app.page);
    const created = await home.createWorkshop({
      title: 'Spring review',
      organization: 'Zielona Łódź',
      date: '2026-05-04',
      facilitator: 'Ana María Núñez',
    });
    const id = created.id;
    const setup = new SetupPage(app.page);
    await setup.waitFor('Spring review');
    await setup.addTeam('Legal');
    await setup.addTeam('Engineering');
    await setup.pasteParticipants(PARTICIPANTS);
    await expect.poll(() => setup.participantNames()).toHaveLength(4);
    await setup.chooseQuestionSet('short');
    await setup.startSession();
    const session = new SessionPage(app.page);
    await session.waitFor();
    // Q1: 4, 4, 3, 4 → median 4; Q2: 1, 3, 1, 3 → median 2.
    await session.typeVotes(['4', '4', '3', '4']);
    await session.reveal();
    await session.waitForRevealed();
    await session.next();
    await session.typeVotes(['1', '3', '1', '3']);
    await session.reveal();
    await session.waitForRevealed();

    await app.page.goto(new URL(`#/workshops/${id}`, app.page.url()).href);
    await setup.waitFor('Spring review');
    await app.page.getByRole('button', { name: 'Export PDF report', exact: true }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export the PDF report' });
    await dialog.getByRole('checkbox', { name: 'Method' }).uncheck();
    await dialog.getByRole('radio', { name: 'US Letter' }).check();
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      await screenshot(app.page, `report-export-dialog-${width}x${height}`);
    }
    const download = app.page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export PDF', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Spring review – OSPO report 2026-05-04.pdf');
    const bytes = new Uint8Array(await readFile((await file.path()) as string));
    await app.page.getByText('Report saved as Spring review – OSPO report 2026-05-04.pdf.').waitFor();

    const text = pdfToText(bytes).join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      'Spring review',
      'Zielona Łódź',
      'Ana María Núñez',
      'Executive summary',
      'Question appendix',
      'Participants',
      'Łucja Nowak',
      'Γιώργος Παπαδόπουλος',
      'Şebnem Yılmaz',
      'Jiří Dvořák',
      // The two revealed questions, with the medians worked out above.
      'Votes in round 1: 0: 0, 1: 0, 2: 0, 3: 1, 4: 3',
      'Votes in round 1: 0: 0, 1: 2, 2: 0, 3: 2, 4: 0',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('How each figure is computed');
    expect(pdfInfo(bytes)['Page size']).toContain('612 x 792');

    // The choice is kept for this workshop: the next export opens with it.
    await app.page.getByRole('button', { name: 'Export PDF report', exact: true }).click();
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Method' }).isChecked()).toBe(false);
    expect(await dialog.getByRole('radio', { name: 'US Letter' }).isChecked()).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();

    // The results screen offers the same export, with the same remembered choice.
    await app.page.goto(new URL(`#/workshops/${id}/results`, app.page.url()).href);
    await app.page.getByRole('button', { name: 'Export PDF report', exact: true }).click();
    await expect.poll(() => dialog.getByRole('checkbox', { name: 'Method' }).isChecked()).toBe(false);
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(app.page, 'report-export-from-results-1366x768');
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  });
});
