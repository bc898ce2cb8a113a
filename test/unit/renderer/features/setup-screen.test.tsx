import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../support/render-app';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';
import { OSPO_FRAMEWORK } from '../../../../shared/framework';

async function setup() {
  const app = await renderApp('#/');
  const workshop = await app.repos.workshops.create({
    title: 'Spring review',
    organization: 'Acme',
    date: '2026-03-18',
    facilitator: 'Robin',
  });
  app.store.getState().navigate({ name: 'workshop', workshopId: workshop.id });
  await screen.findByRole('heading', { level: 1, name: 'Spring review' });
  await screen.findByRole('heading', { level: 2, name: 'Participants' });
  return { ...app, workshop, user: userEvent.setup() };
}

describe('workshop setup', () => {
  it('shows the sections and starts the session from the header', async () => {
    const { user, store, workshop } = await setup();
    for (const name of ['Details', 'Questions', 'Teams', 'Participants', 'Reporting', 'Consensus rules']) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    expect(screen.getByRole('link', { name: 'All workshops' }).getAttribute('href')).toBe('#/');
    await user.click(screen.getByRole('button', { name: 'Start session' }));
    expect(store.getState().route).toEqual({ name: 'session', workshopId: workshop.id });
  });

  it('offers "Continue session" once the session has a saved position', async () => {
    const { db, workshop } = await setup();
    await db.sessions.put({
      workshopId: workshop.id,
      questionId: null,
      captureMode: 'facilitator',
      skipped: [],
      updatedAt: 1,
    });
    expect(await screen.findByRole('button', { name: 'Continue session' })).toBeTruthy();
  });

  it('saves edited details and refuses an empty title with a message tied to the field', async () => {
    const { user, repos, workshop } = await setup();
    const details = screen.getByRole('region', { name: 'Details' });
    const title = within(details).getByLabelText('Title');
    await user.clear(title);
    await user.click(within(details).getByRole('button', { name: 'Save details' }));
    expect(title.getAttribute('aria-invalid')).toBe('true');
    expect(within(details).getByText('Title is required.')).toBeTruthy();
    expect((await repos.workshops.get(workshop.id))?.title).toBe('Spring review');

    await user.type(title, 'Autumn review');
    expect(within(details).getByText('Unsaved changes')).toBeTruthy();
    await user.type(within(details).getByLabelText('Facilitator'), ' Meyer{Enter}');
    await waitFor(async () =>
      expect(await repos.workshops.get(workshop.id)).toMatchObject({
        title: 'Autumn review',
        facilitator: 'Robin Meyer',
      }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Autumn review' })).toBeTruthy();
    expect(within(details).getByText('Saved')).toBeTruthy();
  });

  it('switches to the short preset, then a custom selection reordered with the keyboard', async () => {
    const { user, repos, workshop } = await setup();
    const questions = screen.getByRole('region', { name: 'Questions' });
    const full = OSPO_FRAMEWORK.presets.find((p) => p.id === 'full')!.questionIds;
    const short = OSPO_FRAMEWORK.presets.find((p) => p.id === 'short')!.questionIds;
    expect(
      within(questions).getByRole('radio', { name: `Full workshop (${full.length} questions)` }),
    ).toHaveProperty('checked', true);

    await user.click(within(questions).getByRole('radio', { name: 'Short workshop (12 questions)' }));
    await user.click(within(questions).getByRole('button', { name: 'Save question set' }));
    await waitFor(async () =>
      expect((await repos.workshops.get(workshop.id))?.settings.questionIds).toEqual(short),
    );

    await user.click(within(questions).getByRole('radio', { name: 'Custom selection' }));
    const first = OSPO_FRAMEWORK.questions.find((q) => q.id === short[0])!;
    await user.click(within(questions).getByText(/^Stage 1 practices — Legal Education/));
    await user.click(within(questions).getByRole('checkbox', { name: first.statement }));
    const order = within(questions).getByRole('list', { name: 'Running order' });
    expect(within(order).getAllByRole('listitem')).toHaveLength(11);
    const downs = within(order).getAllByRole('button', { name: 'Down' });
    downs[0]!.focus();
    await user.keyboard('{Enter}');
    // Focus follows the moved question, now second in the running order.
    const moved = OSPO_FRAMEWORK.questions.find((q) => q.id === short[1])!;
    const describedBy = document.activeElement?.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe(moved.statement);
    expect(within(order).getAllByRole('listitem')[1]!.textContent).toContain(moved.statement);
    await user.click(within(questions).getByRole('button', { name: 'Save question set' }));
    const expected = short.slice(1);
    [expected[0], expected[1]] = [expected[1]!, expected[0]!];
    await waitFor(async () =>
      expect((await repos.workshops.get(workshop.id))?.settings.questionIds).toEqual(expected),
    );
  });

  it('refuses to save an empty custom selection', async () => {
    const { user, repos, workshop } = await setup();
    await repos.workshops.patchSettings(workshop.id, { questionIds: ['licence-process'] });
    const questions = screen.getByRole('region', { name: 'Questions' });
    await waitFor(() =>
      expect(within(questions).getByRole('radio', { name: 'Custom selection' })).toHaveProperty(
        'checked',
        true,
      ),
    );
    const q = OSPO_FRAMEWORK.questions.find((x) => x.id === 'licence-process')!;
    await user.click(within(questions).getByRole('checkbox', { name: q.statement }));
    await user.click(within(questions).getByRole('button', { name: 'Save question set' }));
    expect(within(questions).getByRole('alert').textContent).toMatch(/at least one question/);
    expect((await repos.workshops.get(workshop.id))?.settings.questionIds).toEqual(['licence-process']);
  });

  it('warns, once the session has started, that dropped questions keep their hidden votes', async () => {
    const { user, db, workshop } = await setup();
    await db.sessions.put({
      workshopId: workshop.id,
      questionId: null,
      captureMode: 'facilitator',
      skipped: [],
      updatedAt: 1,
    });
    const questions = screen.getByRole('region', { name: 'Questions' });
    await screen.findByRole('button', { name: 'Continue session' });
    await user.click(within(questions).getByRole('radio', { name: 'Short workshop (12 questions)' }));
    const removed = OSPO_FRAMEWORK.questions.length - 12;
    expect(within(questions).getByText(new RegExp(`${removed} questions leave the set`)).textContent).toMatch(
      /votes are kept/,
    );
  });

  it('saves anonymity and target stage at once', async () => {
    const { user, repos, workshop } = await setup();
    const reporting = screen.getByRole('region', { name: 'Reporting' });
    await user.click(within(reporting).getByRole('radio', { name: 'Aliases (codes such as P37)' }));
    await user.selectOptions(
      within(reporting).getByLabelText('Target stage'),
      'Stage 2 — Community Education',
    );
    await waitFor(async () =>
      expect((await repos.workshops.get(workshop.id))?.settings).toMatchObject({
        anonymity: 'aliases',
        targetStage: 2,
      }),
    );
    await user.selectOptions(within(reporting).getByLabelText('Target stage'), 'No target');
    await waitFor(async () =>
      expect((await repos.workshops.get(workshop.id))?.settings.targetStage).toBeNull(),
    );
  });

  it('validates consensus rules: bad input changes nothing; reset restores the defaults', async () => {
    const { user, repos, workshop } = await setup();
    const rules = screen.getByRole('region', { name: 'Consensus rules' });
    expect(rules.textContent).toMatch(/spans at most 1 \(IQR ≤ 1\) and Cns ≥ 0\.70/);
    const iqr = within(rules).getByLabelText('Consensus: largest IQR');
    await user.clear(iqr);
    await user.type(iqr, '7');
    const cns = within(rules).getByLabelText('Consensus: smallest Cns');
    await user.clear(cns);
    await user.type(cns, '0,8');
    await user.click(within(rules).getByRole('button', { name: 'Save rules' }));
    expect(iqr.getAttribute('aria-invalid')).toBe('true');
    expect(within(rules).getByText('Enter a number from 0 to 4.').id).toBe(
      iqr.getAttribute('aria-describedby')!.split(' ')[0],
    );
    expect((await repos.workshops.get(workshop.id))?.settings.thresholds).toEqual(DEFAULT_THRESHOLDS);

    await user.clear(iqr);
    await user.type(iqr, '1.5');
    await user.click(within(rules).getByRole('button', { name: 'Save rules' }));
    await waitFor(async () =>
      expect((await repos.workshops.get(workshop.id))?.settings.thresholds).toEqual({
        ...DEFAULT_THRESHOLDS,
        maxIqr: 1.5,
        minCns: 0.8,
      }),
    );

    await user.click(within(rules).getByRole('button', { name: 'Reset to defaults' }));
    expect(within(rules).getByText('Unsaved changes')).toBeTruthy();
    await user.click(within(rules).getByRole('button', { name: 'Save rules' }));
    await waitFor(async () =>
      expect((await repos.workshops.get(workshop.id))?.settings.thresholds).toEqual(DEFAULT_THRESHOLDS),
    );
  });
});
