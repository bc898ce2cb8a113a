// The workshops home in a real browser: workshops are kept in IndexedDB across reloads and browser
// restarts, and rename and delete (with its confirmation) do what they say.
import { describe, expect, it } from 'vitest';
import { launchApp, screenshot } from './support/browser';
import { HomePage } from './pages/HomePage';

const workshop = {
  title: 'OSPO maturity, spring review',
  organization: 'Acme Cooperative',
  date: '2026-03-18',
  facilitator: 'Robin Meyer',
};

describe('workshops home', () => {
  it('starts empty on a fresh profile', async () => {
    const { page } = await launchApp();
    const home = new HomePage(page);
    await home.heading.waitFor();
    await expect.poll(() => home.emptyState.isVisible()).toBe(true);
    expect(await home.items.count()).toBe(0);
    await screenshot(page, 'home-empty');
  });

  it('keeps a created workshop across a reload and a browser restart', async () => {
    const app = await launchApp();
    const home = new HomePage(app.page);

    const created = await home.createWorkshop(workshop);
    expect(await created.heading.textContent()).toBe(workshop.title);
    const id = created.id;
    await created.backToAll();
    const item = home.workshopItem(workshop.title);
    await item.waitFor();
    expect(await item.textContent()).toContain(workshop.organization);
    expect(await item.textContent()).toMatch(/Last opened/);
    await screenshot(app.page, 'home-one-workshop');

    await app.reload();
    await home.workshopItem(workshop.title).waitFor();

    const relaunched = await app.relaunch();
    const homeAgain = new HomePage(relaunched.page);
    await homeAgain.workshopItem(workshop.title).waitFor();
    expect(await homeAgain.items.count()).toBe(1);

    const opened = await homeAgain.open(workshop.title);
    expect(opened.id).toBe(id);
  });

  it('renames a workshop, and the new title is kept', async () => {
    const app = await launchApp();
    const home = new HomePage(app.page);
    await (await home.createWorkshop(workshop)).backToAll();

    await home.rename(workshop.title, 'OSPO maturity, autumn review');
    await home.workshopItem('OSPO maturity, autumn review').waitFor();
    expect(await home.workshopItem(workshop.title).count()).toBe(0);

    await app.reload();
    await home.workshopItem('OSPO maturity, autumn review').waitFor();
    expect(await home.items.count()).toBe(1);
  });

  it('deletes only after confirmation; Cancel keeps the workshop', async () => {
    const app = await launchApp();
    const home = new HomePage(app.page);
    await (await home.createWorkshop(workshop)).backToAll();
    await (await home.createWorkshop({ ...workshop, title: 'Second team' })).backToAll();
    await expect.poll(() => home.items.count()).toBe(2);

    await home.delete(workshop.title, { confirm: false });
    expect(await home.items.count()).toBe(2);
    await home.workshopItem(workshop.title).waitFor();

    await home.delete(workshop.title);
    await home.workshopItem(workshop.title).waitFor({ state: 'detached' });
    expect(await home.items.count()).toBe(1);

    await home.delete('Second team');
    await expect.poll(() => home.emptyState.isVisible()).toBe(true);

    await app.reload();
    await expect.poll(() => home.emptyState.isVisible()).toBe(true);
    expect(await home.items.count()).toBe(0);
  });
});
