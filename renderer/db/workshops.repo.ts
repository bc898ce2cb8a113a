import type { OspoDatabase } from './database';
import type { WorkshopRecord } from './records';
import { StorageError, toStorageError } from './errors';
import { KEY_PREFIX, WORKSHOP_KEY } from './schema';
import { keysStartingWith } from './session.reads';
import {
  validateWorkshopFields,
  type FieldName,
  type FieldProblem,
  type WorkshopFields,
} from '../../shared/model/workshop-fields';
import type { Message, MessageKey } from '../../shared/i18n';
import type { WorkshopSettings } from '../../shared/model/types';
import { settingsProblem } from '../../shared/model/workshop-settings';
import { reportOptionsProblem } from '../../shared/report/options';
import type { ReportOptions } from '../../shared/report/types';

export interface Clock {
  now(): number;
}
export const systemClock: Clock = { now: () => Date.now() };

export function newId(): string {
  return crypto.randomUUID();
}

const FIELD_LABELS: Record<FieldName, MessageKey> = {
  title: 'workshop.form.title',
  organization: 'workshop.form.organization',
  date: 'workshop.form.date',
  facilitator: 'workshop.form.facilitator',
};

function problemError(problem: FieldProblem): StorageError {
  const field: Message = { key: FIELD_LABELS[problem.field] };
  switch (problem.code) {
    case 'required':
      return new StorageError('error.workshop.required', 'validation', { field });
    case 'tooLong':
      return new StorageError('error.workshop.tooLong', 'validation', { field, max: problem.max });
    case 'invalidDate':
      return new StorageError('error.workshop.invalidDate', 'validation', { field });
  }
}

function assertValid(
  fields: Partial<WorkshopFields>,
  only?: readonly (keyof WorkshopFields)[],
): WorkshopFields {
  const { value, problems } = validateWorkshopFields(fields, only);
  if (problems.length > 0) throw problemError(problems[0]!);
  return value;
}

/**
 * Deletes every row of a workshop, table by table, inside the caller's transaction (over every table).
 * Each table says where it keeps the workshop id (WORKSHOP_KEY): for `sessions` that is the primary key,
 * for votes, rounds and decisions the first part of it;
 * tables of no workshop (frameworks) are left alone; an undeclared table makes it refuse.
 */
export async function deleteWorkshopRows(db: OspoDatabase, id: string): Promise<void> {
  for (const table of db.tables) {
    const key = WORKSHOP_KEY[table.name];
    if (key === undefined) {
      throw new StorageError('error.storage.undeclaredTable', 'unknown', { table: table.name });
    }
    if (key === KEY_PREFIX) {
      // One range of the primary key: deleted in one request, where an index is walked row by row.
      const length = (table.schema.primKey.keyPath as string[]).length;
      await keysStartingWith(table, [id], length).delete();
    } else if (key !== null) await table.where(key).equals(id).delete();
  }
}

/** The only code that reads and writes workshops (and, on delete, everything that belongs to one). */
export function createWorkshopsRepository(
  db: OspoDatabase,
  defaults: () => WorkshopSettings,
  clock = systemClock,
) {
  return {
    async list(): Promise<WorkshopRecord[]> {
      const rows = await db.workshops.toArray();
      // Most recently used first: the workshop you are about to run is on top.
      return rows.sort(
        (a, b) =>
          (b.lastOpenedAt ?? b.createdAt) - (a.lastOpenedAt ?? a.createdAt) || a.title.localeCompare(b.title),
      );
    },

    get(id: string): Promise<WorkshopRecord | undefined> {
      return db.workshops.get(id);
    },

    async create(fields: WorkshopFields): Promise<WorkshopRecord> {
      const value = assertValid(fields);
      const now = clock.now();
      const record: WorkshopRecord = {
        id: newId(),
        ...value,
        createdAt: now,
        updatedAt: now,
        lastOpenedAt: null,
        settings: defaults(),
      };
      try {
        await db.workshops.add(record);
      } catch (error) {
        throw toStorageError(error);
      }
      return record;
    },

    async rename(id: string, title: string): Promise<WorkshopRecord> {
      const { title: clean } = assertValid({ title }, ['title']);
      try {
        return await db.transaction('rw', db.workshops, async () => {
          const row = await db.workshops.get(id);
          if (!row) throw new StorageError('error.workshop.notFound', 'notFound');
          const next = { ...row, title: clean, updatedAt: clock.now() };
          await db.workshops.put(next);
          return next;
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async update(id: string, fields: Partial<WorkshopFields>): Promise<WorkshopRecord> {
      try {
        return await db.transaction('rw', db.workshops, async () => {
          const row = await db.workshops.get(id);
          if (!row) throw new StorageError('error.workshop.notFound', 'notFound');
          const value = assertValid({ ...row, ...fields });
          const next = { ...row, ...value, updatedAt: clock.now() };
          await db.workshops.put(next);
          return next;
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },

    /**
     * Merges `patch` into the stored settings, read and written in one rw transaction: two sections
     * saved at the same moment each keep their change. The merged settings are validated first.
     */
    async patchSettings(id: string, patch: Partial<WorkshopSettings>): Promise<WorkshopSettings> {
      try {
        return await db.transaction('rw', db.workshops, async () => {
          const row = await db.workshops.get(id);
          if (!row) throw new StorageError('error.workshop.notFound', 'notFound');
          const settings = { ...row.settings, ...patch };
          const problem = settingsProblem(settings);
          if (problem) throw new StorageError(`error.settings.${problem}`, 'validation');
          await db.workshops.put({ ...row, settings, updatedAt: clock.now() });
          return settings;
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },

    async markOpened(id: string): Promise<void> {
      await db.workshops.update(id, { lastOpenedAt: clock.now() });
    },

    /**
     * Keeps the report options last exported with, for the next export. They belong to this computer
     * (like lastOpenedAt): not workshop content, so `updatedAt` stays and a workshop file leaves them out.
     */
    async saveReportOptions(id: string, options: ReportOptions): Promise<void> {
      if (reportOptionsProblem(options) !== null) {
        throw new StorageError('error.report.options', 'validation');
      }
      try {
        const changed = await db.workshops.update(id, { reportOptions: structuredClone(options) });
        if (changed === 0) throw new StorageError('error.workshop.notFound', 'notFound');
      } catch (error) {
        throw toStorageError(error);
      }
    },

    /** Deletes the workshop and every row that belongs to it, in every table, all or nothing. */
    async remove(id: string): Promise<void> {
      try {
        await db.transaction('rw', db.tables, () => deleteWorkshopRows(db, id));
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}

export type WorkshopsRepository = ReturnType<typeof createWorkshopsRepository>;
