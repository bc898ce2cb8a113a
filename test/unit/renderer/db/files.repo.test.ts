// Whole workshops through the database: export → import gives the same workshop; an import, a replace
// or a merge is one transaction that writes everything or nothing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { StorageError } from '../../../../renderer/db/errors';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import {
  readWorkshopFile,
  serializeArchive,
  serializeWorkshop,
  workshopContent,
  type WorkshopData,
} from '../../../../shared/files';
import { GGI_FRAMEWORK } from '../../../fixtures/frameworks';
import {
  META,
  bytes,
  normalized,
  randomWorkshop,
  seededWorkshops,
  smallWorkshop,
} from '../../shared/files/workshops';
import { dump, uniqueDbName } from './db-harness';
import { defaultReportOptions } from '../../../../shared/report/options';

function fresh(prefix = 'files') {
  let now = 1_800_000_000_000;
  const db = new OspoDatabase(uniqueDbName(prefix));
  const repos = createRepositories(db, { defaults: defaultWorkshopSettings, clock: { now: () => now++ } });
  return { db, repos };
}

async function fileRoundTrip(data: WorkshopData): Promise<WorkshopData> {
  const read = await readWorkshopFile(bytes(await serializeWorkshop(data, META)));
  if (!read.ok) throw new Error(JSON.stringify(read.failure).slice(0, 1000));
  return read.value.workshops[0]!;
}

