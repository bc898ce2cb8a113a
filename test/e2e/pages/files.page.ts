// Workshop files as a facilitator handles them: import through the file chooser, export through a
// download, and the dialogs in between. Located by role and accessible name.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { screenshot } from '../support/browser';

export class FilesPage {
  constructor(readonly page: Page) {}

  /** Clicks a button that opens the file chooser and picks `file`. */
  async chooseFile(button: Locator, file: string | { name: string; buffer: Buffer }): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), button.click()]);
    await chooser.setFiles(
      typeof file === 'string'
        ? file
        : { name: file.name, mimeType: 'application/json', buffer: file.buffer },
    );
  }

  /** From the home screen: "Import a workshop file…", then the file. */
  async importWorkshop(file: string | { name: string; buffer: Buffer }): Promise<void> {
    await this.chooseFile(this.page.getByRole('button', { name: 'Import a workshop file…' }), file);
  }

  /** Clicks a button that downloads a file; returns where the download was saved and its name. */
  async download(button: Locator): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const dir = await mkdtemp(path.join(tmpdir(), 'ospo-e2e-download-'));
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return { path: file, name: download.suggestedFilename() };
  }

  /** On a workshop's page: "Export workshop file…". */
  exportWorkshop(): Promise<{ path: string; name: string }> {
    return this.download(this.page.getByRole('button', { name: 'Export workshop file…' }));
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  refusedDialog(): Locator {
    return this.page.getByRole('alertdialog', { name: /was not (imported|installed)$/ });
  }
}

/** Screenshots at the two sizes a facilitator's screen has, then back to the test's size. */
export async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}x${height}`);
  }
  if (size) await page.setViewportSize(size);
}
