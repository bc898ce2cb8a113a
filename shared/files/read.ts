import type { Framework } from '../framework/schema';
import { validateFramework } from '../framework/validate';
import { schemaProblems } from '../framework/problems';
import {
  fail,
  invalid,
  readWorkshopDocument,
  under,
  versionProblem,
  type FileProblem,
  type ReadResult,
} from './document';
import { forbiddenKeys, isRecord } from './json';
import { MAX_ARCHIVE_WORKSHOPS, MAX_IMPORT_BYTES, MAX_LISTED_PROBLEMS } from './limits';
import { ARCHIVE_FORMAT, WORKSHOP_FORMAT } from './format';
import { checksumSchema } from './schema';
import { upgradeDocument } from './upgrade';
import { archiveChecksum } from './write';
import type { WorkshopData } from './workshop-data';

export type { FileProblem, ReadFailure, ReadResult } from './document';

export interface WorkshopFileContents {
  kind: 'workshop' | 'archive';
  workshops: WorkshopData[];
  /** Frameworks an archive carries besides those embedded in its workshops. */
  frameworks: Framework[];
}

/**
 * Bytes → JSON, refusing what is too large before reading it, what is not UTF-8 or not JSON, and any
 * key that could reach a prototype. Nothing from a file is ever evaluated: it is data for JSON.parse.
 */
function parseBytes(bytes: Uint8Array): ReadResult<unknown> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return fail({ reason: 'tooLarge', maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024 });
  }
  let text: string;
  try {
    // Fatal: a file that is not UTF-8 is refused rather than read with replacement characters.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail({ reason: 'notText' });
  }
  if (text.trim() === '') return fail({ reason: 'empty' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail({ reason: 'notJson', detail: error instanceof Error ? error.message : String(error) });
  }
  // A key can only spell a forbidden name literally or through a \u escape, so a file with neither
  // (every file the app writes) skips the walk over its 150,000 votes.
  if (/__proto__|constructor|prototype|\\u/.test(text)) {
    const unsafe = forbiddenKeys(value, '', MAX_LISTED_PROBLEMS);
    if (unsafe.length > 0) return invalid(unsafe, MAX_LISTED_PROBLEMS);
  }
  return { ok: true, value };
}

const looksLikeFramework = (v: Record<string, unknown>) => 'questions' in v && 'scale' in v;

/** Keeps the parsed file with a list of problems, so they can be described by the names in it. */
function withRoot<T>(result: ReadResult<T>, root: unknown): ReadResult<T> {
  return result.ok || result.failure.reason !== 'invalid'
    ? result
    : { ok: false, failure: { ...result.failure, root } };
}

/** A workshop file or an archive of them, checked through and through, ready to import. */
export async function readWorkshopFile(bytes: Uint8Array): Promise<ReadResult<WorkshopFileContents>> {
  const parsed = parseBytes(bytes);
  if (!parsed.ok) return parsed;
  return withRoot(await readWorkshopRoot(parsed.value), parsed.value);
}

async function readWorkshopRoot(root: unknown): Promise<ReadResult<WorkshopFileContents>> {
  if (!isRecord(root)) return fail({ reason: 'notWorkshopFile' });
  if (root['format'] === WORKSHOP_FORMAT) {
    const one = await readWorkshopDocument(root, '', MAX_LISTED_PROBLEMS);
    if (!one.ok) return one;
    return { ok: true, value: { kind: 'workshop', workshops: [one.value], frameworks: [] } };
  }
  if (root['format'] === ARCHIVE_FORMAT) return readArchive(root);
  return fail({ reason: looksLikeFramework(root) ? 'isFramework' : 'notWorkshopFile' });
}

async function readArchive(root: Record<string, unknown>): Promise<ReadResult<WorkshopFileContents>> {
  const version = upgradeDocument(root);
  if (!version.ok) {
    if (version.reason === 'newerVersion')
      return fail({ reason: 'newerVersion', version: version.version as number });
    return invalid([versionProblem(version.version, 'formatVersion')], MAX_LISTED_PROBLEMS);
  }
  const documents = root['workshops'];
  const frameworksIn = root['frameworks'] ?? [];
  const problems: FileProblem[] = [];
  if (!Array.isArray(documents) || documents.length > MAX_ARCHIVE_WORKSHOPS) {
    problems.push({
      path: 'workshops',
      code: Array.isArray(documents) ? 'tooMany' : 'required',
      message: `must be a list of at most ${MAX_ARCHIVE_WORKSHOPS} workshops`,
    });
  }
  if (!Array.isArray(frameworksIn))
    problems.push({ path: 'frameworks', code: 'wrongType', message: 'must be a list' });
  const checksum = checksumSchema.safeParse(root['checksum']);
  if (!checksum.success) problems.push(...schemaProblems(checksum.error.issues, '').map(under('checksum')));
  if (problems.length > 0 || !checksum.success) return invalid(problems, MAX_LISTED_PROBLEMS);
  const docs = documents as unknown[];
  const inner = docs.map((d) => (isRecord(d) && isRecord(d['checksum']) ? d['checksum']['value'] : null));
  if ((await archiveChecksum(frameworksIn, inner)) !== checksum.data.value) {
    return fail({ reason: 'checksum', path: 'checksum' });
  }

  const frameworks: Framework[] = [];
  (frameworksIn as unknown[]).forEach((raw, i) => {
    const checked = validateFramework(raw);
    if (checked.ok) frameworks.push(checked.framework);
    else problems.push(...checked.problems.map(under(`frameworks[${i}]`)));
  });
  const workshops: WorkshopData[] = [];
  for (let i = 0; i < docs.length; i++) {
    const doc = docs[i];
    const at = `workshops[${i}]`;
    if (!isRecord(doc) || doc['format'] !== WORKSHOP_FORMAT) {
      problems.push({ path: at, code: 'notAllowed', message: 'is not a workshop document' });
      continue;
    }
    const one = await readWorkshopDocument(doc, at, Infinity);
    if (one.ok) workshops.push(one.value);
    else if (one.failure.reason === 'invalid') problems.push(...one.failure.problems);
    else return one;
  }
  if (problems.length > 0) return invalid(problems, MAX_LISTED_PROBLEMS);
  return { ok: true, value: { kind: 'archive', workshops, frameworks } };
}

/** A framework file, checked by the engine's schema with every problem listed. */
export function readFrameworkFile(bytes: Uint8Array): ReadResult<Framework> {
  const parsed = parseBytes(bytes);
  if (!parsed.ok) return parsed;
  const root = parsed.value;
  if (isRecord(root) && (root['format'] === WORKSHOP_FORMAT || root['format'] === ARCHIVE_FORMAT)) {
    return fail({ reason: 'isWorkshop' });
  }
  const checked = validateFramework(root);
  if (!checked.ok) return withRoot(invalid(checked.problems, MAX_LISTED_PROBLEMS), root);
  return { ok: true, value: checked.framework };
}