describe('files repository', () => {
  it('exports a workshop built in the app and imports it on another computer unchanged', async () => {
    const here = fresh();
    const w = await here.repos.workshops.create({
      title: 'Łódź',
      organization: 'Org',
      date: '2026-11-30',
      facilitator: 'Ana',
    });
    const team = await here.repos.people.addTeam(w.id, 'Legal');
    const ana = await here.repos.people.addParticipant(w.id, {
      displayName: 'Ana',
      teamId: team.id,
      role: 'legal',
    });
    const bo = await here.repos.people.addParticipant(w.id, { displayName: 'Bo', teamId: null, role: null });
    const q = w.settings.questionIds[0]!;
    await here.repos.session.recordVote({
      workshopId: w.id,
      questionId: q,
      participantId: ana.id,
      round: 1,
      value: 3,
    });
    await here.repos.session.recordVote({
      workshopId: w.id,
      questionId: q,
      participantId: bo.id,
      round: 1,
      value: 'dontKnow',
    });
    await here.repos.session.reveal(w.id, q, 1);
    await here.repos.session.startRound(w.id, q);
    await here.repos.session.recordVote({
      workshopId: w.id,
      questionId: q,
      participantId: ana.id,
      round: 2,
      value: 4,
    });
    await here.repos.session.saveDecision({
      workshopId: w.id,
      questionId: q,
      agreedValue: 3,
      rationale: 'Agreed',
      notes: '',
    });
    await here.repos.session.saveDecision({
      workshopId: w.id,
      questionId: q,
      agreedValue: 2,
      rationale: 'Revised',
      notes: 'n',
    });
    await here.repos.session.setPosition(w.id, { questionId: q, skipped: [w.settings.questionIds[1]!] });

    const exported = await here.repos.files.snapshot(w.id);
    const there = fresh();
    await there.repos.files.write([{ data: await fileRoundTrip(exported), replace: false }]);
    expect(normalized(await there.repos.files.snapshot(w.id))).toEqual(normalized(exported));
    expect((await there.repos.workshops.get(w.id))?.lastOpenedAt).toBeNull();
  });

  it('exports and imports each seeded workshop unchanged, through a file, on another computer', async () => {
    const here = fresh('seeded');
    const seeded = seededWorkshops();
    await here.repos.files.write(seeded.map((data) => ({ data, replace: false })));
    const there = fresh('seeded');
    for (const data of seeded) {
      const exported = await here.repos.files.snapshot(data.workshop.id);
      expect(normalized(exported)).toEqual(normalized(data));
      await there.repos.files.write([{ data: await fileRoundTrip(exported), replace: false }]);
      expect(normalized(await there.repos.files.snapshot(data.workshop.id))).toEqual(normalized(data));
    }
  });

  it('gives back any random workshop, on either framework', async () => {
    await fc.assert(
      fc.asyncProperty(randomWorkshop, async (data) => {
        const { repos } = fresh('random');
        await repos.files.write([{ data, replace: false }]);
        expect(normalized(await repos.files.snapshot(data.workshop.id))).toEqual(normalized(data));
      }),
      { numRuns: 40 },
    );
  });

  it('installs a workshop’s framework with it, and refuses a different one under an installed or built-in id and version', async () => {
    const { db, repos } = fresh();
    await repos.files.write([{ data: smallWorkshop('w-g', GGI_FRAMEWORK), replace: false }]);
    expect((await repos.frameworks.list()).map((f) => [f.id, f.version])).toEqual([
      [GGI_FRAMEWORK.id, GGI_FRAMEWORK.version],
    ]);
    const before = await dump(db);
    const impostor = { ...GGI_FRAMEWORK, title: 'Something else' };
    const clash = repos.files.write([{ data: asOther(smallWorkshop('w-h', impostor)), replace: false }]);
    await expect(clash).rejects.toMatchObject({ key: 'error.framework.clash' });
    // The built-in one too: a file's framework is the one its votes were cast on, never swapped.
    const builtIn = smallWorkshop('w-i');
    const changed = { ...builtIn.framework, title: 'Edited elsewhere' };
    const swap = repos.files.write([{ data: asOther(smallWorkshop('w-i', changed)), replace: false }]);
    await expect(swap).rejects.toMatchObject({ key: 'error.framework.clash' });
    expect(await dump(db)).toBe(before);
  });

  it('replaces a workshop whole: its old rows and undo history go, what belongs to this computer stays', async () => {
    const { db, repos } = fresh();
    const data = smallWorkshop();
    await repos.files.write([{ data, replace: false }]);
    await repos.workshops.markOpened(data.workshop.id);
    const opened = (await repos.workshops.get(data.workshop.id))?.lastOpenedAt;
    const reportOptions = { ...defaultReportOptions('en'), paper: 'letter' as const };
    await repos.workshops.saveReportOptions(data.workshop.id, reportOptions);
    // Neither belongs in a file.
    expect(Object.keys((await repos.files.snapshot('w-1')).workshop).sort()).toEqual([
      'createdAt',
      'date',
      'facilitator',
      'id',
      'organization',
      'settings',
      'title',
      'updatedAt',
    ]);
    await repos.session.recordVote({
      workshopId: 'w-1',
      questionId: data.rounds[1]!.questionId,
      participantId: 'p-2',
      round: 2,
      value: 1,
    });
    const older = { ...data, votes: data.votes.slice(0, 2), participants: data.participants.slice(0, 3) };
    await repos.files.write([{ data: older, replace: true }]);
    expect(normalized(await repos.files.snapshot('w-1'))).toEqual(normalized(older));
    expect(await db.journal.count()).toBe(0);
    expect((await repos.workshops.get('w-1'))?.lastOpenedAt).toBe(opened);
    expect((await repos.workshops.get('w-1'))?.reportOptions).toEqual(reportOptions);
  });

  it('refuses a new workshop whose id is taken, and writes nothing of a file that fails half-way', async () => {
    const { db, repos } = fresh();
    await repos.files.write([{ data: smallWorkshop('w-1'), replace: false }]);
    const before = await dump(db);
    await expect(repos.files.write([{ data: smallWorkshop('w-1'), replace: false }])).rejects.toMatchObject({
      key: 'error.import.exists',
    });
    // The first workshop of this archive is fine; the second reuses participant ids of w-1.
    const archive = [smallWorkshop('w-new', GGI_FRAMEWORK), smallWorkshop('w-other')];
    await expect(repos.files.write(archive.map((data) => ({ data, replace: false })))).rejects.toMatchObject({
      key: 'error.import.idsTaken',
    });
    expect(await dump(db)).toBe(before);
  });

  it('refuses to write a merge when the workshop changed since the merge was worked out', async () => {
    const { db, repos } = fresh();
    const data = smallWorkshop();
    await repos.files.write([{ data, replace: false }]);
    const basedOn = JSON.stringify(workshopContent(await repos.files.snapshot('w-1')));
    await repos.session.recordVote({
      workshopId: 'w-1',
      questionId: data.rounds[1]!.questionId,
      participantId: 'p-3',
      round: 2,
      value: 0,
    });
    const before = await dump(db);
    await expect(repos.files.write([{ data, replace: true, basedOn }])).rejects.toMatchObject({
      key: 'error.import.changedMeanwhile',
    });
    expect(await dump(db)).toBe(before);
  });

  it('checks what it writes with the rules a file gets', async () => {
    const { db, repos } = fresh();
    const before = await dump(db);
    const broken = {
      ...smallWorkshop(),
      votes: [...smallWorkshop().votes, { ...smallWorkshop().votes[0]!, participantId: 'ghost' }],
    };
    const attempt = repos.files.write([{ data: broken, replace: false }]);
    await expect(attempt).rejects.toBeInstanceOf(StorageError);
    await expect(attempt).rejects.toMatchObject({ key: 'error.import.invalid' });
    expect(await dump(db)).toBe(before);
  });

  it('backs up every workshop and installed framework, and restores them', async () => {
    const here = fresh();
    await here.repos.files.write([
      { data: smallWorkshop('w-a'), replace: false },
      { data: { ...asOther(smallWorkshop('w-b', GGI_FRAMEWORK)) }, replace: false },
    ]);
    const all = await here.repos.files.snapshotAll();
    const read = await readWorkshopFile(bytes(await serializeArchive(all.workshops, all.frameworks, META)));
    if (!read.ok) throw new Error(JSON.stringify(read.failure));
    const there = fresh();
    await there.repos.files.write(
      read.value.workshops.map((data) => ({ data, replace: false })),
      read.value.frameworks,
    );
    for (const id of ['w-a', 'w-b']) {
      expect(normalized(await there.repos.files.snapshot(id))).toEqual(
        normalized(await here.repos.files.snapshot(id)),
      );
    }
  });
});

