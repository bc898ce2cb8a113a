import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { declareVersions, OspoDatabase } from '../../../../renderer/db/database';
import {
  CURRENT_VERSION,
  schemaVersions,
  storesAt,
  type SchemaVersion,
} from '../../../../renderer/db/schema';
import { createRepositories } from '../../../../renderer/db/repositories';
import { createSessionReads } from '../../../../renderer/db/session.reads';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { seedAtVersion, uniqueDbName, storedVotes } from './db-harness';
import { RELEASED_SCHEMAS } from './released-schemas';
import { VERSION_FIXTURES } from './version-fixtures';

const tablesAt = (version: number) =>
  Object.entries(storesAt(version))
    .filter(([, spec]) => spec !== null)
    .map(([name]) => name)
    .sort();

/**
 * The rows a fixture of version `from` should hold once opened, table by table: each later version's
 * upgraders applied in turn (tables filled from others first, then rows rewritten), and the tables a
 * version deletes gone.
 */
function expectedTables(from: number, versions: readonly SchemaVersion[]) {
  let tables: Record<string, Record<string, unknown>[]> = Object.fromEntries(
    Object.entries(VERSION_FIXTURES[from] ?? {}).map(([t, rows]) => [t, rows.map((row) => ({ ...row }))]),
  );
  for (const v of versions) {
    if (v.version <= from) continue;
    for (const [table, { from: source, rows }] of Object.entries(v.regroup ?? {})) {
      tables[table] = rows((tables[source] ?? []).map((row) => ({ ...row })));
    }
    for (const [table, rewrite] of Object.entries(v.upgrade ?? {})) {
      tables[table] = (tables[table] ?? []).map((row) => rewrite({ ...row }));
    }
    tables = Object.fromEntries(Object.entries(tables).filter(([t]) => v.stores[t] !== null));
  }
  return tables;
}

async function expectFixtureKept(db: Dexie, from: number, versions: readonly SchemaVersion[]) {
  const expected = expectedTables(from, versions);
  for (const [table, rows] of Object.entries(expected)) {
    const stored = await db.table(table).toArray();
    expect(stored, table).toHaveLength(rows.length);
    expect(stored, table).toEqual(expect.arrayContaining(rows));
  }
  // No table is left that the fixture had and the history deleted.
  const gone = Object.keys(VERSION_FIXTURES[from] ?? {}).filter((t) => !(t in expected));
  for (const table of gone)
    expect(
      db.tables.map((t) => t.name),
      table,
    ).not.toContain(table);
}

describe('schema history', () => {
  it('is append-only: versions strictly increase and each has a dated reason', () => {
    schemaVersions.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      expect(v.reason).toMatch(/^\d{4}-\d{2}-\d{2}: \S/);
    });
    expect(CURRENT_VERSION).toBe(schemaVersions.length);
  });

  it('declares every released version exactly as it shipped', () => {
    for (const released of RELEASED_SCHEMAS) {
      const declared = schemaVersions.find((v) => v.version === released.version);
      expect(declared, `version ${released.version} is declared`).toBeDefined();
      expect(
        {
          version: declared!.version,
          reason: declared!.reason,
          stores: storesAt(declared!.version),
          upgrades: [...Object.keys(declared!.upgrade ?? {}), ...Object.keys(declared!.regroup ?? {})].sort(),
        },
        `version ${released.version} as released (released-schemas.ts)`,
      ).toEqual(released);
    }
  });

  it('has a released copy of every version it declares (a new version adds its copy)', () => {
    expect(RELEASED_SCHEMAS.map((v) => v.version)).toEqual(schemaVersions.map((v) => v.version));
  });

  it('has a fixture for every version, with a row in each of its tables', () => {
    for (const { version } of schemaVersions) {
      const fixture = VERSION_FIXTURES[version];
      expect(fixture, `fixture for version ${version}`).toBeDefined();
      expect(Object.keys(fixture!).sort(), `tables of version ${version}`).toEqual(tablesAt(version));
      for (const [table, rows] of Object.entries(fixture!)) expect(rows.length, table).toBeGreaterThan(0);
    }
  });

  it('opens an empty profile at the current version with every table', async () => {
    const db = new OspoDatabase(uniqueDbName('fresh'));
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(tablesAt(CURRENT_VERSION));
    db.close();
  });

  // Seed N−1, open the current version: one case per older version, so each new version is covered.
  it.each(schemaVersions.filter((v) => v.version < CURRENT_VERSION).map((v) => v.version))(
    'keeps every row of a version %i database when the current code opens it',
    async (previous) => {
      const name = uniqueDbName('upgrade');
      await seedAtVersion(name, previous, VERSION_FIXTURES[previous]!);
      const db = new OspoDatabase(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      await expectFixtureKept(db, previous, schemaVersions);
      db.close();
    },
  );

  it('keeps every row of the current version when it is opened again', async () => {
    const name = uniqueDbName('reopen');
    await seedAtVersion(name, CURRENT_VERSION, VERSION_FIXTURES[CURRENT_VERSION]!);
    const db = new OspoDatabase(name);
    await db.open();
    await expectFixtureKept(db, CURRENT_VERSION, schemaVersions);
    db.close();
  });
});

