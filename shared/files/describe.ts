import type { Message, MessageKey } from '../i18n';
import type { FileProblem, ReadFailure } from './document';
import { isRecord } from './json';

/**
 * Problems put into words a facilitator understands: which part of the file (a participant, a vote,
 * a question of the framework, numbered as people count, with its name when it has one) and what is
 * wrong with it. The path and the schema's own words stay available as the folded-away detail.
 */
export interface ProblemDescription {
  /** From the outer part to the inner: "Workshop 2", "Framework", "Question 4 (GGI-A-17)". */
  where: Message[];
  what: Message;
  /** `workshop.votes[12].value — must be 0, 1, 2, 3, 4…`: for the folded technical detail. */
  detail: string;
}

/** Lists whose items are numbered in the description, with the catalog name of one item. */
const ITEMS = new Map<string, MessageKey>(
  Object.entries({
    workshops: 'files.part.workshop',
    frameworks: 'files.part.framework',
    teams: 'files.part.team',
    participants: 'files.part.participant',
    rounds: 'files.part.round',
    votes: 'files.part.vote',
    decisions: 'files.part.decision',
    history: 'files.part.decisionVersion',
    questions: 'files.part.question',
    questionIds: 'files.part.questionInSet',
    archetypes: 'files.part.archetype',
    goals: 'files.part.goal',
    roles: 'files.part.role',
    stages: 'files.part.stage',
    labels: 'files.part.scalePoint',
    presets: 'files.part.preset',
    checklistItems: 'files.part.checklistItem',
    enablers: 'files.part.enabler',
    responsibilityAreas: 'files.part.responsibilityArea',
    resolvedConflicts: 'files.part.resolvedConflict',
    skipped: 'files.part.skipped',
  }) as [string, MessageKey][],
);

/** Parts named on their own. Maps, not objects: a path may hold any key, `__proto__` included. */
const PARTS = new Map<string, MessageKey>(
  Object.entries({
    framework: 'files.part.theFramework',
    settings: 'files.part.settings',
    thresholds: 'files.part.thresholds',
    session: 'files.part.session',
    scale: 'files.part.scale',
    axes: 'files.part.axes',
    checksum: 'files.part.checksum',
    formatVersion: 'files.part.formatVersion',
    anchors: 'files.part.anchors',
  }) as [string, MessageKey][],
);

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/** A path such as `workshop.votes[12].value` as its names and indices. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(SEGMENT)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** The name an item of the file goes by, to say which one is meant (a participant's name, an id). */
function itemName(item: unknown): string | null {
  if (!isRecord(item)) return null;
  for (const key of ['displayName', 'name', 'title', 'id', 'questionId']) {
    const value = item[key];
    if (typeof value === 'string' && value.trim() !== '') {
      const name = value.replace(/\s+/g, ' ').trim();
      return name.length > 40 ? `${name.slice(0, 39)}…` : name;
    }
  }
  return null;
}

/** Where the problem is and what is wrong, as catalog messages; `root` is the parsed file, for names. */
export function describeProblem(problem: FileProblem, root?: unknown): ProblemDescription {
  const where: Message[] = [];
  const segments = pathSegments(problem.path);
  let node: unknown = root;
  segments.forEach((segment, i) => {
    const next =
      isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[segment] : undefined;
    if (typeof segment === 'number') {
      const list = segments[i - 1];
      const key = typeof list === 'string' ? ITEMS.get(list) : undefined;
      if (key) {
        const name = itemName(next);
        const part: Message = { key };
        where.push(
          name === null
            ? { key: 'files.where.item', params: { part, n: segment + 1 } }
            : { key: 'files.where.namedItem', params: { part, n: segment + 1, name } },
        );
      }
    } else if (typeof segments[i + 1] !== 'number') {
      const key = PARTS.get(segment);
      if (key) where.push({ key });
    }
    node = next;
  });
  if (where.length === 0) where.push({ key: 'files.part.file' });
  return {
    where,
    what:
      problem.max === undefined
        ? { key: `files.problem.${problem.code}` }
        : { key: 'files.problem.tooLongMax', params: { max: problem.max } },
    detail: `${problem.path} — ${problem.message}`,
  };
}

/** The one-line summary of a refused file; for `invalid`, the problems follow it. */
export function describeFailure(failure: ReadFailure): Message {
  switch (failure.reason) {
    case 'tooLarge':
      return { key: 'files.error.tooLarge', params: { max: failure.maxMegabytes } };
    case 'notJson':
      return { key: 'files.error.notJson' };
    case 'newerVersion':
      return { key: 'files.error.newerVersion', params: { version: failure.version } };
    case 'invalid':
      return { key: 'files.error.invalid', params: { count: failure.total } };
    default:
      return { key: `files.error.${failure.reason}` };
  }
}
