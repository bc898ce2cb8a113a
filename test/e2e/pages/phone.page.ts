// A simulated phone: its own browser context at a phone's viewport, watched by a Guard, recording every
// answer the room server sends it (to check what it received, not only what it shows).
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { Guard } from '../support/guard';

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

export class PhonePage {
  /** Bodies of every /api/ answer this phone got after joining (state and ballots). */
  readonly received: string[] = [];
  readonly status: Locator;

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    readonly guard: Guard,
  ) {
    this.status = page.locator('p.status');
  }

  static async open(browser: Browser, url: string): Promise<PhonePage> {
    const context = await browser.newContext({
      viewport: PHONE_VIEWPORT,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: 'en-US',
    });
    const guard = new Guard();
    await guard.attach(context);
    const page = await context.newPage();
    const phone = new PhonePage(context, page, guard);
    page.on('response', (response) => {
      if (!/\/api\/(state|ballot)/.test(response.url())) return;
      response.text().then(
        (body) => phone.received.push(body),
        () => undefined,
      );
    });
    await page.goto(url);
    return phone;
  }

  async pick(name: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^${name}\\b`) }).click();
    await this.page
      .getByRole('heading', { name: `You are in, ${name}` })
      .or(this.statement())
      .waitFor();
  }

  async typeCode(code: string): Promise<void> {
    await this.page.getByLabel('Room code').fill(code);
    await this.page.getByRole('button', { name: 'Join', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Who are you?' }).waitFor();
  }

  statement(): Locator {
    return this.page.locator('h1.statement');
  }

  async waitForQuestion(text: string): Promise<void> {
    await this.page.locator('h1.statement', { hasText: text }).waitFor();
  }

  /** Taps an answer: 0–4 by its number, or the two answers that are not votes by their label. */
  async tap(value: number | 'dontKnow' | 'notApplicable'): Promise<void> {
    const name =
      typeof value === 'number'
        ? new RegExp(`^${value} — `)
        : value === 'dontKnow'
          ? /^Don't know$/
          : /^Not applicable/;
    await this.page.getByRole('button', { name }).tap();
  }

  async waitForRecorded(value: number): Promise<void> {
    await this.page.locator('p.status.ok', { hasText: new RegExp(`^Recorded: ${value} — `) }).waitFor();
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
