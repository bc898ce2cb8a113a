import { validateFramework } from '../framework/validate';
import { schemaProblems, type FrameworkProblem } from '../framework/problems';
import { isRecord } from './json';
import { checkWorkshopReferences } from './references';
import { checksumSchema, workshopContentSchema } from './schema';
import { sha256Hex } from './sha256';
import { upgradeDocument } from './upgrade';
import { readVotes } from './votes';
import type { WorkshopData } from './workshop-data';

/** One thing wrong in a file: where (a path), what kind (a code the catalog words), and the detail. */
export type FileProblem = FrameworkProblem;

/** Why a file was refused. Nothing is written for a refused file. */
export type ReadFailure =
  | { reason: 'tooLarge'; maxMegabytes: number }
  | { reason: 'empty' }
  | { reason: 'notText' }
  | { reason: 'notJson'; detail: string }
  | { reason: 'notWorkshopFile' }
  | { reason: 'isFramework' }
  | { reason: 'isWorkshop' }
  | { reason: 'newerVersion'; version: number }
  | { reason: 'checksum'; path: string }
  | {
      reason: 'invalid';
      problems: FileProblem[];
      total: number;
      /** The parsed file, so a description can name the items (describeProblem's `root`). */
      root?: unknown;
    };

export type ReadResult<T> = { ok: true; value: T } | { ok: false; failure: ReadFailure };

export const fail = <T>(failure: ReadFailure): ReadResult<T> => ({ ok: false, failure });

export function invalid<T>(problems: FileProblem[], listed: number): ReadResult<T> {
  return fail({ reason: 'invalid', problems: problems.slice(0, listed), total: problems.length });
}

/** Puts problems found inside a part of the file under that part's path. */
export const under =
  (at: string) =>
  (p: FileProblem): FileProblem => {
    const inner = p.path === '(framework)' ? '' : p.path;
    const joined =
      at === '' || inner === '' ? at + inner : inner.startsWith('[') ? at + inner : `${at}.${inner}`;
    return { ...p, path: joined === '' ? '(file)' : joined };
  };

export function versionProblem(version: unknown, path: string): FileProblem {
  return {
    path,
    code: 'notAllowed',
    message: `format version ${JSON.stringify(version)} is not one this app knows`,
  };
}

/**
 * One workshop document (`at` is its path in the file): its checksum, then the upgrade to the current
 * version, then every check — shape, framework, references — with all problems listed together.
 */
export async function readWorkshopDocument(
  doc: Record<string, unknown>,
  at: string,
  listed: number,
): Promise<ReadResult<WorkshopData>> {
  const path = (p: string) => (at === '' ? p : `${at}.${p}`);
  const checksum = checksumSchema.safeParse(doc['checksum']);
  if (!checksum.success) {
    return invalid(schemaProblems(checksum.error.issues, '').map(under(path('checksum'))), listed);
  }
  const version = upgradeDocument(doc);
  if (!version.ok) {
    if (version.reason === 'newerVersion')
      return fail({ reason: 'newerVersion', version: version.version as number });
    return invalid([versionProblem(version.version, path('formatVersion'))], listed);
  }
  // The checksum covers the content as its own version wrote it, so it is checked before any upgrade.
  if ((await sha256Hex(JSON.stringify(doc['workshop'] ?? null))) !== checksum.data.value) {
    return fail({ reason: 'checksum', path: path('checksum') });
  }
  const checked = checkWorkshopContent(version.document['workshop'], path('workshop'));
  return checked.ok ? checked : invalid(checked.problems, listed);
}

/**
 * The content of a workshop (the `workshop` member of a file) checked through: shape, framework and
 * references, every problem listed under `at`. Returns the workshop's rows with their `workshopId`.
 */
export function checkWorkshopContent(
  raw: unknown,
  at: string,
): { ok: true; value: WorkshopData } | { ok: false; problems: FileProblem[] } {
  const path = (p: string) => (at === '' ? p : `${at}.${p}`);
  const content = workshopContentSchema.safeParse(raw);
  const problems = content.success ? [] : schemaProblems(content.error.issues, '').map(under(at));
  const id = isRecord(raw) && typeof raw['id'] === 'string' ? raw['id'] : '';
  const votes = readVotes(isRecord(raw) ? raw['votes'] : undefined, id, path('votes'), problems);
  const framework = validateFramework(isRecord(raw) ? raw['framework'] : undefined);
  if (!framework.ok) problems.push(...framework.problems.map(under(path('framework'))));
  if (!content.success || !framework.ok || problems.length > 0) return { ok: false, problems };
  const references = checkWorkshopReferences(content.data, votes, framework.framework, at);
  if (references.length > 0) return { ok: false, problems: references };

  const {
    framework: _raw,
    votes: _votes,
    teams,
    participants,
    rounds,
    decisions,
    session,
    resolvedConflicts,
    ...info
  } = content.data;
  const own = <T>(row: T) => ({ ...row, workshopId: id });
  return {
    ok: true,
    value: {
      workshop: info,
      framework: framework.framework,
      teams: teams.map(own),
      participants: participants.map(own),
      rounds: rounds.map(own),
      votes,
      decisions: decisions.map(own),
      session: session === null ? null : own(session),
      resolvedConflicts,
    },
  };
}
