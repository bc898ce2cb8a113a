// What the app stored, read straight from its IndexedDB database in the page (never through the app's
// code): whole object stores, in one read-only transaction.
import type { Page } from 'playwright-core';

/** Every row of each named store of the app's database, by store. */
export function readStores<S extends string>(
  page: Page,
  stores: readonly S[],
): Promise<Record<S, unknown[]>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('ospo-workshop');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(names, 'readonly');
          const requests = names.map((name) => [name, tx.objectStore(name).getAll()] as const);
          tx.onerror = () => reject(tx.error);
          tx.oncomplete = () => {
            db.close();
            resolve(Object.fromEntries(requests.map(([name, request]) => [name, request.result])));
          };
        };
      }),
    [...stores],
  ) as Promise<Record<S, unknown[]>>;
}

/** A vote as the tests read it: one object per vote. */
export interface VoteRow {
  workshopId: string;
  questionId: string;
  round: number;
  participantId: string;
  value: number | 'dontKnow' | 'notApplicable';
  at: number;
  ballotId?: string;
}

/**
 * The votes held in rows of the `roundVotes` store (one row per round, its votes in a list), one object
 * per vote.
 */
export function votesFrom(rows: unknown[]): VoteRow[] {
  return (
    rows as {
      workshopId: string;
      questionId: string;
      round: number;
      votes: Omit<VoteRow, 'workshopId' | 'questionId' | 'round'>[];
    }[]
  ).flatMap(({ workshopId, questionId, round, votes }) =>
    votes.map((v) => ({ workshopId, questionId, round, ...v })),
  );
}

/** Every vote the app stored. */
export async function readVotes(page: Page): Promise<VoteRow[]> {
  return votesFrom((await readStores(page, ['roundVotes'])).roundVotes);
}
