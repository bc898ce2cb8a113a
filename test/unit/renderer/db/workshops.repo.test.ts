import { describe, expect, it } from 'vitest';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { StorageError } from '../../../../renderer/db/errors';
import { WORKSHOP_KEY } from '../../../../renderer/db/schema';
import { uniqueDbName } from './db-harness';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';

function setup(start = 1_000) {
  let now = start;
  const db = new OspoDatabase(uniqueDbName('repo'));
  const repos = createRepositories(db, { defaults: defaultWorkshopSettings, clock: { now: () => now } });
  return { db, repos, tick: (ms: number) => (now += ms) };
}

const fields = { title: 'Q4 maturity', organization: 'Acme', date: '2026-11-25', facilitator: 'Ana' };

describe('workshops repository', () => {
  it('creates a workshop with trimmed fields, timestamps and default settings, and reads it back', async () => {
    const { repos } = setup();
    const created = await repos.workshops.create({ ...fields, title: '  Q4   maturity ' });
    expect(created.title).toBe('Q4 maturity');
    expect(created.createdAt).toBe(1_000);
    expect(created.lastOpenedAt).toBeNull();
    expect(created.settings.thresholds.stageThreshold).toBe(0.6);
    expect(await repos.workshops.get(created.id)).toEqual(created);
  });

  it('refuses invalid input with a clear error and writes nothing', async () => {
    const { repos, db } = setup();
    await expect(repos.workshops.create({ ...fields, title: '   ' })).rejects.toThrow(StorageError);
    await expect(repos.workshops.create({ ...fields, date: '2026-02-30' })).rejects.toThrow(/date/);
    expect(await db.workshops.count()).toBe(0);
  });

  it('refuses with a catalog message naming the field, never a raw validation code', async () => {
    const { repos } = setup();
    const error = await repos.workshops.create({ ...fields, title: 'x'.repeat(121) }).catch((e) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({
      key: 'error.workshop.tooLong',
      params: { field: { key: 'workshop.form.title' }, max: 120 },
    });
    expect(error.message).toBe(
      'Title is longer than 120 characters. Nothing was saved. Shorten it, then save again.',
    );
  });

  it('lists the most recently opened first', async () => {
    const { repos, tick } = setup();
    const a = await repos.workshops.create({ ...fields, title: 'A' });
    tick(10);
    const b = await repos.workshops.create({ ...fields, title: 'B' });
    tick(10);
    await repos.workshops.markOpened(a.id);
    expect((await repos.workshops.list()).map((w) => w.title)).toEqual(['A', 'B']);
    tick(10);
    await repos.workshops.markOpened(b.id);
    expect((await repos.workshops.list()).map((w) => w.title)).toEqual(['B', 'A']);
  });

  it('renames and stamps the update time; renaming a missing workshop says so', async () => {
    const { repos, tick } = setup();
    const w = await repos.workshops.create(fields);
    tick(5);
    const renamed = await repos.workshops.rename(w.id, 'Q1 follow-up');
    expect(renamed.title).toBe('Q1 follow-up');
    expect(renamed.updatedAt).toBe(1_005);
    await expect(repos.workshops.rename('missing', 'x')).rejects.toThrow(/no longer on this computer/);
  });

  it('deletes a workshop with its teams and participants, leaving other workshops alone', async () => {
    const { repos, db } = setup();
    const a = await repos.workshops.create({ ...fields, title: 'A' });
    const b = await repos.workshops.create({ ...fields, title: 'B' });
    await db.teams.bulkAdd([
      { id: 't1', workshopId: a.id, name: 'Legal', color: '#E69F00', order: 0 },
      { id: 't2', workshopId: b.id, name: 'Legal', color: '#E69F00', order: 0 },
    ]);
    await db.participants.add({
      id: 'p1',
      workshopId: a.id,
      displayName: 'Ana',
      alias: 'P1',
      teamId: 't1',
      role: null,
      order: 0,
    });
    await repos.workshops.remove(a.id);
    expect(await repos.workshops.get(a.id)).toBeUndefined();
    expect(await db.teams.toArray()).toEqual([expect.objectContaining({ id: 't2' })]);
    expect(await db.participants.count()).toBe(0);
  });

  it('deletes every row of the workshop in every table, and nothing of another workshop', async () => {
    const { repos, db } = setup();
    /** One row of each kind, written the way the app writes them. */
    async function populate(title: string) {
      const w = await repos.workshops.create({ ...fields, title });
      const team = await repos.people.addTeam(w.id, 'Legal');
      const p = await repos.people.addParticipant(w.id, { displayName: 'Ana', teamId: team.id, role: null });
      const at = { workshopId: w.id, questionId: 'q1', participantId: p.id, round: 1 };
      await repos.session.recordVote({ ...at, value: 3 });
      await repos.session.reveal(w.id, 'q1', 1);
      await repos.session.saveDecision({
        workshopId: w.id,
        questionId: 'q1',
        agreedValue: 3,
        rationale: 'The room agreed',
        notes: '',
      });
      await repos.session.setPosition(w.id, { questionId: 'q1' });
      return w.id;
    }
    const doomed = await populate('A');
    const kept = await populate('B');
    const belongsTo = (id: string) => (row: Record<string, unknown>) =>
      row.workshopId === id || (row.id === id && row.workshopId === undefined);
    // Tables of no workshop (installed frameworks) are not touched: that is checked at the end.
    const workshopTables = db.tables.filter((t) => WORKSHOP_KEY[t.name] !== null);
    const rowsOf = async (id: string) =>
      Object.fromEntries(
        await Promise.all(
          workshopTables.map(
            async (t) => [t.name, (await t.toArray()).filter(belongsTo(id)).length] as const,
          ),
        ),
      );
    await repos.frameworks.install(GGI_FRAMEWORK);

    // Every table holds a row of the workshop first: a new table that this test does not fill fails
    // here, so its rows are covered by the deletion check below.
    const before = await rowsOf(doomed);
    expect(Object.entries(before).filter(([, count]) => count === 0)).toEqual([]);

    await repos.workshops.remove(doomed);
    expect(await rowsOf(doomed)).toEqual(Object.fromEntries(workshopTables.map((t) => [t.name, 0])));
    expect(await rowsOf(kept)).toEqual(before);
    expect((await repos.frameworks.list()).map((f) => f.id)).toEqual([GGI_FRAMEWORK.id]);
  });
});

describe('which workshop a row belongs to', () => {
  it('is declared for every table of the current schema', () => {
    const db = new OspoDatabase(uniqueDbName('keys'));
    expect(Object.keys(WORKSHOP_KEY).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('refuses to delete, changing nothing, when a table is not declared', async () => {
    const { repos, db } = setup();
    const w = await repos.workshops.create(fields);
    await repos.people.addTeam(w.id, 'Legal');
    const keys = WORKSHOP_KEY as Record<string, string>;
    const saved = keys.teams!;
    delete keys.teams;
    try {
      await expect(repos.workshops.remove(w.id)).rejects.toThrow(StorageError);
    } finally {
      keys.teams = saved;
    }
    expect(await db.workshops.count()).toBe(1);
    expect(await db.teams.count()).toBe(1);
  });
});

describe('workshop settings', () => {
  it('keeps both of two patches to different fields saved at the same moment', async () => {
    const { repos, tick } = setup();
    const w = await repos.workshops.create(fields);
    tick(5);
    await Promise.all([
      repos.workshops.patchSettings(w.id, { anonymity: 'aliases' }),
      repos.workshops.patchSettings(w.id, { targetStage: 2 }),
      repos.workshops.patchSettings(w.id, { thresholds: { ...w.settings.thresholds, minCns: 0.8 } }),
    ]);
    const stored = (await repos.workshops.get(w.id))!;
    expect(stored.settings).toEqual({
      ...w.settings,
      anonymity: 'aliases',
      targetStage: 2,
      thresholds: { ...w.settings.thresholds, minCns: 0.8 },
    });
    expect(stored.updatedAt).toBe(1_005);
  });

  it('refuses settings that cannot be used, and a missing workshop, changing nothing', async () => {
    const { repos } = setup();
    const w = await repos.workshops.create(fields);
    const bad: Parameters<typeof repos.workshops.patchSettings>[1][] = [
      { questionIds: [] },
      { questionIds: ['q1', 'q1'] },
      { targetStage: 7 as never },
      { anonymity: 'nobody' as never },
      { thresholds: { ...w.settings.thresholds, stageThreshold: 0 } },
    ];
    for (const patch of bad) {
      await expect(repos.workshops.patchSettings(w.id, patch)).rejects.toThrow(StorageError);
    }
    expect((await repos.workshops.get(w.id))?.settings).toEqual(w.settings);
    await expect(repos.workshops.patchSettings('missing', { targetStage: 1 })).rejects.toThrow(
      /no longer on this computer/,
    );
  });
});

describe('createRepositories', () => {
  it('hands on repositories only, never the database itself', () => {
    const { repos } = setup();
    expect(Object.keys(repos).sort()).toEqual([
      'changes',
      'files',
      'frameworks',
      'people',
      'session',
      'storage',
      'workshops',
    ]);
    // What a live view listens to: the database's name and its stream of writes, not the database.
    expect(Object.keys(repos.changes).sort()).toEqual(['dbName', 'subscribe']);
  });
});
