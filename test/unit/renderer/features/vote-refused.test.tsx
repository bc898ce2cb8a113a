// A vote the database refuses (a full disk): its row says so until that person has a vote again.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { databaseWithWorkshop, storedVotes } from '../db/db-harness';
import { StorageError } from '../../../../renderer/db/errors';

async function sessionWith(names: string[]) {
  const { name, repos, w } = await databaseWithWorkshop('refused');
  for (const displayName of names)
    await repos.people.addParticipant(w.id, { displayName, teamId: null, role: null });
  const app = await renderApp(`#/workshops/${w.id}/session`, name);
  await screen.findByRole('table', { name: 'Votes', busy: false });
  return { ...app, workshopId: w.id, questionId: w.settings.questionIds[0]! };
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}, `) });

describe('a refused vote', () => {
  it('says "Not recorded" on its row with the reason, until a vote for that person arrives', async () => {
    const user = userEvent.setup();
    const { repos, db, workshopId, questionId } = await sessionWith(['Ana', 'Bo']);
    const full = vi
      .spyOn(repos.session, 'recordVotes')
      .mockRejectedValue(new StorageError('error.storage.quota', 'quota'));
    row('Ana').focus();
    await user.keyboard('3');
    await waitFor(() => expect(row('Ana').getAttribute('aria-label')).toBe('Ana, Not recorded'));
    expect((await screen.findByRole('alert')).textContent).toMatch(/The disk is full/);
    expect((await storedVotes(db)).length).toBe(0);
    full.mockRestore();

    // Bo's row was never refused; a vote for Ana from elsewhere (a phone, another window) ends the refusal.
    expect(row('Bo').getAttribute('aria-label')).toBe('Bo, Waiting');
    const ana = (await db.participants.toArray()).find((p) => p.displayName === 'Ana')!;
    await repos.session.recordVote({ workshopId, questionId, participantId: ana.id, round: 1, value: 2 });
    await waitFor(() => expect(row('Ana').getAttribute('aria-label')).toBe('Ana, Recorded'));
  });
});
