// Frameworks and files as a facilitator meets them: a GGI-shaped framework (no stages, no archetypes)
// imported and run end to end; a broken file refused with words and nothing changed; a backup of every
// workshop restored on another computer.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp } from './support/browser';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';
import { SessionPage } from './pages/session.page';
import { FilesPage, shoot } from './pages/files.page';
import { serializeWorkshop } from '../../shared/files';
import { sha256Hex } from '../../shared/files/sha256';
import { META, smallWorkshop } from '../unit/shared/files/workshops';

const GGI_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ggi-framework.json');
const GGI_TITLE = 'Good governance goals and activities (sample)';

async function installGgi(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Frameworks', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Frameworks' }).waitFor();
  await new FilesPage(page).chooseFile(page.getByRole('button', { name: 'Import a framework…' }), GGI_FILE);
  await page.getByText(`Framework "${GGI_TITLE}" (version 0.9.0-sample) installed.`).waitFor();
}

/** A CSV as a spreadsheet reads it (no field in these tests holds a comma, a quote or a line break). */
function csvRows(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => line.split(','));
}

describe('files and frameworks', () => {
  it('runs a workshop on an imported framework without stages or archetypes, end to end', async () => {
    const app = await launchApp({ acceptDownloads: true });
    await installGgi(app.page);
    const item = app.page.getByTestId('framework-item').filter({ hasText: GGI_TITLE });
    await expect.poll(() => item.textContent()).toContain('Version 0.9.0-sample · 25 questions · 5 goals');
    expect(await item.textContent()).toContain('No workshop runs on it');
    await shoot(app.page, 'frameworks');

    await app.goto('#/');
    await new HomePage(app.page).createWorkshop({ title: 'Governance check', date: '2026-12-01' });
    const setup = new SetupPage(app.page);
    await setup.waitFor('Governance check');
    await setup.questions
      .getByLabel('Framework', { exact: true })
      .selectOption({ label: `${GGI_TITLE} (version 0.9.0-sample)` });
    await setup.chooseQuestionSet('short');
    // A framework without stages has no target stage to choose.
    await expect.poll(() => setup.reporting.getByLabel('Target stage').count()).toBe(0);
    await setup.pasteParticipants('Ana\nBo\nCy');

    await setup.startButton.click();
    const session = new SessionPage(app.page);
    await session.waitFor();
    await app.page.getByText(/^Goal: Trust$/).waitFor();
    expect(await app.page.getByTestId('question-roles').textContent()).toBe(
      'Concerns: Legal, Developers, Open source champion',
    );
    await session.vote('Ana', '3');
    await session.vote('Bo', '4');
    await session.vote('Cy', '3');
    await session.reveal();
    await session.toggleSummary();
    const goals = app.page.getByTestId('summary-goals');
    await expect.poll(() => goals.getByRole('listitem').first().textContent()).toBe('Usagenot rated yet');
    expect(await goals.getByRole('listitem').nth(1).textContent()).toBe('Trust75%');
    expect(await app.page.getByTestId('summary-stage').count()).toBe(0);
    await shoot(app.page, 'session-ggi');

    // The results screen opens on it too.
    const workshopId = /#\/workshops\/([^/]+)/.exec(app.page.url())![1]!;
    await app.goto(`#/workshops/${workshopId}/results`);
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await app.page.getByText('This workshop no longer exists on this computer.').count()).toBe(0);
    await shoot(app.page, 'results-ggi');

    // Its votes as CSV, named per the workshop's setting.
    await app.goto(`#/workshops/${workshopId}`);
    const csv = await new FilesPage(app.page).download(
      app.page.getByRole('button', { name: 'Votes as CSV…' }),
    );
    const [header, ...rows] = csvRows(await readFile(csv.path, 'utf8'));
    expect(header?.slice(0, 3)).toEqual(['Question id', 'Question', 'Participant']);
    expect(rows.map((r) => [r[0], r[2], r[7]])).toEqual([
      ['GGI-A-25', 'Ana', '3'],
      ['GGI-A-25', 'Bo', '4'],
      ['GGI-A-25', 'Cy', '3'],
    ]);

    // In use, the framework cannot be removed.
    await app.goto('#/frameworks');
    await expect.poll(() => item.textContent()).toContain('Used by 1 workshop');
    expect(await item.getByRole('button', { name: 'Remove' }).isDisabled()).toBe(true);
  });

  it('refuses a broken file with the problems in words, changes nothing, and keeps working', async () => {
    const app = await launchApp();
    const home = new HomePage(app.page);
    await home.createWorkshop({ title: 'Kept as it is', date: '2026-12-01' });
    await app.goto('#/');
    const files = new FilesPage(app.page);

    const doc = JSON.parse(await serializeWorkshop(smallWorkshop('w-broken'), META)) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- the test breaks the file on purpose
    doc['workshop'].participants[1].displayName = 'x'.repeat(90);
    doc['workshop'].votes[4].participantId = 'nobody';
    doc['checksum'].value = await sha256Hex(JSON.stringify(doc['workshop']));
    await files.importWorkshop({ name: 'broken.workshop.json', buffer: Buffer.from(JSON.stringify(doc)) });
    const refused = files.refusedDialog();
    await refused
      .getByText(/^The file has a problem, so it was not imported\. Nothing was changed\./)
      .waitFor();
    expect(await refused.getByTestId('refused-problems').innerText()).toBe(
      `Participant 2 (${'x'.repeat(39)}…): a text is too long: at most 80 characters.`,
    );
    expect(await refused.locator('details').getAttribute('open')).toBeNull();
    await shoot(app.page, 'import-refused');
    await refused.getByRole('button', { name: 'Close' }).click();

    const cut = await serializeWorkshop(smallWorkshop('w-cut'), META);
    await files.importWorkshop({
      name: 'cut.workshop.json',
      buffer: Buffer.from(cut.slice(0, cut.length / 2)),
    });
    await files
      .refusedDialog()
      .getByText(/its content cannot be read \(it may be cut short or damaged\)/)
      .waitFor();
    await files.refusedDialog().getByRole('button', { name: 'Close' }).click();

    expect(await home.items.count()).toBe(1);
    await home.createWorkshop({ title: 'Still working', date: '2026-12-02' });
  });

  it('backs up every workshop and framework in one file and restores them on another computer', async () => {
    const a = await launchApp({ acceptDownloads: true });
    await installGgi(a.page);
    await a.goto('#/');
    const home = new HomePage(a.page);
    await home.createWorkshop({ title: 'Spring review', date: '2026-03-01' });
    await a.goto('#/');
    await home.createWorkshop({ title: 'Autumn review', date: '2026-10-01' });
    await a.goto('#/');
    const backup = await new FilesPage(a.page).download(
      a.page.getByRole('button', { name: 'Back up all workshops…' }),
    );
    expect(backup.name).toMatch(/^All workshops \d{4}-\d{2}-\d{2}\.workshops\.json$/);

    const b = await launchApp();
    const files = new FilesPage(b.page);
    await files.importWorkshop(backup.path);
    const dialog = files.dialog(`Import ${backup.name}`);
    await dialog.getByTestId('import-entry').first().waitFor();
    expect(await dialog.getByTestId('import-entry').count()).toBe(2);
    await dialog.getByText('The file also holds a framework, which will be installed.').waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await b.page.getByText('2 workshops were imported.').waitFor();
    const restored = new HomePage(b.page);
    expect((await restored.items.locator('h2').allTextContents()).sort()).toEqual([
      'Autumn review',
      'Spring review',
    ]);
    await b.goto('#/frameworks');
    await b.page.getByTestId('framework-item').filter({ hasText: GGI_TITLE }).waitFor();
  });

  it('keeps a notice that stays up beneath a dialog, never over its buttons', async () => {
    const app = await launchApp();
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await installGgi(app.page);
    // Another framework under the installed one's id and version: an error notice, up until dismissed.
    const impostor = { ...(JSON.parse(await readFile(GGI_FILE, 'utf8')) as object), title: 'Another one' };
    const files = new FilesPage(app.page);
    await files.chooseFile(app.page.getByRole('button', { name: 'Import a framework…' }), {
      name: 'other.framework.json',
      buffer: Buffer.from(JSON.stringify(impostor)),
    });
    const notice = app.page
      .getByRole('alert')
      .filter({ hasText: 'A different framework is already installed' });
    await notice.waitFor();

    await app.goto('#/');
    const data = smallWorkshop('w-notice');
    await files.importWorkshop({
      name: 'w.workshop.json',
      buffer: Buffer.from(await serializeWorkshop(data, META)),
    });
    const dialog = files.dialog('Import w.workshop.json');
    const confirm = dialog.getByRole('button', { name: 'Import', exact: true });
    await confirm.waitFor();
    expect(await notice.isVisible()).toBe(true);
    // What is on top where the notice is, and where the dialog's button is.
    const topmost = (box: { x: number; y: number; width: number; height: number }) =>
      app.page.evaluate(
        ([x, y]) => {
          const top = document.elementFromPoint(x!, y!);
          return top?.closest('.notice') ? 'notice' : top?.closest('[role="dialog"]') ? 'dialog' : 'backdrop';
        },
        [box.x + box.width / 2, box.y + box.height / 2],
      );
    expect(await topmost((await notice.boundingBox())!)).not.toBe('notice');
    expect(await topmost((await confirm.boundingBox())!)).toBe('dialog');
    await confirm.click();
    await app.page.getByRole('heading', { level: 1, name: data.workshop.title }).waitFor();
    // With the dialog closed, the notice is there to read and dismiss.
    await notice.getByRole('button', { name: 'Close' }).click();
    await notice.waitFor({ state: 'detached' });
  });
});
