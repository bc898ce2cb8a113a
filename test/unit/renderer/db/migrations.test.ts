import { describe, expect, it } from 'vitest';
import { OspoDatabase } from '../../../../renderer/db/database';
import { CURRENT_VERSION, schemaVersions, storesAt } from '../../../../renderer/db/schema';
import { seedAtVersion, uniqueDbName } from './db-harness';

describe('schema history', () => {
  it('is append-only: versions strictly increase and each has a dated reason', () => {
    schemaVersions.forEach((v, i) => {
      expect(v.version).toBe(i + 1);
      expect(v.reason).toMatch(/^\d{4}-\d{2}-\d{2}: \S/);
    });
    expect(CURRENT_VERSION).toBe(schemaVersions.length);
  });

  it('opens an empty profile at the current version with every table', async () => {
    const db = new OspoDatabase(uniqueDbName('fresh'));
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(
      Object.entries(storesAt(CURRENT_VERSION))
        .filter(([, spec]) => spec !== null)
        .map(([name]) => name)
        .sort(),
    );
    db.close();
  });

  it('keeps every row of the previous version when the current code opens it', async () => {
    const name = uniqueDbName('upgrade');
    const previous = Math.max(1, CURRENT_VERSION - 1);
    await seedAtVersion(name, previous, {
      workshops: [
        {
          id: 'w1',
          title: 'Spring workshop',
          organization: 'Acme',
          date: '2026-03-01',
          facilitator: 'Ana',
          createdAt: 1,
          updatedAt: 1,
          lastOpenedAt: null,
          settings: {
            frameworkId: 'ospo-maturity',
            frameworkVersion: '1',
            questionIds: [],
            targetStage: null,
            anonymity: 'names',
            thresholds: {
              maxIqr: 1,
              minCns: 0.7,
              polarizedBelowA: 0,
              stageThreshold: 0.6,
              stableMaxChangedShare: 0.15,
            },
          },
        },
      ],
      teams: [{ id: 't1', workshopId: 'w1', name: 'Legal', color: '#E69F00', order: 0 }],
    });
    const db = new OspoDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.workshops.get('w1')).toMatchObject({ title: 'Spring workshop', organization: 'Acme' });
    expect(await db.teams.where('workshopId').equals('w1').count()).toBe(1);
    db.close();
  });
});
