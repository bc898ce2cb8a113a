// Page object for the workshops home (`#/`). Locates by role and accessible name, as a user would.
import type { Locator, Page } from 'playwright-core';
import { waitForAppReady } from '../support/browser';
import { WorkshopPage } from './WorkshopPage';

export interface NewWorkshop {
  title: string;
  organization?: string;
  /** ISO date, `YYYY-MM-DD`. */
  date?: string;
  facilitator?: string;
}

export class HomePage {
  readonly heading: Locator;
  readonly newWorkshopButton: Locator;
  readonly list: Locator;
  readonly items: Locator;
  readonly emptyState: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Workshops', exact: true });
    this.newWorkshopButton = page.getByRole('button', { name: 'New workshop', exact: true });
    this.list = page.getByRole('list', { name: 'Workshops', exact: true });
    this.items = this.list.getByRole('listitem');
    this.emptyState = page.getByText('No workshops yet');
  }

  /** Opens the home route and waits until it is shown. */
  async goto(baseURL: string): Promise<this> {
    await this.page.goto(new URL('#/', baseURL).href);
    await waitForAppReady(this.page);
    await this.heading.waitFor();
    return this;
  }

  /** The list item showing exactly this title. */
  workshopItem(title: string): Locator {
    return this.items.filter({ has: this.page.getByText(title, { exact: true }) });
  }

  /** A button of a list item; its accessible name may go on with the title ("Open Q3 review"). */
  itemButton(title: string, action: 'Open' | 'Rename' | 'Delete'): Locator {
    const name = new RegExp(`^${action}\\b`);
    const item = this.workshopItem(title);
    return item.getByRole('button', { name }).or(item.getByRole('link', { name }));
  }

  /** Fills and submits the New workshop dialog; the app then shows the new workshop's page. */
  async createWorkshop(workshop: NewWorkshop): Promise<WorkshopPage> {
    await this.newWorkshopButton.click();
    const dialog = this.page.getByRole('dialog', { name: 'New workshop' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(workshop.title);
    if (workshop.organization !== undefined) {
      await dialog.getByRole('textbox', { name: 'Organization' }).fill(workshop.organization);
    }
    if (workshop.facilitator !== undefined) {
      await dialog.getByRole('textbox', { name: 'Facilitator' }).fill(workshop.facilitator);
    }
    if (workshop.date !== undefined) await dialog.getByLabel('Date').fill(workshop.date);
    await dialog.getByRole('button', { name: 'Create workshop' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const workshopPage = new WorkshopPage(this.page);
    await workshopPage.waitFor(workshop.title);
    return workshopPage;
  }

  async open(title: string): Promise<WorkshopPage> {
    await this.itemButton(title, 'Open').click();
    const workshopPage = new WorkshopPage(this.page);
    await workshopPage.waitFor(title);
    return workshopPage;
  }

  async rename(title: string, newTitle: string): Promise<void> {
    await this.itemButton(title, 'Rename').click();
    const dialog = this.page.getByRole('dialog', { name: 'Rename workshop' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(newTitle);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Deletes through the confirmation; `confirm: false` presses Cancel instead. */
  async delete(title: string, { confirm = true }: { confirm?: boolean } = {}): Promise<void> {
    await this.itemButton(title, 'Delete').click();
    const dialog = this.page.getByRole('alertdialog', { name: 'Delete workshop?' });
    await dialog.getByRole('button', { name: confirm ? 'Delete' : 'Cancel', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
