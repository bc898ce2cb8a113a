import type { Page } from 'playwright-core';
import { seedBundle } from '../../bench/latency/page-bundle';
import type { SeededWorkshop, SeedWorkshop } from '../results/seed.page';

const GLOBAL = '__resultsSeed';
let bundle: Promise<string> | undefined;

/** Creates workshops in the page's own database (the app's origin), through the app's repositories. */
export async function seedWorkshops(
  page: Page,
  plans: SeedWorkshop[],
  bulk = false,
): Promise<SeededWorkshop[]> {
  bundle ??= seedBundle('test/e2e/results/seed.page.ts', GLOBAL);
  await page.evaluate(`${await bundle}\nwindow.${GLOBAL} = ${GLOBAL};`);
  return page.evaluate(
    ([plans, bulk]) =>
      (
        window as unknown as Record<
          string,
          { seedWorkshops(p: unknown, b: boolean): Promise<SeededWorkshop[]> }
        >
      )['__resultsSeed']!.seedWorkshops(plans, bulk),
    [plans, bulk] as const,
  );
}

/** The results screen, as a facilitator reads and drives it. */
export class ResultsPage {
  constructor(readonly page: Page) {}

  stageReached() {
    return this.page.getByTestId('stage-reached').locator('.stage-number').innerText();
  }
  gridPoint() {
    return this.page.getByTestId('grid-point').innerText();
  }
  headline() {
    return this.page.getByTestId('results-headline').innerText();
  }
  async filterTo(label: string) {
    await this.page.getByLabel('Figures for').selectOption({ label });
  }
  async view(name: 'Where we are' | 'Teams compared' | 'Roles compared' | 'Over time') {
    await this.page.getByRole('navigation', { name: 'Results views' }).getByRole('link', { name }).click();
  }
}
