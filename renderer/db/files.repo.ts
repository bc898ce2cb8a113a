import type { IndexableType } from 'dexie';
import type { OspoDatabase } from './database';
import { createSessionReads } from './session.reads';
import { StorageError, toStorageError } from './errors';
import { installFramework } from './frameworks.repo';
import { systemClock, type Clock } from './workshops.repo';
import { builtInFramework } from '../../shared/framework/built-in';
import type { Framework } from '../../shared/framework/schema';
import type { WorkshopData } from '../../shared/files/workshop-data';
import { workshopContent } from '../../shared/files/write';
import { canonicalJson } from '../../shared/files/canonical';
import { checkWorkshopData } from '../../shared/files/workshop-ops';
import { roundRowsOf } from './vote-store';
import type { RoundVotesRecord, VoteRecord } from './records';

/** One workshop to write: as a new workshop, or in place of the one with its id. */
export interface WorkshopWrite {
  data: WorkshopData;
  replace: boolean;
  /**
   * For a merge: the content (workshopContent as JSON) of this computer's copy the merge was worked
   * out from. If the stored workshop differs from it by the time of writing, nothing is written.
   */
  basedOn?: string;
}

/**
 * Whole workshops in and out: what exporting reads and what importing, replacing and merging write.
 * Every write is one transaction over every table — all the workshops of a file, their frameworks, and
 * what changes in the workshops they replace — so a file either goes in whole or changes nothing. Each workshop is
 * checked first with the rules a file gets (checkWorkshopData), and only the checked value is written.
 */
