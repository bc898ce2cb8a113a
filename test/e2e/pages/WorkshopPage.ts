// Page object for one workshop's page (`#/workshops/<id>`).
import type { Locator, Page } from 'playwright-core';
import { HomePage } from './HomePage';

export class WorkshopPage {
  readonly heading: Locator;
  readonly allWorkshops: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    const name = 'All workshops';
    this.allWorkshops = page.getByRole('link', { name }).or(page.getByRole('button', { name }));
  }

  /** The workshop's id, from the route. */
  get id(): string {
    const match = /#\/workshops\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`Not on a workshop page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  async waitFor(title: string): Promise<void> {
    await this.page.waitForURL(/#\/workshops\/[^/]+$/);
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }

  async backToAll(): Promise<HomePage> {
    await this.allWorkshops.click();
    const home = new HomePage(this.page);
    await home.heading.waitFor();
    return home;
  }
}
