import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { uniqueDbName } from '../db/db-harness';
import type { SavedPreferences } from '../../../../renderer/store/preferences.slice';

const fields = { title: 'Spring review', organization: 'Acme', date: '2026-03-18', facilitator: '' };

/** Preferences kept in memory, as localStorage would keep them across launches. */
function memoryPreferences(initial: SavedPreferences = {}) {
  let saved = initial;
  return { load: () => saved, save: (prefs: SavedPreferences) => void (saved = prefs), saved: () => saved };
}

async function homeWithWorkshop(preferences = memoryPreferences()) {
  const view = await renderApp('#/', uniqueDbName('locale'), preferences);
  await view.repos.workshops.create(fields);
  const item = await screen.findByRole('listitem');
  return { ...view, item, preferences };
}

afterEach(() => vi.restoreAllMocks());

describe('language and formats', () => {
  it('formats the home screen’s dates for the locale chosen in the app bar, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { item, preferences } = await homeWithWorkshop();
    expect(item.textContent).toContain('March 18, 2026');

    await user.selectOptions(screen.getByLabelText('Language and formats'), 'de-DE');
    expect(within(screen.getByRole('listitem')).getByText('18. März 2026')).toBeTruthy();
    // No German catalog yet: the text stays English, and the page says so to screen readers.
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Workshops');
    expect(document.documentElement.lang).toBe('en');
    expect(preferences.saved()).toEqual({ theme: 'light', locale: 'de-DE' });

    await user.selectOptions(screen.getByLabelText('Language and formats'), 'en-GB');
    expect(within(screen.getByRole('listitem')).getByText('18 March 2026')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en-GB');
  });

  it('follows the system’s language until one is chosen', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('ja-JP');
    const { item } = await homeWithWorkshop();
    expect(item.textContent).toContain('2026年3月18日');
    const choice = screen.getByLabelText<HTMLSelectElement>('Language and formats');
    expect(choice.value).toBe('');
    expect(choice.selectedOptions[0]?.textContent).toMatch(/^As the system: 日本語/);
  });

  it('starts with the saved choice on the next launch', async () => {
    const { item } = await homeWithWorkshop(memoryPreferences({ locale: 'es-ES', theme: 'light' }));
    expect(item.textContent).toContain('18 de marzo de 2026');
  });
});
