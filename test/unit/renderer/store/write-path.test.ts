// One write path: the setup, the session and the home screen write through the store, and a refusal or a
// success reaches the facilitator the same way from each.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../renderer/store/app-store';
import { databaseWithWorkshop } from '../db/db-harness';
import type { Notice } from '../../../../renderer/store/notices.slice';

async function setup() {
  const { repos, w } = await databaseWithWorkshop('write-path');
  const store = createAppStore({
    repos,
    t: (key, params) => `${key} ${JSON.stringify(params ?? {})}`,
    initialHash: '#/',
    preferences: { load: () => ({}), save: () => {} },
  });
  const last = (): Notice | undefined => store.getState().notices.at(-1);
  const errorKey = () => {
    const message = last()?.message;
    return last()?.kind === 'error' && typeof message === 'object' ? message.key : null;
  };
  return { repos, w, store, last, errorKey };
}

describe('the one write path', () => {
  it('reports a refusal from each screen as an error notice with the repository’s message', async () => {
    const { w, store, errorKey } = await setup();
    expect(await store.getState().setup.addTeam(w.id, ' ', (name) => `${name} added`)).toBeNull();
    expect(errorKey()).toBe('error.team.nameRequired');
    expect(await store.getState().setup.saveSettings(w.id, { questionIds: [] }, 'saved')).toBeNull();
    expect(errorKey()).toBe('error.settings.noQuestions');
    expect(await store.getState().renameWorkshop(w.id, '')).toBe(false);
    expect(errorKey()).toBe('error.workshop.required');
    const target = {
      workshopId: w.id,
      questionId: w.settings.questionIds[0]!,
      participantId: 'nobody',
      round: 1,
    };
    expect(await store.getState().castVote(target, 2)).toBe(false);
    expect(errorKey()).toBe('error.vote.stranger');
  });

  it('reports a success the screen worded, and writes through the repositories', async () => {
    const { repos, w, store, last } = await setup();
    const team = await store.getState().setup.addTeam(w.id, 'Legal', (name) => `${name} added`);
    expect(team?.name).toBe('Legal');
    expect(last()).toMatchObject({ kind: 'success', message: 'Legal added' });
    expect((await repos.people.teams(w.id)).map((t) => t.name)).toEqual(['Legal']);
    expect(await store.getState().setup.removeTeam(team!.id, 'Legal removed')).toBe(true);
    expect(last()).toMatchObject({ kind: 'success', message: 'Legal removed' });
  });
});