export function createFilesRepository(db: OspoDatabase, clock: Clock = systemClock) {
  // The room's data by ranges of the primary key: several times faster than through an index.
  const rows = createSessionReads(db);
  async function read(id: string): Promise<WorkshopData | null> {
    const row = await db.workshops.get(id);
    if (!row) return null;
    const [teams, participants, rounds, votes, decisions, session, installed] = await Promise.all([
      db.teams.where('workshopId').equals(id).toArray(),
      db.participants.where('workshopId').equals(id).toArray(),
      rows.roundsOfWorkshop(id),
      rows.votesOfWorkshop(id),
      rows.decisionsOfWorkshop(id),
      db.sessions.get(id),
      db.frameworks.get([row.settings.frameworkId, row.settings.frameworkVersion]),
    ]);
    const framework = installed?.framework ?? builtInFramework(row.settings.frameworkId);
    if (!framework)
      throw new StorageError('error.workshop.frameworkMissing', 'notFound', { title: row.title });
    // When it was last opened and the last report options belong to this computer, not to the workshop.
    const { lastOpenedAt: _opened, reportOptions: _report, resolvedConflicts = [], ...workshop } = row;
    return {
      workshop,
      framework,
      teams,
      participants,
      rounds,
      votes,
      decisions,
      session: session ?? null,
      resolvedConflicts,
    };
  }

  async function writeOne(item: WorkshopWrite, now: number): Promise<void> {
    const { data } = item;
    const id = data.workshop.id;
    const existing = await db.workshops.get(id);
    if (existing && !item.replace) throw new StorageError('error.import.exists', 'conflict');
    const current = existing ? await read(id) : null;
    if (
      item.basedOn !== undefined &&
      (!current || JSON.stringify(workshopContent(current)) !== item.basedOn)
    ) {
      throw new StorageError('error.import.changedMeanwhile', 'conflict');
    }
    const taken = [
      ...(await db.teams.bulkGet(data.teams.map((t) => t.id))),
      ...(await db.participants.bulkGet(data.participants.map((p) => p.id))),
    ];
    if (taken.some((row) => row !== undefined && row.workshopId !== id)) {
      throw new StorageError('error.import.idsTaken', 'conflict');
    }
    await installFramework(db, data.framework, now);
    await db.workshops.put({
      ...data.workshop,
      // Kept from this computer's copy: they are not in a file.
      lastOpenedAt: existing?.lastOpenedAt ?? null,
      ...(existing?.reportOptions ? { reportOptions: existing.reportOptions } : {}),
      ...(data.resolvedConflicts.length > 0 ? { resolvedConflicts: data.resolvedConflicts } : {}),
    });
    // Only what differs is written: a merge usually adds a few votes to a workshop of thousands.
    const was = current ?? {
      teams: [],
      participants: [],
      rounds: [],
      votes: [],
      decisions: [],
      session: null,
    };
    await sync(db.teams, (t) => t.id, was.teams, data.teams);
    await sync(db.participants, (p) => p.id, was.participants, data.participants);
    await sync(db.rounds, (r) => [r.workshopId, r.questionId, r.round], was.rounds, data.rounds);
    await sync(
      db.roundVotes,
      (r) => [r.workshopId, r.questionId, r.round],
      roundRowsOf(was.votes),
      roundRowsOf(keepBallots(was.votes, data.votes)),
      sameRoundVotes,
    );
    await sync(db.decisions, (d) => [d.workshopId, d.questionId], was.decisions, data.decisions);
    await sync(
      db.sessions,
      (x) => x.workshopId,
      was.session ? [was.session] : [],
      data.session ? [data.session] : [],
    );
    // The undo history described rows that a replace or merge may have changed.
    if (current) await db.journal.where('workshopId').equals(id).delete();
  }

  return {
    /** The whole workshop, read in one transaction so every row is from the same moment. */
    async snapshot(id: string): Promise<WorkshopData> {
      const data = await db.transaction('r', db.tables, () => read(id));
      if (!data) throw new StorageError('error.workshop.notFound', 'notFound');
      return data;
    },

    /** Every workshop and every installed framework: what a backup holds. */
    async snapshotAll(): Promise<{ workshops: WorkshopData[]; frameworks: Framework[] }> {
      return db.transaction('r', db.tables, async () => {
        const ids = (await db.workshops.toCollection().primaryKeys()) as string[];
        const workshops: WorkshopData[] = [];
        for (const id of ids) {
          const data = await read(id);
          if (data) workshops.push(data);
        }
        const frameworks = (await db.frameworks.toArray()).map((r) => r.framework);
        return { workshops, frameworks };
      });
    },

    /**
     * Writes workshops and frameworks in one transaction: all of them or, on any refusal or failure,
     * none. Refuses a new workshop whose id, teams or participants exist here, a framework that clashes
     * with an installed one, and a merge whose base changed meanwhile. The undo history of a replaced
     * workshop goes with it: it described rows that no longer exist.
     */
    async write(items: readonly WorkshopWrite[], frameworks: readonly Framework[] = []): Promise<void> {
      const checked = items.map((item) => {
        const result = checkWorkshopData(item.data);
        if (!result.ok) throw new StorageError('error.import.invalid', 'validation');
        return { ...item, data: result.value };
      });
      try {
        await db.transaction('rw', db.tables, async () => {
          const now = clock.now();
          for (const framework of frameworks) await installFramework(db, framework, now);
          for (const item of checked) await writeOne(item, now);
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}

export type FilesRepository = ReturnType<typeof createFilesRepository>;

/**
 * Makes a table's rows of a workshop go from `before` (what is stored) to `after`: rows only in
 * `before` are deleted, rows new or changed are put, rows alike are left alone.
 */
async function sync<T, K extends IndexableType>(
  table: { bulkDelete(keys: NoInfer<K>[]): Promise<void>; bulkPut(rows: NoInfer<T>[]): Promise<unknown> },
  key: (row: T) => K,
  before: readonly T[],
  after: readonly T[],
  same: (a: T, b: T) => boolean = (a, b) => canonicalJson(a) === canonicalJson(b),
): Promise<void> {
  const text = (row: T) => JSON.stringify(key(row));
  const stored = new Map(before.map((row) => [text(row), row]));
  const puts: T[] = [];
  for (const row of after) {
    const k = text(row);
    const old = stored.get(k);
    stored.delete(k);
    if (old === undefined || !same(old, row)) puts.push(row);
  }
  if (stored.size > 0) await table.bulkDelete([...stored.values()].map(key));
  if (puts.length > 0) await table.bulkPut(puts);
}

/** Same votes in a round: the same people, values, times and phone ballots, in the same order. */
function sameRoundVotes(a: RoundVotesRecord, b: RoundVotesRecord): boolean {
  if (a.votes.length !== b.votes.length) return false;
  return a.votes.every((x, i) => {
    const y = b.votes[i]!;
    return (
      x.participantId === y.participantId && x.value === y.value && x.at === y.at && x.ballotId === y.ballotId
    );
  });
}

/**
 * A file holds no phone ballot ids: a vote the file leaves as it is keeps the one stored here, so a
 * phone that sends that ballot again is still answered "already recorded".
 */
function keepBallots(stored: readonly VoteRecord[], incoming: readonly VoteRecord[]): VoteRecord[] {
  const key = (v: VoteRecord) => `${v.questionId}\u0000${v.round}\u0000${v.participantId}`;
  const ballots = new Map(stored.filter((v) => v.ballotId !== undefined).map((v) => [key(v), v]));
  if (ballots.size === 0) return [...incoming];
  return incoming.map((v) => {
    const was = ballots.get(key(v));
    return was && was.value === v.value && was.at === v.at ? { ...v, ballotId: was.ballotId } : v;
  });
}
