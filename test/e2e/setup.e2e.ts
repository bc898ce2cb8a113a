// Workshop setup in a real browser: two teams, six pasted participants, the short question set and a
// target stage survive a reload; the screen passes an axe-core scan and is captured at laptop and
// projector sizes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchApp, screenshot } from './support/browser';
import { HomePage } from './pages/HomePage';
import { SetupPage } from './pages/setup.page';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const workshop = {
  title: 'OSPO maturity, spring review',
  organization: 'Acme Cooperative',
  date: '2026-03-18',
  facilitator: 'Robin Meyer',
};

const PARTICIPANTS = [
  'Ana Lima, Legal, legal',
  'Bo Chen, Legal, security',
  'Łucja Nowak, Legal, leadership',
  'Dev Patel, Engineering, engineering',
  'Eun-ji Park, Engineering, product',
  'Farid Haddad, Engineering, ospo',
].join('\n');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page (injected by evaluation: the app's CSP admits only its own scripts). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes }));
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Closes the confirmations so that screenshots show the screen itself. */
async function closeNotices(page: Page): Promise<void> {
  const close = page.locator('.notices').getByRole('button', { name: 'Close' });
  while ((await close.count()) > 0) await close.first().click();
}

async function createWorkshop(page: Page): Promise<SetupPage> {
  await new HomePage(page).createWorkshop(workshop);
  const setup = new SetupPage(page);
  await setup.waitFor(workshop.title);
  return setup;
}

describe('workshop setup', () => {
  it('keeps teams, pasted participants, question set, reporting choices and rules across a reload', async () => {
    const app = await launchApp();
    const setup = await createWorkshop(app.page);

    await setup.addTeam('Legal');
    await setup.addTeam('Engineering');
    await setup.setTeamColor('Engineering', 'Bluish green');

    await setup.participants.getByLabel('Paste names, one per line').fill(PARTICIPANTS);
    expect(await setup.pastePreview().textContent()).toBe('6 participants will be added.');
    await setup.pasteParticipants(PARTICIPANTS);
    await expect.poll(() => setup.participantNames()).toHaveLength(6);
    await setup.setParticipantRole('Farid Haddad', 'Learning & development');

    await setup.chooseQuestionSet('short');
    await setup.setTargetStage(2);
    await setup.setAnonymity('Aliases');
    await setup.setThresholds({ 'Consensus: smallest Cns': '0.75' });
    await setup.fillDetails({ facilitator: 'Robin Meyer-Lang' });

    await app.reload();
    await setup.waitFor(workshop.title);
    expect(await setup.teamNames()).toEqual(['Legal', 'Engineering']);
    expect(
      await setup.selectedLabel(setup.teamItem('Engineering').getByRole('combobox', { name: /^Colour\b/ })),
    ).toBe('Bluish green');
    expect(await setup.participantNames()).toEqual([
      'Ana Lima',
      'Bo Chen',
      'Łucja Nowak',
      'Dev Patel',
      'Eun-ji Park',
      'Farid Haddad',
    ]);
    expect(await setup.selectedLabel(setup.teamSelect('Łucja Nowak'))).toBe('Legal');
    expect(await setup.selectedLabel(setup.roleSelect('Łucja Nowak'))).toBe('Leadership');
    expect(await setup.selectedLabel(setup.teamSelect('Eun-ji Park'))).toBe('Engineering');
    expect(await setup.selectedLabel(setup.roleSelect('Farid Haddad'))).toBe('Learning & development');
    expect(await setup.questionSetRadio('short').isChecked()).toBe(true);
    expect(await setup.selectedLabel(setup.targetStageSelect())).toBe('Stage 2 — Community Education');
    expect(await setup.anonymityRadio('Aliases').isChecked()).toBe(true);
    expect(await setup.threshold('Consensus: smallest Cns').inputValue()).toBe('0.75');
    expect(await setup.details.getByLabel('Facilitator').inputValue()).toBe('Robin Meyer-Lang');
    expect(await setup.startButton.textContent()).toBe('Start session');

    await setup.startSession();
  });

  it('passes an axe-core scan without serious or critical violations', async () => {
    const app = await launchApp();
    const setup = await createWorkshop(app.page);
    await setup.pasteParticipants(PARTICIPANTS);
    await setup.chooseQuestionSet('custom', { save: false });
    expect(await seriousViolations(app.page)).toEqual([]);

    await app.page.emulateMedia({ colorScheme: 'dark' });
    await app.page.getByRole('button', { name: 'Dark theme' }).click();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('is captured at 1366×768 and on a 1920×1080 projector', async () => {
    const app = await launchApp();
    const setup = await createWorkshop(app.page);
    await setup.pasteParticipants(PARTICIPANTS);
    await setup.chooseQuestionSet('short');
    await setup.setTargetStage(2);
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      await app.page.setViewportSize({ width, height });
      await closeNotices(app.page);
      await screenshot(app.page, `setup-${width}x${height}`);
    }
    await setup.chooseQuestionSet('custom', { save: false });
    await setup.toggleQuestion(
      'Do we use open source knowingly, as a managed part of how we build things?',
      false,
    );
    await closeNotices(app.page);
    await screenshot(app.page, 'setup-custom-questions-1920x1080');
    await app.page.getByRole('button', { name: 'Dark theme' }).click();
    await app.page.setViewportSize({ width: 1366, height: 768 });
    await screenshot(app.page, 'setup-dark-1366x768');
  });
});
