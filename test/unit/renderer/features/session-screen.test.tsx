import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { databaseWithWorkshop, storedVotes } from '../db/db-harness';
import type { Anonymity } from '../../../../shared/model/types';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';

/** Seeds a workshop with these people through the repositories, then renders its session. */
async function sessionWith(names: string[], anonymity: Anonymity = 'names') {
  const { name, repos, w } = await databaseWithWorkshop('seed');
  await repos.workshops.patchSettings(w.id, { anonymity });
  for (const displayName of names)
    await repos.people.addParticipant(w.id, { displayName, teamId: null, role: null });
  const app = await renderApp(`#/workshops/${w.id}/session`, name);
  // The grid is ready once the question's votes are read (until then it is busy and keys wait).
  await screen.findByRole('table', { name: 'Votes', busy: false });
  return { ...app, workshopId: w.id };
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(`^${name}, `) });

describe('session screen', () => {
  it('records digits for the selected person and moves on; values stay hidden until the reveal', async () => {
    const user = userEvent.setup();
    const { db } = await sessionWith(['Ana', 'Bo', 'Cy']);
    row('Ana').focus();
    await user.keyboard('3');
    await waitFor(() => expect(row('Ana').getAttribute('data-state')).toBe('recorded'));
    expect(document.activeElement).toBe(row('Bo'));
    await user.keyboard('1?');
    await waitFor(() => expect(screen.getByTestId('voted-count').textContent).toBe('3 of 3 voted'));
    expect((await storedVotes(db)).map((v) => v.value).sort()).toEqual([1, 3, 'dontKnow']);
    // Before the reveal no value is shown as chosen and the computed value is hidden.
    expect(document.querySelectorAll('.vote-button.is-chosen')).toHaveLength(0);
    expect(screen.getByTestId('computed-value').textContent).toMatch(/hidden until the votes are revealed/);

    await user.keyboard('{Enter}');
    await screen.findByText('Votes revealed');
    // Who voted what stays off the shared screen until the facilitator chooses to show it.
    expect(row('Ana').getAttribute('aria-label')).toBe('Ana, Recorded');
    const toggle = screen.getByRole('button', { name: 'Show who voted what' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    await waitFor(() => expect(row('Ana').getAttribute('aria-label')).toBe('Ana, voted 3'));
    expect(row('Cy').getAttribute('aria-label')).toBe('Cy, voted Don’t know');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('computed-value').textContent).toBe('Computed value (median): 2');

    // The round is locked now: a digit changes nothing in the database and says why.
    row('Ana').focus();
    await user.keyboard('0');
    expect(await screen.findByText(/Round 1 is revealed: its votes no longer change/)).toBeTruthy();
    expect((await storedVotes(db)).map((v) => v.value).sort()).toEqual([1, 3, 'dontKnow']);
    expect(within(row('Ana')).queryByRole('button')).toBeNull();
  });

  it('sends digits to the first person still to vote, after moving on and with focus anywhere', async () => {
    const user = userEvent.setup();
    const { db } = await sessionWith(['Ana', 'Bo', 'Cy']);
    // At the start the first person is marked and focused: typing needs no click.
    await waitFor(() => expect(document.activeElement).toBe(row('Ana')));
    await user.keyboard('2');
    await waitFor(() => expect(row('Ana').getAttribute('data-state')).toBe('recorded'));
    // Focus elsewhere (a button of the navigation): a digit still goes to the marked person, Bo.
    screen.getByRole('button', { name: /^Undo\b/ }).focus();
    await user.keyboard('4');
    await waitFor(() => expect(row('Bo').getAttribute('data-state')).toBe('recorded'));
    expect(document.activeElement).toBe(row('Cy'));

    // PageDown, then digits at once: they belong to the next question, first person first.
    const first = screen.getByRole('heading', { level: 1 }).textContent;
    await user.keyboard('{PageDown}130');
    await waitFor(() => expect(screen.getByTestId('voted-count').textContent).toBe('3 of 3 voted'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(first);
    const votes = await storedVotes(db);
    const name = new Map((await db.participants.toArray()).map((p) => [p.id, p.displayName]));
    const q1 = votes.find((v) => v.value === 2)!.questionId;
    const byName = (list: typeof votes) =>
      Object.fromEntries(list.map((v) => [name.get(v.participantId), v.value]));
    expect(byName(votes.filter((v) => v.questionId === q1))).toEqual({ Ana: 2, Bo: 4 });
    expect(byName(votes.filter((v) => v.questionId !== q1))).toEqual({ Ana: 1, Bo: 3, Cy: 0 });
  });

  it('does not reveal with Enter while someone has not voted', async () => {
    const user = userEvent.setup();
    await sessionWith(['Ana', 'Bo']);
    row('Ana').focus();
    await user.keyboard('2');
    await waitFor(() => expect(row('Ana').getAttribute('data-state')).toBe('recorded'));
    await user.keyboard('{Enter}');
    // A reveal goes in line with the votes: had Enter revealed, Bo's digit after it would be refused.
    // So once Bo shows as recorded, Enter has had its effect, and the round must still be hidden.
    await user.keyboard('4');
    await waitFor(() => expect(row('Bo').getAttribute('data-state')).toBe('recorded'));
    expect(screen.getByTestId('voted-count').textContent).toBe('2 of 2 voted');
    expect(screen.queryByText('Votes revealed')).toBeNull();
    expect(screen.getByRole('button', { name: /Reveal votes/ })).toBeTruthy();
    expect(screen.getByTestId('computed-value').textContent).toMatch(/hidden until the votes are revealed/);
  });

  it('skips a question and comes back to it; coming back takes it off the list', async () => {
    const user = userEvent.setup();
    await sessionWith(['Ana']);
    const first = screen.getByRole('heading', { level: 1 }).textContent;
    await user.click(screen.getByRole('button', { name: 'Skip for now' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(first));
    expect(screen.getByText('Question 2 of 40', { exact: false })).toBeTruthy();
    await waitFor(() =>
      expect(screen.getByTestId('progress').textContent).toMatch(/· 1 skipped question to come back to$/),
    );
    await user.click(screen.getByRole('button', { name: 'Back to skipped (1)' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(first));
    await waitFor(() => expect(screen.getByTestId('progress').textContent).not.toMatch(/skipped/));
    expect(screen.queryByRole('button', { name: /^Back to skipped/ })).toBeNull();
  });

  it('undoes the last votes one at a time and says what was undone', async () => {
    const user = userEvent.setup();
    const { db } = await sessionWith(['Ana', 'Bo']);
    row('Ana').focus();
    await user.keyboard('4');
    await user.keyboard('0');
    await waitFor(() => expect(screen.getByTestId('voted-count').textContent).toBe('2 of 2 voted'));
    await user.click(screen.getByRole('button', { name: /^Undo/ }));
    expect(await screen.findByText('Undone: Bo’s vote on question 1.')).toBeTruthy();
    await waitFor(() => expect(row('Bo').getAttribute('data-state')).toBe('waiting'));
    expect((await storedVotes(db)).length).toBe(1);

    // Undo from another question goes back to the question whose action it undoes.
    const first = screen.getByRole('heading', { level: 1 }).textContent;
    await user.keyboard('{PageDown}');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(first));
    await user.keyboard('{Control>}z{/Control}');
    expect(await screen.findByText('Undone: Ana’s vote on question 1.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(first));
    expect((await storedVotes(db)).length).toBe(0);
  });

  it('requires a rationale for an agreed value and keeps the computed value beside it', async () => {
    const user = userEvent.setup();
    const { db } = await sessionWith(['Ana', 'Bo']);
    row('Ana').focus();
    await user.keyboard('1');
    await user.keyboard('3');
    await waitFor(() => expect(screen.getByTestId('voted-count').textContent).toBe('2 of 2 voted'));
    await user.click(screen.getByRole('button', { name: /Reveal votes/ }));
    await screen.findByText('Votes revealed');
    await user.click(screen.getByRole('button', { name: /^Record a decision\b/ }));
    expect(document.activeElement).toBe(screen.getByLabelText('Agreed value'));
    await user.selectOptions(screen.getByLabelText('Agreed value'), '3');
    await user.click(screen.getByRole('button', { name: /^Save decision\b/ }));
    expect(screen.getByText('A rationale is required with an agreed value.')).toBeTruthy();
    expect(await db.decisions.count()).toBe(0);
    await user.type(screen.getByLabelText('Rationale'), 'Bo described the process in use.');
    await user.click(screen.getByRole('button', { name: /^Save decision\b/ }));
    expect(await screen.findByText('Agreed value 3 replaces the computed 2 in the results.')).toBeTruthy();
    expect((await db.decisions.toArray())[0]).toMatchObject({
      agreedValue: 3,
      rationale: 'Bo described the process in use.',
    });
    // Saved: the form closes and the decision reads as text; the computed value is still there.
    expect(screen.queryByRole('button', { name: /^Save decision\b/ })).toBeNull();
    expect(screen.getByTestId('decision-rationale').textContent).toBe(
      'Rationale Bo described the process in use.',
    );
    expect(screen.getByTestId('computed-value').textContent).toBe('Computed value (median): 2');

    // Cancel throws away an edit: nothing is saved and the form shows the stored decision next time.
    await user.click(screen.getByRole('button', { name: /^Edit decision\b/ }));
    await user.selectOptions(screen.getByLabelText('Agreed value'), '0');
    await user.click(screen.getByRole('button', { name: /^Cancel\b/ }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Edit decision\b/ }));
    expect((await db.decisions.toArray())[0]?.agreedValue).toBe(3);
    await user.click(screen.getByRole('button', { name: /^Edit decision\b/ }));
    expect((screen.getByLabelText('Agreed value') as HTMLSelectElement).value).toBe('3');

    // A second version: the agreed value reads first, and the earlier version stays readable.
    await user.selectOptions(screen.getByLabelText('Agreed value'), '2');
    await user.clear(screen.getByLabelText('Rationale'));
    await user.type(screen.getByLabelText('Rationale'), 'Legal showed the process is not used yet.');
    await user.click(screen.getByRole('button', { name: /^Save decision\b/ }));
    expect(await screen.findByText('Agreed value 2 is also the computed value.')).toBeTruthy();
    expect(screen.getByTestId('agreed-value').textContent).toBe('Agreed value: 2 · Partly in place');
    await user.click(screen.getByText('1 earlier version kept'));
    const earlier = screen.getByRole('listitem');
    expect(earlier.textContent).toMatch(/Agreed value: 3 · Bo described the process in use\.$/);
  });

  it('shows the scale’s words wherever a vote is chosen: beside the grid, on the private card, in the decision', async () => {
    const user = userEvent.setup();
    await sessionWith(['Ana', 'Bo']);
    const words = [
      'Not in place',
      'Ad hoc or just starting',
      'Partly in place',
      'Largely in place',
      'Fully embedded',
    ];
    // Beside the grid, for a room voting with cards or fingers.
    const legend = screen.getByTestId('scale-legend');
    words.forEach((w, value) =>
      expect(within(legend).getByText(w).previousElementSibling?.textContent).toBe(`${value}`),
    );
    // On the private card, each answer with its words.
    await user.click(screen.getByRole('button', { name: 'Pass the device' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pass the device' });
    await user.click(within(dialog).getByRole('button', { name: 'I am Ana' }));
    const scale = within(dialog).getByRole('group');
    expect(
      within(scale)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(words.map((w, v) => `${v} ${w}`));
    await user.keyboard('3');
    expect(await within(dialog).findByText('Thank you, your vote is recorded.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Next person' }));
    await user.click(within(dialog).getByRole('button', { name: 'I am Bo' }));
    await user.keyboard('1');
    expect(await within(dialog).findByText('Thank you, your vote is recorded.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    await user.click(within(dialog).getByRole('button', { name: 'Facilitator' }));
    await user.click(screen.getByRole('button', { name: 'Return to facilitator' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Pass the device' })).toBeNull());
    // In the decision: the agreed value is chosen by its words, and reads with them once saved.
    await user.click(screen.getByRole('button', { name: /Reveal votes/ }));
    await screen.findByText('Votes revealed');
    await user.keyboard('d');
    const agreed = screen.getByLabelText('Agreed value');
    expect([...agreed.querySelectorAll('option')].slice(1).map((o) => o.textContent)).toEqual(
      words.map((w, v) => `${v} · ${w}`),
    );
  });

  it('"Go to question" lists every question in full and finds one by its words', async () => {
    const user = userEvent.setup();
    const { db, workshopId } = await sessionWith(['Ana']);
    const ids = (await db.workshops.get(workshopId))!.settings.questionIds;
    const statements = ids.map((id) => OSPO_FRAMEWORK.questions.find((q) => q.id === id)!.statement);
    await user.keyboard('g');
    const dialog = await screen.findByRole('dialog', { name: 'Go to question' });
    // Whole texts, however long: the longest one is there to its last word.
    const shown = within(dialog)
      .getAllByRole('option')
      .map((o) => o.querySelector('.jump-text')?.textContent);
    expect(shown).toEqual(statements);
    const longest = statements.reduce((a, b) => (b.length > a.length ? b : a));
    expect(longest.length).toBeGreaterThan(70);
    // A few words find it; Enter goes there and the dialog closes.
    const target = statements.findIndex((st) => st === longest);
    const words = longest
      .split(/\s+/)
      .filter((w) => w.length > 6)
      .slice(0, 2);
    await user.keyboard(words.join(' '));
    const found = within(dialog).getAllByRole('option');
    expect(found.map((o) => o.querySelector('.jump-text')?.textContent)).toContain(longest);
    // Arrow down to it: the list is short once filtered, and the arrows stop at its end.
    const position = found.findIndex((o) => o.textContent?.includes(longest));
    for (let i = 0; i < position; i++) await user.keyboard('{ArrowDown}');
    expect(within(dialog).getByRole('combobox').getAttribute('aria-activedescendant')).toBe(
      found[position]!.id,
    );
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Go to question' })).toBeNull());
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(longest));
    expect(screen.getByText(`Question ${target + 1} of ${ids.length}`, { exact: false })).toBeTruthy();
  });

  it('pass the device: one person at a time, never showing an earlier vote, and a deliberate way back', async () => {
    const user = userEvent.setup();
    const { db } = await sessionWith(['Ana', 'Bo']);
    await user.click(screen.getByRole('button', { name: 'Pass the device' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pass the device' });
    expect(within(dialog).getByText('Hand the laptop to Ana')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'I am Ana' }));
    await user.click(within(dialog).getByRole('button', { name: /^4 / }));
    expect(await within(dialog).findByText('Thank you, your vote is recorded.')).toBeTruthy();
    expect(within(dialog).queryByText(/4/)).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Next person' }));
    expect(within(dialog).getByText('Hand the laptop to Bo')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Facilitator' }));
    await user.click(screen.getByRole('button', { name: 'Keep passing' }));
    expect(within(dialog).getByText('Hand the laptop to Bo')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Facilitator' }));
    await user.click(screen.getByRole('button', { name: 'Return to facilitator' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Pass the device' })).toBeNull());
    expect((await storedVotes(db)).map((v) => v.value)).toEqual([4]);
  });

  it('pass the device: the last person is thanked, and people skipped are named at the end', async () => {
    const user = userEvent.setup();
    await sessionWith(['Ana', 'Bo']);
    await user.click(screen.getByRole('button', { name: 'Pass the device' }));
    const dialog = await screen.findByRole('dialog', { name: 'Pass the device' });
    await user.click(within(dialog).getByRole('button', { name: 'Skip Ana' }));
    await user.click(within(dialog).getByRole('button', { name: 'I am Bo' }));
    await user.click(within(dialog).getByRole('button', { name: /^Don’t know\b/ }));
    expect(await within(dialog).findByText('Thank you, your vote is recorded.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Done' }));
    expect(
      within(dialog).getByText('Everyone present has voted. Hand the laptop back to the facilitator.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('Skipped: Ana. The facilitator can enter their votes.')).toBeTruthy();
  });

  it.each([
    ['anonymous', /^2 people sit 2 or more points from the median$/],
    ['aliases', /^Far from the median: P\d\d, P\d\d$/],
    ['names', /^Far from the median: Ana, Bo$/],
  ] as const)(
    '%s workshop: names to capture, individual votes after the reveal only when people are named',
    async (anonymity, far) => {
      const user = userEvent.setup();
      const { db } = await sessionWith(['Ana', 'Bo', 'Cy', 'Dee', 'Eve'], anonymity);
      row('Ana').focus();
      await user.keyboard('00444');
      await waitFor(() => expect(screen.getByTestId('voted-count').textContent).toBe('5 of 5 voted'));
      await user.keyboard('{Enter}');
      await screen.findByText('Votes revealed');
      expect(screen.getByText(far)).toBeTruthy();
      // Off by default everywhere; only a workshop that names people offers to show who voted what.
      expect(row('Ana').getAttribute('aria-label')).toBe('Ana, Recorded');
      expect(document.querySelectorAll('.vote-button.is-chosen')).toHaveLength(0);
      const toggle = screen.queryByRole('button', { name: 'Show who voted what' });
      expect(toggle !== null).toBe(anonymity === 'names');
      if (toggle) {
        await user.click(toggle);
        await waitFor(() => expect(row('Ana').getAttribute('aria-label')).toBe('Ana, voted 0'));
        expect(document.querySelectorAll('.vote-button.is-chosen')).toHaveLength(5);
      }
      if (anonymity === 'aliases') {
        const aliases = (await db.participants.toArray())
          .sort((a, b) => a.order - b.order)
          .map((p) => p.alias);
        const [ana, bo] = aliases;
        expect(screen.getByText(far).textContent).toBe(`Far from the median: ${ana}, ${bo}`);
      }
    },
  );
});
