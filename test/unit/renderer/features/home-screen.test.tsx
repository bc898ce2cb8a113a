import { describe, expect, it } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';

describe('workshops home', () => {
  it('shows the empty state, then creates a workshop from the dialog and opens it', async () => {
    const user = userEvent.setup();
    const { db, store } = await renderApp();
    expect(await screen.findByText('No workshops yet')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'New workshop' }));
    const dialog = screen.getByRole('dialog', { name: 'New workshop' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Title'));
    await user.type(within(dialog).getByLabelText('Title'), 'Łódź kickoff');
    await user.type(within(dialog).getByLabelText('Organization'), 'Acme');
    await user.click(within(dialog).getByRole('button', { name: 'Create workshop' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Łódź kickoff' })).toBeTruthy();
    const rows = await db.workshops.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'Łódź kickoff', organization: 'Acme' });
    expect(store.getState().route).toEqual({ name: 'workshop', workshopId: rows[0]!.id });
  });

  it('refuses an empty title with a message tied to the field, and writes nothing', async () => {
    const user = userEvent.setup();
    const { db } = await renderApp();
    await user.click(await screen.findByRole('button', { name: 'New workshop' }));
    await user.click(screen.getByRole('button', { name: 'Create workshop' }));
    const title = screen.getByLabelText('Title');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Title is required.')).toBeTruthy();
    expect(await db.workshops.count()).toBe(0);
  });

  it('renames, and deletes only after confirmation (Cancel keeps it)', async () => {
    const user = userEvent.setup();
    const { repos, db } = await renderApp();
    await repos.workshops.create({
      title: 'Old name',
      organization: '',
      date: '2026-11-25',
      facilitator: '',
    });
    const item = await screen.findByRole('listitem');
    // Each control's name says which workshop it acts on, its visible word first.
    expect(within(item).getByRole('button', { name: 'Open Old name' })).toBeTruthy();
    expect(within(item).getByRole('button', { name: 'Delete Old name' })).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Rename Old name' }));
    const renameDialog = screen.getByRole('dialog', { name: 'Rename workshop' });
    const field = within(renameDialog).getByLabelText('Title');
    await user.clear(field);
    await user.type(field, 'New name{Enter}');
    await waitFor(async () => expect((await db.workshops.toArray())[0]?.title).toBe('New name'));

    await user.click(within(await screen.findByRole('listitem')).getByRole('button', { name: /^Delete\b/ }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete workshop?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('button', { name: 'Cancel' }));
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await db.workshops.count()).toBe(1);

    await user.click(within(screen.getByRole('listitem')).getByRole('button', { name: /^Delete\b/ }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('No workshops yet')).toBeTruthy();
    expect(await db.workshops.count()).toBe(0);
  });

  it('closes a dialog with Escape and returns focus to the button that opened it', async () => {
    const user = userEvent.setup();
    await renderApp();
    const opener = await screen.findByRole('button', { name: 'New workshop' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('says so when a pasted title is cut to the field’s limit', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'New workshop' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.click(title);
    await user.paste('x'.repeat(500));
    expect((title as HTMLInputElement).value).toHaveLength(120);
    const note = within(screen.getByRole('dialog')).getByRole('status');
    expect(note.textContent).toBe('At most 120 characters: anything longer is cut off.');
    expect(title.getAttribute('aria-describedby')).toBe(note.id);
  });

  it('labels the theme button with what a press does now', async () => {
    const user = userEvent.setup();
    await renderApp();
    await user.click(await screen.findByRole('button', { name: 'Dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Light theme' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(screen.getByRole('button', { name: 'Dark theme' })).toBeTruthy();
  });

  it('shows a refused change as an alert in the chosen words, saying what to do next', async () => {
    const { store } = await renderApp();
    await screen.findByText('No workshops yet');
    await store.getState().renameWorkshop('gone', 'New title');
    expect((await screen.findByRole('alert')).textContent).toContain(
      'This workshop is no longer on this computer, so nothing was changed. Go back to all workshops.',
    );
  });
});