describe('frameworks repository', () => {
  it('lists, counts the workshops on each, and removes only one no workshop uses', async () => {
    const { repos } = fresh();
    await repos.frameworks.install(GGI_FRAMEWORK);
    await repos.files.write([{ data: smallWorkshop('w-g', GGI_FRAMEWORK), replace: false }]);
    expect((await repos.frameworks.usage()).get(`${GGI_FRAMEWORK.id}\u0000${GGI_FRAMEWORK.version}`)).toBe(1);
    await expect(repos.frameworks.remove(GGI_FRAMEWORK.id, GGI_FRAMEWORK.version)).rejects.toMatchObject({
      key: 'error.framework.inUse',
      params: { count: 1 },
    });
    await repos.workshops.remove('w-g');
    await repos.frameworks.remove(GGI_FRAMEWORK.id, GGI_FRAMEWORK.version);
    expect(await repos.frameworks.list()).toEqual([]);
  });

  it('installs the same framework twice as one, and never stores a copy of the built-in one', async () => {
    const { repos } = fresh();
    expect((await repos.frameworks.install(GGI_FRAMEWORK)).outcome).toBe('installed');
    expect((await repos.frameworks.install(structuredClone(GGI_FRAMEWORK))).outcome).toBe('alreadyInstalled');
    expect((await repos.frameworks.install(smallWorkshop().framework)).outcome).toBe('builtIn');
    expect(await repos.frameworks.list()).toHaveLength(1);
    await expect(repos.frameworks.install({ id: 'x' })).rejects.toMatchObject({
      key: 'error.framework.invalid',
    });
  });
});

/** A second workshop with its own team and participant ids (ids are unique across workshops). */
function asOther(data: WorkshopData): WorkshopData {
  const t = (id: string) => `${id}-b`;
  return {
    ...data,
    teams: data.teams.map((x) => ({ ...x, id: t(x.id) })),
    participants: data.participants.map((p) => ({ ...p, id: t(p.id), teamId: p.teamId && t(p.teamId) })),
    votes: data.votes.map((v) => ({ ...v, participantId: t(v.participantId) })),
  };
}
