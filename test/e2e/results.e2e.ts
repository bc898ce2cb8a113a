// The results in a real browser: a seeded workshop shows the stage, grid point and top archetype worked
// out here from its votes; a team filter recomputes them from that team's votes; comparing two teams
// lists the question with the largest gap first; the over-time view shows what moved since an earlier
// workshop; the projector tab follows a reveal and never shows a name or a hidden vote. Every view is
// captured at 1366×768 and 1920×1080, the projector at 1920×1080.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, screenshot, waitForAppReady } from './support/browser';
import { seriousViolations } from './support/axe';
import { smallResultLabels } from './support/legibility';
import { expectedSummary, fixed } from './support/expected';
import { OSPO_FRAMEWORK } from '../../shared/framework';
import { GGI_FRAMEWORK, GGI_FRAMEWORK_FILE } from '../fixtures/frameworks';
import { ResultsPage, seedWorkshops } from './pages/results.page';
import {
  ARCHETYPES_IN_PLAY,
  BEFORE,
  EARLIER_ONLY,
  HIDDEN,
  NOW,
  PEOPLE,
  WORKSHOPS,
  answered,
} from './results/scenario';

const SIZES = [
  [1366, 768],
  [1920, 1080],
] as const;

async function shoot(page: Page, name: string) {
  for (const [width, height] of SIZES) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `results-${name}-${width}x${height}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}

const archetypeName = (id: string) => OSPO_FRAMEWORK.archetypes.find((a) => a.id === id)!.name;
const stageName = (s: number) => OSPO_FRAMEWORK.stages.find((x) => x.stage === s)!.name;

function topArchetype(mix: Map<string, number>) {
  return [...mix].sort((a, b) => b[1] - a[1])[0]!;
}

describe('results', () => {
  it('shows the stage, grid point and mix from the votes, per team, compared, and over time', async () => {
    const app = await launchApp();
    const [now] = await seedWorkshops(app.page, WORKSHOPS);
    await app.goto(`#/workshops/${now!.workshopId}/results`);
    const results = new ResultsPage(app.page);

    const whole = expectedSummary(PEOPLE.length, answered(NOW), ARCHETYPES_IN_PLAY);
    expect(await results.stageReached()).toBe(String(whole.stage));
    expect(await results.gridPoint()).toBe(
      `Whole group: involvement ${fixed(whole.x!, 2)}, ability to execute ${fixed(whole.y, 2)}.`,
    );
    const [topId, topShare] = topArchetype(whole.mix);
    expect(await results.headline()).toContain(
      `The archetype that describes the group best is ${archetypeName(topId)} (${Math.round(topShare * 100)}% of the mix).`,
    );
    expect(await results.headline()).toContain(
      `The group has reached stage ${whole.stage}, ${stageName(whole.stage)}.`,
    );
    await shoot(app.page, 'overview');

    // Every figure explains itself: the stage ladder's workings quote this workshop's attainments.
    await app.page.getByTestId('figure-ladder').getByText('How this was worked out').click();
    await expect
      .poll(() => app.page.getByTestId('figure-ladder').innerText())
      .toContain('Stage 1 counts as reached: attainment');

    // One team: the figures recomputed from Engineering's three members only.
    const engineering = (i: number) => PEOPLE[i]!.team === 'Engineering';
    const eng = expectedSummary(3, answered(NOW, engineering), ARCHETYPES_IN_PLAY);
    await results.filterTo('Team: Engineering');
    await expect
      .poll(() => results.gridPoint())
      .toBe(`Engineering: involvement ${fixed(eng.x!, 2)}, ability to execute ${fixed(eng.y, 2)}.`);
    expect(await results.stageReached()).toBe(String(eng.stage));
    expect(eng.stage).not.toBe(whole.stage);
    await shoot(app.page, 'overview-engineering');

    // Two teams compared: the question with the largest gap between their medians comes first.
    await results.view('Teams compared');
    await app.page.getByLabel('Leadership (2 people)').uncheck();
    const median = (v: number[]) => {
      const s = [...v].sort((a, b) => a - b);
      const h = (s.length - 1) / 2;
      return s[Math.floor(h)]! + (h % 1) * (s[Math.ceil(h)]! - s[Math.floor(h)]!);
    };
    const gaps = Object.entries(NOW).map(([q, votes]) => {
      const of = (team: string) =>
        votes.filter((v, i) => PEOPLE[i]!.team === team && typeof v === 'number') as number[];
      const [a, b] = [of('Legal'), of('Engineering')];
      return { q, gap: a.length && b.length ? Math.abs(median(a) - median(b)) : -1 };
    });
    const largest = gaps.reduce((best, g) => (g.gap > best.gap ? g : best));
    await expect
      .poll(() => app.page.locator('.differ-item').first().getAttribute('data-question'))
      .toBe(largest.q);
    await shoot(app.page, 'teams');
    await results.view('Roles compared');
    await app.page.getByTestId('side-by-side').waitFor();
    await shoot(app.page, 'roles');

    // Over time: the earlier workshop of the same organization, and what moved.
    await results.view('Over time');
    const before = expectedSummary(PEOPLE.length, answered(BEFORE), ARCHETYPES_IN_PLAY);
    const delta = whole.stage - before.stage;
    await expect
      .poll(() => app.page.getByTestId('stage-delta').innerText())
      .toBe(`Stage reached: ${delta === 0 ? '±0' : delta > 0 ? `+${delta}` : `−${-delta}`}`);
    const licence = await app.page
      .locator('[data-testid="question-deltas"] li[data-question="licence-process"]')
      .textContent();
    expect(licence).toBe('Q1: 1 → 3 (+2)');
    expect(await app.page.getByTestId('asked-once').innerText()).toContain(
      OSPO_FRAMEWORK.questions.find((q) => q.id === EARLIER_ONLY)!.statement,
    );
    await shoot(app.page, 'over-time');
  });

  it('keeps the projector tab in step with a reveal, without a name or a hidden vote', async () => {
    const app = await launchApp();
    const [now] = await seedWorkshops(app.page, WORKSHOPS.slice(0, 1));
    await app.goto(`#/workshops/${now!.workshopId}/session`);
    const statement = OSPO_FRAMEWORK.questions.find((q) => q.id === HIDDEN.question)!.statement;
    await expect.poll(() => app.page.locator('#question-statement').innerText()).toBe(statement);

    // "Open projector" opens a second tab of the app on the projector view.
    const [projector] = await Promise.all([
      app.context.waitForEvent('page'),
      app.page.getByRole('button', { name: 'Open projector' }).click(),
    ]);
    await projector!.setViewportSize({ width: 1920, height: 1080 });
    await waitForAppReady(projector!);
    const voted = HIDDEN.values.filter((v) => v !== null).length;
    await expect
      .poll(() => projector!.getByTestId('projector-count').innerText())
      .toBe(`${voted} of ${PEOPLE.length} voted`);
    expect(await projector!.getByTestId('projector-statement').innerText()).toBe(statement);
    // Hidden: no distribution, no median, no vote of any kind, and nobody named.
    expect(await projector!.locator('svg').count()).toBe(0);
    const secret = [...PEOPLE.map((p) => p.name), ...now!.aliases];
    const shown = async () => projector!.locator('main').innerText();
    const hidden = await shown();
    expect(secret.filter((name) => hidden.includes(name))).toEqual([]);
    await screenshot(projector!, 'projector-hidden-1920x1080');

    // The reveal on the facilitator's screen reaches the projector.
    await app.page.getByRole('button', { name: /Reveal votes/ }).click();
    await projector!.getByTestId('projector-reveal').waitFor();
    const votes = HIDDEN.values.filter((v) => typeof v === 'number') as number[];
    const sorted = [...votes].sort((a, b) => a - b);
    expect(await shown()).toContain(`Median ${sorted[(sorted.length - 1) / 2]} · IQR`);
    expect(await shown()).toContain(`${votes.length} votes`);
    const text = await shown();
    expect(secret.filter((name) => text.includes(name))).toEqual([]);
    expect(await smallResultLabels(projector!, 24, 'body')).toEqual([]);
    await screenshot(projector!, 'projector-revealed-1920x1080');

    // The results screen can take over the projector: the overview for the whole group.
    await app.goto(`#/workshops/${now!.workshopId}/results`);
    await app.page.getByRole('button', { name: 'Show on projector' }).click();
    await projector!.locator('.projector-results').waitFor();
    expect(await projector!.locator('.projector-results h1').innerText()).toBe('Whole group');
    expect(await smallResultLabels(projector!, 24, 'body')).toEqual([]);
    const results = await shown();
    expect(secret.filter((name) => results.includes(name))).toEqual([]);
    await screenshot(projector!, 'projector-results-1920x1080');
  });

  it('is used with the keyboard alone, and axe finds nothing serious in any view or on the projector', async () => {
    const app = await launchApp();
    const [now] = await seedWorkshops(app.page, WORKSHOPS);
    await app.goto(`#/workshops/${now!.workshopId}/results`);
    const { page } = app;
    const found: Record<string, string[]> = { overview: await seriousViolations(page) };
    const reach = async (target: ReturnType<typeof page.locator>, key = 'Tab') => {
      for (let i = 0; i < 120; i++) {
        if (await target.evaluate((el) => el === document.activeElement)) return;
        await page.keyboard.press(key);
      }
      throw new Error(`${key} never reached ${String(target)}`);
    };

    // Tab to the filter, choose a team with the arrow keys: the figures follow.
    await reach(page.getByLabel('Figures for'));
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('grid-point').innerText()).toMatch(/^Legal: /);
    // Every figure's workings open from the keyboard.
    await reach(page.getByTestId('figure-grid').locator('summary'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('figure-grid').locator('details').getAttribute('open')).toBe('');
    found['overview, a team, workings open'] = await seriousViolations(page);

    // The views are links: Shift+Tab back to them and Enter; the team checkboxes toggle with Space.
    await reach(page.getByRole('link', { name: 'Teams compared' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('side-by-side').waitFor();
    const leadership = page.getByLabel('Leadership (2 people)');
    await reach(leadership);
    await page.keyboard.press('Space');
    expect(await leadership.isChecked()).toBe(false);
    await expect.poll(() => page.getByTestId('side-by-side').locator('.group-card').count()).toBe(2);
    found.teams = await seriousViolations(page);
    await page.getByRole('link', { name: 'Roles compared' }).press('Enter');
    await page.getByTestId('side-by-side').waitFor();
    found.roles = await seriousViolations(page);
    await page.getByRole('link', { name: 'Over time' }).press('Enter');
    await page.getByTestId('stage-delta').waitFor();
    found['over time'] = await seriousViolations(page);

    const [projector] = await Promise.all([
      app.context.waitForEvent('page'),
      page.getByRole('button', { name: 'Open projector' }).press('Enter'),
    ]);
    await waitForAppReady(projector!);
    found['projector, waiting'] = await seriousViolations(projector!);
    await page.getByRole('link', { name: 'Where we are' }).press('Enter');
    await page.getByRole('button', { name: 'Show on projector' }).press('Enter');
    await projector!.locator('.projector-results').waitFor();
    found['projector, results'] = await seriousViolations(projector!);

    expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
  });

  it('shows what a framework without stages or archetypes has: goals and agreement, no grid, ladder or mix', async () => {
    const app = await launchApp();
    const fw = GGI_FRAMEWORK;
    const goalOf = (id: string) => (fw.questions.find((q) => q.id === id)!.informs as { goal: string }).goal;
    const asked = fw.questions.slice(0, 10).map((q) => q.id);
    const [ggi] = await seedWorkshops(app.page, [
      {
        ...WORKSHOPS[0]!,
        title: 'GGI review',
        targetStage: null,
        framework: GGI_FRAMEWORK_FILE,
        questionIds: asked,
        position: asked[0],
        rounds: asked.map((question, q) => ({
          question,
          round: 1,
          revealed: true,
          values: PEOPLE.map((_, i) => ((q + i) % 5) as 0),
        })),
      },
    ]);
    await app.goto(`#/workshops/${ggi!.workshopId}/results`);
    const { page } = app;
    await page.getByTestId('figure-goals').waitFor();
    for (const absent of ['figure-grid', 'figure-ladder', 'figure-mix', 'stage-reached', 'next-steps']) {
      expect(await page.getByTestId(absent).count(), absent).toBe(0);
    }
    const goals = [...new Set(asked.map(goalOf))].map((id) => fw.goals.find((g) => g.id === id)!.name);
    const shown = await page.getByTestId('figure-goals').locator('svg').innerHTML();
    for (const goal of goals) expect(shown).toContain(goal);
    expect(await page.getByTestId('results-headline').innerText()).not.toMatch(/stage|archetype/i);
    await shoot(page, 'goals-framework');
    await page.getByRole('link', { name: 'Teams compared' }).click();
    await page.getByTestId('side-by-side').waitFor();
    expect(await page.getByTestId('group-stage').count()).toBe(0);
    await page.getByTestId('figure-gaps').waitFor();
  });
});
