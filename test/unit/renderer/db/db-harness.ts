import Dexie from 'dexie';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import type { Clock } from '../../../../renderer/db/workshops.repo';
import { RELEASED_SCHEMAS } from './released-schemas';
import { RoundVotes, votesOfRow } from '../../../../renderer/db/vote-store';
import type { VoteRecord } from '../../../../renderer/db/records';

let counter = 0;
/** A database name no other test uses (fake-indexeddb is shared by the whole test file). */
export function uniqueDbName(prefix = 'test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Creates a database exactly as an older release left it: that release's stores as they shipped (from
 * the released history, not from the current code), with `rows` written through them. Then the test
 * opens it with the current code.
 */
export async function seedAtVersion(
  name: string,
  version: number,
  rows: Record<string, Record<string, unknown>[]>,
): Promise<void> {
  const released = RELEASED_SCHEMAS.find((v) => v.version === version);
  if (!released) throw new Error(`Schema version ${version} is not in released-schemas.ts`);
  const old = new Dexie(name);
  old.version(version).stores(released.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await old.table(table).bulkAdd(list);
  });
  old.close();
}

/** A fresh database with its repositories and one workshop in it, as most repository tests start. */
export async function databaseWithWorkshop(
  prefix: string,
  options: { title?: string; date?: string; clock?: Clock } = {},
) {
  const name = uniqueDbName(prefix);
  const db = new OspoDatabase(name);
  const repos = createRepositories(db, {
    defaults: defaultWorkshopSettings,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const w = await repos.workshops.create({
    title: options.title ?? 'W',
    organization: '',
    date: options.date ?? '2026-11-25',
    facilitator: '',
  });
  return { name, db, repos, w };
}

/**
 * Where the session tests start: a workshop with Ana and Bo, its first question `q`, and `at(person,
 * round)` giving one vote's place. The clock ticks a millisecond per call, so every write is ordered.
 */
export async function sessionWithTwo(prefix: string) {
  let now = 1_000;
  const { db, repos, w } = await databaseWithWorkshop(prefix, { clock: { now: () => (now += 1) } });
  const [ana, bo] = await repos.people.addParticipants(
    w.id,
    ['Ana', 'Bo'].map((displayName, i) => ({ line: i + 1, displayName, teamName: null, role: null })),
  );
  const q = w.settings.questionIds[0]!;
  const at = (participantId: string, round = 1) => ({
    workshopId: w.id,
    questionId: q,
    participantId,
    round,
  });
  return { db, repos, w, ana: ana!, bo: bo!, q, at };
}

/** Every row of every table, in key order: two equal dumps mean nothing changed. */
export async function dump(db: OspoDatabase): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

/** Every vote stored, whatever the rows that hold them, in key order. */
export async function storedVotes(db: OspoDatabase): Promise<VoteRecord[]> {
  return (await db.roundVotes.toArray()).flatMap(votesOfRow);
}

/** Stores votes as they are (no round rules, no undo entry): a test's starting state. */
export async function putVotes(db: OspoDatabase, votes: readonly VoteRecord[]): Promise<void> {
  await db.transaction('rw', db.roundVotes, async () => {
    const set = await RoundVotes.load(
      db,
      votes.map((v) => [v.workshopId, v.questionId, v.round]),
    );
    for (const vote of votes) set.put(vote);
    await set.save();
  });
}
