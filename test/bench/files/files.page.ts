/**
 * Runs inside the app's page, bundled by ../latency/page-bundle.ts: exports and imports a synthetic
 * workshop through the app's own repositories and file functions, in the page's origin (Chromium's real
 * IndexedDB), and times each step.
 */
import { openDatabase } from '../../../renderer/db/database';
import { createRepositories } from '../../../renderer/db/repositories';
import { defaultWorkshopSettings } from '../../../renderer/features/workshops/defaults';
import {
  applyResolutions,
  mergeWorkshops,
  readWorkshopFile,
  serializeWorkshop,
  workshopContent,
} from '../../../shared/files';
import type { WorkshopShape } from '../synthetic-workshop';
import { syntheticWorkshopData } from '../synthetic-workshop-data';

export interface FileRun {
  votes: number;
  fileBytes: number;
  /** Import: the file's bytes read and checked, then written in one transaction. */
  importMs: number;
  readMs: number;
  writeMs: number;
  /** Export: the workshop read from the database, written as a file's bytes. */
  exportMs: number;
  snapshotMs: number;
  serializeMs: number;
  /** Merge: a file from a second room (one more participant, a vote on every question) read, merged and written. */
  mergeMs: number;
  mergeWriteMs: number;
}

const META = { exportedAt: Date.UTC(2026, 10, 30), appName: 'OSPO Workshop', appVersion: 'bench' };

/** One import of a fresh copy of the workshop, then its export; the workshop is deleted afterwards. */
export async function importThenExport(shape: WorkshopShape, run: number): Promise<FileRun> {
  const db = await openDatabase();
  try {
    const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
    // Ids are unique across workshops: each run is a workshop of its own.
    const data = syntheticWorkshopData(shape, `bench-${run}`);
    const own = (id: string) => `${id}-${run}`;
    data.teams = data.teams.map((t) => ({ ...t, id: own(t.id) }));
    data.participants = data.participants.map((p) => ({
      ...p,
      id: own(p.id),
      teamId: p.teamId && own(p.teamId),
    }));
    data.votes = data.votes.map((v) => ({ ...v, participantId: own(v.participantId) }));
    const bytes = new TextEncoder().encode(await serializeWorkshop(data, META));

    const t0 = performance.now();
    const read = await readWorkshopFile(bytes);
    if (!read.ok)
      throw new Error(`the benchmark file was refused: ${JSON.stringify(read.failure).slice(0, 500)}`);
    const t1 = performance.now();
    await repos.files.write([{ data: read.value.workshops[0]!, replace: false }]);
    const t2 = performance.now();

    const snapshot = await repos.files.snapshot(data.workshop.id);
    const t3 = performance.now();
    const out = new TextEncoder().encode(await serializeWorkshop(snapshot, META));
    const t4 = performance.now();
    if (out.byteLength !== bytes.byteLength) throw new Error('the export differs from the file imported');

    // A second room's file: the same workshop, one more participant with a vote on every question.
    const newcomer = {
      ...data.participants[0]!,
      id: own('newcomer'),
      displayName: 'Newcomer',
      alias: 'P999',
    };
    const second = {
      ...data,
      participants: [...data.participants, newcomer],
      votes: [
        ...data.votes,
        ...data.framework.questions.map((q) => ({
          workshopId: data.workshop.id,
          questionId: q.id,
          participantId: newcomer.id,
          round: shape.rounds,
          value: 2 as const,
          at: 1_800_000_000_000,
        })),
      ],
    };
    const theirs = new TextEncoder().encode(await serializeWorkshop(second, META));
    const t5 = performance.now();
    const readTheirs = await readWorkshopFile(theirs);
    if (!readTheirs.ok) throw new Error('the second room’s file was refused');
    const mine = await repos.files.snapshot(data.workshop.id);
    const merged = mergeWorkshops(mine, readTheirs.value.workshops[0]!);
    if (!merged.ok || merged.plan.conflicts.length > 0) throw new Error('the merge did not go through');
    const result = applyResolutions(merged.plan, new Map(), Date.now());
    const t6 = performance.now();
    await repos.files.write([
      { data: result, replace: true, basedOn: JSON.stringify(workshopContent(mine)) },
    ]);
    const t7 = performance.now();

    await repos.workshops.remove(data.workshop.id);
    return {
      votes: data.votes.length,
      fileBytes: bytes.byteLength,
      importMs: t2 - t0,
      readMs: t1 - t0,
      writeMs: t2 - t1,
      exportMs: t4 - t2,
      snapshotMs: t3 - t2,
      serializeMs: t4 - t3,
      mergeMs: t7 - t5,
      mergeWriteMs: t7 - t6,
    };
  } finally {
    db.close();
  }
}
