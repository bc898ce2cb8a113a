import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { putVotes, storedVotes } from '../db/db-harness';

async function setup() {
  const app = await renderApp('#/');
  const workshop = await app.repos.workshops.create({
    title: 'People',
    organization: '',
    date: '2026-03-18',
    facilitator: '',
  });
  app.store.getState().navigate({ name: 'workshop', workshopId: workshop.id });
  await screen.findByRole('heading', { level: 2, name: 'Participants' });
  return { ...app, workshop, user: userEvent.setup() };
}

describe('workshop setup: teams and participants', () => {
  it('adds, recolours, renames and deletes a team (after confirmation)', async () => {
    const { user, repos, workshop } = await setup();
    const teams = screen.getByRole('region', { name: 'Teams' });
    await user.type(within(teams).getByLabelText('New team'), 'Legal{Enter}');
    const item = await within(teams).findByRole('listitem');
    expect(item.textContent).toContain('Legal');
    // Named for the team they act on: "Colour Legal", "Rename Legal".
    const colour = within(item).getByRole('combobox', { name: 'Colour Legal' });
    expect((colour as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('Orange');
    await user.selectOptions(colour, 'Sky blue');
    await waitFor(async () => expect((await repos.people.teams(workshop.id))[0]?.color).toBe('#56B4E9'));

    await user.click(within(item).getByRole('button', { name: 'Rename Legal' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename team' });
    await user.clear(within(dialog).getByLabelText('Team name'));
    await user.type(within(dialog).getByLabelText('Team name'), 'Legal & compliance{Enter}');
    await waitFor(async () =>
      expect((await repos.people.teams(workshop.id))[0]?.name).toBe('Legal & compliance'),
    );

    await repos.people.addParticipant(workshop.id, {
      displayName: 'Ana',
      teamId: (await repos.people.teams(workshop.id))[0]!.id,
      role: null,
    });
    await user.click(within(within(teams).getByRole('listitem')).getByRole('button', { name: /^Delete\b/ }));
    const confirm = screen.getByRole('alertdialog', { name: 'Delete team Legal & compliance?' });
    expect(confirm.textContent).toMatch(/1 participant stays in the workshop, without a team/);
    await user.click(within(confirm).getByRole('button', { name: 'Delete team' }));
    await waitFor(async () => expect(await repos.people.teams(workshop.id)).toHaveLength(0));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Teams' })),
    );
    expect((await repos.people.participants(workshop.id))[0]?.teamId).toBeNull();
  });

  it('reports a duplicate team name and keeps the field for correction', async () => {
    const { user, repos, workshop } = await setup();
    await repos.people.addTeam(workshop.id, 'Legal');
    const teams = screen.getByRole('region', { name: 'Teams' });
    const field = within(teams).getByLabelText('New team');
    await user.type(field, 'legal{Enter}');
    // Said at the field (its error, tied to it), not in the notice corner over the form.
    const error = await within(teams).findByRole('alert');
    expect(error.textContent).toMatch(/already exists/);
    expect(field.getAttribute('aria-describedby')).toBe(error.id);
    expect(document.querySelector('.notices .notice')).toBeNull();
    expect((field as HTMLInputElement).value).toBe('legal');
  });

  it('says a participant name already taken at the name field, for adding and for renaming', async () => {
    const { user, repos, workshop } = await setup();
    await repos.people.addParticipant(workshop.id, { displayName: 'Ana Lima', teamId: null, role: null });
    await repos.people.addParticipant(workshop.id, { displayName: 'Bo Chen', teamId: null, role: null });
    const people = screen.getByRole('region', { name: 'Participants' });
    await within(people).findByText('Bo Chen');
    const form = within(people).getByRole('heading', { name: 'Add participant' }).closest('form')!;
    const name = within(form).getByRole('textbox', { name: 'Name' });
    await user.type(name, 'ana lima{Enter}');
    const error = await within(form).findByRole('alert');
    expect(error.textContent).toMatch(/^"ana lima" is already a participant\./);
    expect(name.getAttribute('aria-describedby')).toBe(error.id);
    expect(document.activeElement).toBe(name);
    expect(document.querySelector('.notices .notice')).toBeNull();

    await user.click(within(people).getByRole('button', { name: 'Rename Bo Chen' }));
    const dialog = screen.getByRole('dialog', { name: 'Rename participant' });
    const field = within(dialog).getByRole('textbox');
    await user.clear(field);
    await user.type(field, 'Ana Lima{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toMatch(
      /^"Ana Lima" is already a participant\./,
    );
    expect(screen.getByRole('dialog', { name: 'Rename participant' })).toBeTruthy();
    expect(document.querySelector('.notices .notice')).toBeNull();
    expect((await repos.people.participants(workshop.id)).map((p) => p.displayName)).toEqual([
      'Ana Lima',
      'Bo Chen',
    ]);
  });

  it('pastes a list with a live preview, creates the new teams and skips lines with problems', async () => {
    const { user, repos, workshop } = await setup();
    await repos.people.addTeam(workshop.id, 'Legal');
    await within(screen.getByRole('region', { name: 'Teams' })).findByText('Legal');
    const people = screen.getByRole('region', { name: 'Participants' });
    const box = within(people).getByLabelText('Paste names, one per line');
    fireEvent.change(box, {
      target: {
        value:
          'Ana Lima, Legal, legal\nBo Chen, Engineering, eng\n\nCy Diaz, Engineering, wizard\nDee, Leadership\nEd\nana lima',
      },
    });
    const preview = within(people).getByRole('status');
    expect(preview.textContent).toBe('4 participants will be added. 2 new teams: Engineering, Leadership.');
    expect(within(people).getByText(/Line 4: the role in "Cy Diaz, Engineering, wizard"/)).toBeTruthy();
    expect(within(people).getByText(/Line 7: "ana lima" is already/)).toBeTruthy();

    await user.click(within(people).getByRole('button', { name: 'Add 4 participants' }));
    await waitFor(async () => expect(await repos.people.participants(workshop.id)).toHaveLength(4));
    expect((await repos.people.teams(workshop.id)).map((t) => t.name)).toEqual([
      'Legal',
      'Engineering',
      'Leadership',
    ]);
    // The skipped lines stay in the box to be corrected.
    expect((box as HTMLTextAreaElement).value).toBe('Cy Diaz, Engineering, wizard\nana lima');
    const table = await within(people).findByRole('table', { name: /participants/ });
    const row = within(table).getByRole('row', { name: /Bo Chen/ });
    expect(within(row).getByRole('combobox', { name: 'Team Bo Chen' })).toHaveProperty(
      'value',
      expect.any(String),
    );
    expect(
      (within(row).getByRole('combobox', { name: 'Role Bo Chen' }) as HTMLSelectElement).selectedOptions[0]!
        .textContent,
    ).toBe('Engineering');
  });

  it('adds 20 people from one paste in a single action', async () => {
    const { user, repos, workshop } = await setup();
    const names = Array.from({ length: 20 }, (_, i) => `Person ${i + 1}`).join('\n');
    const people = screen.getByRole('region', { name: 'Participants' });
    fireEvent.change(within(people).getByLabelText('Paste names, one per line'), {
      target: { value: names },
    });
    await user.click(within(people).getByRole('button', { name: 'Add 20 participants' }));
    await waitFor(async () => expect(await repos.people.participants(workshop.id)).toHaveLength(20));
    expect(await within(people).findAllByRole('row')).toHaveLength(21);
  });

  it('adds one participant, changes team and role in the table, and removes with the vote count', async () => {
    const { user, repos, db, workshop } = await setup();
    const team = await repos.people.addTeam(workshop.id, 'Security');
    const people = screen.getByRole('region', { name: 'Participants' });
    await waitFor(() => expect(within(people).getByRole('option', { name: 'Security' })).toBeTruthy());
    await user.type(within(people).getByLabelText('Name'), 'Łucja Nowak');
    await user.selectOptions(within(people).getByLabelText('Role'), 'Security');
    await user.click(within(people).getByRole('button', { name: 'Add participant' }));
    const row = await within(people).findByRole('row', { name: /Łucja Nowak/ });
    await user.selectOptions(within(row).getByRole('combobox', { name: 'Team Łucja Nowak' }), 'Security');
    await user.selectOptions(
      within(row).getByRole('combobox', { name: 'Role Łucja Nowak' }),
      'learning', // the option "Learning & development"
    );
    await waitFor(async () =>
      expect((await repos.people.participants(workshop.id))[0]).toMatchObject({
        teamId: team.id,
        role: 'learning',
      }),
    );

    const [p] = await repos.people.participants(workshop.id);
    await putVotes(db, [
      { workshopId: workshop.id, questionId: 'q1', participantId: p!.id, round: 1, value: 2, at: 1 },
      { workshopId: workshop.id, questionId: 'q2', participantId: p!.id, round: 1, value: 3, at: 2 },
    ]);
    await user.click(within(row).getByRole('button', { name: /^Remove\b/ }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove Łucja Nowak?' });
    expect(confirm.textContent).toMatch(/Łucja Nowak and their 2 votes will be deleted/);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await repos.people.participants(workshop.id)).toHaveLength(1);
    await user.click(within(row).getByRole('button', { name: /^Remove\b/ }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Remove participant' }),
    );
    await waitFor(async () => expect(await repos.people.participants(workshop.id)).toHaveLength(0));
    expect((await storedVotes(db)).length).toBe(0);
    // The removed row's button is gone: focus lands on the section heading, not on the page.
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Participants' })),
    );
  });
  it('says when a removal changes results the room has seen, and removes only after that is confirmed', async () => {
    const { user, repos, db, workshop } = await setup();
    const [ana] = await repos.people.addParticipants(workshop.id, [
      { line: 1, displayName: 'Ana', teamName: null, role: null },
    ]);
    const [q1, q2] = workshop.settings.questionIds as [string, string];
    await repos.session.recordVote({
      workshopId: workshop.id,
      questionId: q1,
      participantId: ana!.id,
      round: 1,
      value: 2,
    });
    await repos.session.recordVote({
      workshopId: workshop.id,
      questionId: q2,
      participantId: ana!.id,
      round: 1,
      value: 3,
    });
    await repos.session.reveal(workshop.id, q1, 1);
    const people = screen.getByRole('region', { name: 'Participants' });
    const row = await within(people).findByRole('row', { name: /Ana/ });
    await user.click(within(row).getByRole('button', { name: /^Remove\b/ }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove Ana?' });
    expect(confirm.textContent).toMatch(
      /their 2 votes will be deleted\. 1 of them is in rounds the room has already seen, so those results will change/,
    );
    await user.click(within(confirm).getByRole('button', { name: 'Remove and change the results' }));
    await waitFor(async () => expect(await repos.people.participants(workshop.id)).toHaveLength(0));
    expect((await storedVotes(db)).length).toBe(0);
  });
});
