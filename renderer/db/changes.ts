import Dexie, { cmp, type IndexableType, type IntervalTree, type ObservabilitySet } from 'dexie';

/** The tables a workshop view reads besides the votes; each is small and read whole when it changes. */
export const VIEW_TABLES = ['workshops', 'participants', 'teams', 'rounds', 'decisions', 'sessions'] as const;
export type ViewTable = (typeof VIEW_TABLES)[number];

/** What committed writes changed in one workshop, as far as a view of it is concerned. */
export interface WorkshopChanges {
  tables: Set<ViewTable>;
  /** Votes changed in these rounds: question id → round numbers. */
  rounds: Map<string, Set<number>>;
  /** Votes changed somewhere in these questions (a write over a range of keys). */
  questions: Set<string>;
  /** Anything may have changed: read everything again. */
  everything: boolean;
}

export function noChanges(): WorkshopChanges {
  return { tables: new Set(), rounds: new Map(), questions: new Set(), everything: false };
}

/** Adds to `into` what `parts` changed in workshop `workshopId` of database `dbName`. */
export function collectChanges(
  into: WorkshopChanges,
  parts: ObservabilitySet,
  dbName: string,
  workshopId: string,
): void {
  if ('all' in parts) {
    into.everything = true;
    return;
  }
  const prefix = `idb://${dbName}/`;
  // Keys of this workshop: [workshopId, …] in the compound keys, workshopId itself in the others.
  const low: IndexableType = [workshopId];
  const high: IndexableType = [workshopId, Dexie.maxKey];
  for (const [part, tree] of Object.entries(parts)) {
    if (!part.startsWith(prefix)) continue;
    const [table = '', index = ''] = part.slice(prefix.length).split('/');
    // The primary keys written ('') and deleted (':dels') say which rows changed; the index parts
    // repeat them by another key.
    if (index !== '' && index !== ':dels') continue;
    switch (table) {
      case 'roundVotes':
        forEachRange(tree, (from, to) => noteVotes(into, from, to, workshopId, low, high));
        break;
      case 'rounds':
      case 'decisions':
        if (overlaps(tree, low, high)) into.tables.add(table);
        break;
      case 'workshops':
      case 'sessions':
        if (overlaps(tree, workshopId, workshopId)) into.tables.add(table);
        break;
      case 'participants':
      case 'teams':
        // Keyed by their own id: which workshop a row belongs to is not in the key. Both are small.
        into.tables.add(table);
        break;
    }
  }
}

function noteVotes(
  into: WorkshopChanges,
  from: IndexableType,
  to: IndexableType,
  workshopId: string,
  low: IndexableType,
  high: IndexableType,
): void {
  if (cmp(to, low) < 0 || cmp(from, high) > 0) return;
  // One round's votes: [workshopId, questionId, round].
  const first = keyParts(from);
  const last = keyParts(to);
  if (cmp(from, to) === 0 && first?.length === 3) {
    const [, questionId, round] = first as [string, string, number];
    let rounds = into.rounds.get(questionId);
    if (rounds === undefined) into.rounds.set(questionId, (rounds = new Set()));
    rounds.add(round);
    return;
  }
  // A range within one question, else a range wider than that.
  if (
    first?.[0] === workshopId &&
    last?.[0] === workshopId &&
    typeof first[1] === 'string' &&
    first[1] === last[1]
  ) {
    into.questions.add(first[1]);
    return;
  }
  into.everything = true;
}

/** The parts of a compound key; null for a key that is not one. */
function keyParts(key: IndexableType): readonly unknown[] | null {
  return Array.isArray(key) ? (key as unknown[]) : null;
}

function forEachRange(tree: IntervalTree, fn: (from: IndexableType, to: IndexableType) => void): void {
  if (!('from' in tree)) return;
  const stack = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    fn(node.from, node.to);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
}

function overlaps(tree: IntervalTree, low: IndexableType, high: IndexableType): boolean {
  let found = false;
  forEachRange(tree, (from, to) => {
    if (cmp(from, high) <= 0 && cmp(to, low) >= 0) found = true;
  });
  return found;
}