describe('version 4: votes, rounds and decisions by their primary key only', () => {
  it('keeps a version 3 database’s votes readable by workshop, question and participant, and deletable', async () => {
    const name = uniqueDbName('v4');
    await seedAtVersion(name, 3, VERSION_FIXTURES[3]!);
    const db = new OspoDatabase(name);
    await db.open();
    const indexes = (table: string) => db.table(table).schema.indexes.map((i) => i.name);
    expect(indexes('roundVotes')).toEqual([]);
    expect(indexes('rounds')).toEqual([]);
    expect(indexes('decisions')).toEqual([]);

    const reads = createSessionReads(db);
    const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
    expect(await reads.votesOfWorkshop('w1')).toHaveLength(2);
    expect(await reads.votesOfQuestion('w1', 'licence-process')).toHaveLength(2);
    expect(await reads.roundsOfWorkshop('w1')).toHaveLength(1);
    expect(await reads.decisionsOfWorkshop('w1')).toHaveLength(1);
    expect(await repos.people.voteCounts('w1', 'p1')).toEqual({ total: 1, revealed: 1 });

    await repos.workshops.remove('w1');
    expect([(await storedVotes(db)).length, await db.rounds.count(), await db.decisions.count()]).toEqual([
      0, 0, 0,
    ]);
    expect(await db.frameworks.count()).toBe(1);
    db.close();
  });
});

describe('version 5: a round’s votes in one row', () => {
  // Votes as version 4 stored them, one row each: two rounds of one question, a phone's ballot, a
  // second question and a second workshop, put in out of order.
  const vote = (w: string, q: string, round: number, p: string, value: unknown, at: number) => ({
    workshopId: w,
    questionId: q,
    participantId: p,
    round,
    value,
    at,
  });
  const v4Votes = [
    vote('w1', 'oss-inventory', 1, 'p2', 0, 31),
    vote('w1', 'licence-process', 2, 'p2', 4, 22),
    { ...vote('w1', 'licence-process', 1, 'p2', 'dontKnow', 11), ballotId: 'b-1' },
    vote('w1', 'licence-process', 1, 'p1', 3, 10),
    vote('w1', 'licence-process', 2, 'p1', 'notApplicable', 21),
    vote('w2', 'licence-process', 1, 'p9', 1, 40),
  ];

  it('moves every version 4 vote into its round’s row, and reads give back the same votes', async () => {
    const name = uniqueDbName('v5');
    const fixture = VERSION_FIXTURES[4]!;
    await seedAtVersion(name, 4, { ...fixture, votes: v4Votes });
    const db = new OspoDatabase(name);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('votes');
    const rows = await db.roundVotes.toArray();
    expect(
      rows.map((r) => [r.workshopId, r.questionId, r.round, r.votes.map((v) => v.participantId)]),
    ).toEqual([
      ['w1', 'licence-process', 1, ['p1', 'p2']],
      ['w1', 'licence-process', 2, ['p1', 'p2']],
      ['w1', 'oss-inventory', 1, ['p2']],
      ['w2', 'licence-process', 1, ['p9']],
    ]);
    const byKey = (v: { questionId: string; round: number; participantId: string }) =>
      `${v.questionId}/${v.round}/${v.participantId}`;
    const sorted = (
      list: { workshopId: string; questionId: string; round: number; participantId: string }[],
    ) => [...list].sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1));
    const reads = createSessionReads(db);
    expect(await reads.votesOfWorkshop('w1')).toEqual(sorted(v4Votes.filter((v) => v.workshopId === 'w1')));
    expect(await reads.votesOfRound('w1', 'licence-process', 2)).toHaveLength(2);
    expect(await reads.votesOfWorkshop('w2')).toEqual([v4Votes[5]]);
    expect(
      await reads.hasBallot({
        workshopId: 'w1',
        questionId: 'licence-process',
        round: 1,
        participantId: 'p2',
        ballotId: 'b-1',
      }),
    ).toBe(true);
    db.close();
  });

  it('opens a version 4 database without votes', async () => {
    const name = uniqueDbName('v5-empty');
    const { votes: _none, ...fixture } = VERSION_FIXTURES[4]!;
    await seedAtVersion(name, 4, fixture);
    const db = new OspoDatabase(name);
    await db.open();
    expect(await db.roundVotes.count()).toBe(0);
    expect(await createSessionReads(db).roundsOfWorkshop('w1')).toHaveLength(1);
    db.close();
  });
});

describe('upgraders', () => {
  // A version that does not exist: it adds an index and rewrites rows, so the upgrade path that the
  // next real version will take runs here first, on the current version's fixture.
  const next: SchemaVersion = {
    version: CURRENT_VERSION + 1,
    reason: '2099-01-01: test only: organizations indexed, titles upper-cased, a stray field dropped.',
    stores: { workshops: 'id, updatedAt, lastOpenedAt, organization' },
    upgrade: {
      workshops: ({ stray: _stray, ...row }) => ({ ...row, title: String(row.title).toUpperCase() }),
    },
  };

  it('run when a database of the previous version is opened, row by row, dropping left-out keys', async () => {
    const name = uniqueDbName('next');
    const fixture = VERSION_FIXTURES[CURRENT_VERSION]!;
    await seedAtVersion(name, CURRENT_VERSION, {
      ...fixture,
      workshops: fixture.workshops!.map((row) => ({ ...row, stray: 'from an old build' })),
    });
    const db = new Dexie(name);
    declareVersions(db, [...schemaVersions, next]);
    await db.open();
    expect(db.verno).toBe(next.version);
    const workshops = await db.table('workshops').toArray();
    expect(workshops.map((w) => w.title)).toEqual(['SPRING WORKSHOP']);
    expect(workshops[0]).not.toHaveProperty('stray');
    expect(await db.table('workshops').where('organization').equals('Łódź Cooperative').count()).toBe(1);
    // Every row as the upgraders say it should be; tables without an upgrader are untouched.
    await expectFixtureKept(db, CURRENT_VERSION, [...schemaVersions, next]);
    db.close();
  });
});
