// A simulated phone: its own browser context at a phone's viewport, watched by a Guard, recording every
// answer the room server sends it (to check what it received, not only what it shows).
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../support/chromium';
import { Guard } from '../support/guard';

export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

/**
 * One headless Chromium for the phones of a test file (each phone is a context of its own in it), launched
 * before the file's tests and closed after them. Returns the function that gives it.
 */
export function phoneBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: findChromium(),
      headless: true,
      args: [...CHROMIUM_ARGS],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The phones’ browser is not running: call phoneBrowser() in the file.');
    return browser;
  };
}

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

/** Opens the room from the session on 127.0.0.1 and reads what the join panel shows. */
export async function openRoom(page: Page): Promise<{ joinUrl: string; typedUrl: string; code: string }> {
  await page.getByRole('button', { name: 'Open the room P', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Vote from phones' });
  await dialog
    .getByLabel('Network')
    .selectOption({ label: 'This computer only — 127.0.0.1 (to try it out)' });
  await dialog.getByRole('button', { name: 'Open the room', exact: true }).click();
  const qr = dialog.locator('svg.qr-code');
  await qr.waitFor();
  return {
    joinUrl: (await qr.getAttribute('data-qr-text')) ?? '',
    typedUrl: ((await dialog.getByTestId('room-url').textContent()) ?? '').trim(),
    code: ((await dialog.getByTestId('room-code').textContent()) ?? '').replace(/\s/g, ''),
  };
}
