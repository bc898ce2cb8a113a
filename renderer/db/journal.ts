import type { OspoDatabase } from './database';
import type { JournalEntry } from './records';
import type { Clock } from './workshops.repo';

/** Undo keeps this many steps per workshop; older entries are trimmed. */
export const JOURNAL_LIMIT = 200;
/** The journal may exceed the limit by up to this many entries between trims. */
export const TRIM_EVERY = 25;

/**
 * Adds undo entries inside the caller's transaction, in order (the requests go out together, and
 * IndexedDB runs them in the order they were made, so their numbers follow that order). Trimming is
 * bookkeeping, not part of a vote: it runs when an entry's number crosses a multiple of TRIM_EVERY.
 */
export async function addJournalEntries(
  db: OspoDatabase,
  clock: Clock,
  entries: readonly Omit<JournalEntry, 'at'>[],
): Promise<void> {
  if (entries.length === 0) return;
  const at = clock.now();
  const seqs = await Promise.all(entries.map((entry) => db.journal.add({ ...entry, at })));
  const trimmed = new Set<string>();
  seqs.forEach((seq, i) => {
    if ((seq ?? 0) % TRIM_EVERY === 0) trimmed.add(entries[i]!.workshopId);
  });
  for (const workshopId of trimmed) {
    const count = await db.journal.where('workshopId').equals(workshopId).count();
    if (count <= JOURNAL_LIMIT) continue;
    const old = await db.journal
      .where('workshopId')
      .equals(workshopId)
      .limit(count - JOURNAL_LIMIT)
      .primaryKeys();
    await db.journal.bulkDelete(old);
  }
}
