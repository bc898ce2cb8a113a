import './messages';

/**
 * Workshop files: the versioned format (schema, checksum, upgraders), reading with every problem
 * located and worded, writing, CSV, and the pure merge of a file from another computer.
 */
export type { WorkshopData, WorkshopInfo, ResolvedConflict } from './workshop-data';
export type { FileProblem, ReadFailure, ReadResult, WorkshopFileContents } from './read';
export { readWorkshopFile, readFrameworkFile } from './read';
export {
  serializeWorkshop,
  serializeArchive,
  workshopContent,
  exportFileName,
  type ExportMeta,
} from './write';
export { describeProblem, describeFailure, pathSegments, type ProblemDescription } from './describe';
export { votesCsv, resultsCsv, csvText } from './csv';
export { mergeWorkshops } from './merge';
export { applyResolutions, unresolvedConflicts } from './merge-apply';
export type * from './merge-types';
export { canonicalJson } from './canonical';
export { asCopy, checkWorkshopData } from './workshop-ops';
export { CURRENT_FORMAT_VERSION, FORMAT_UPGRADERS, upgradeDocument, type FormatUpgrader } from './upgrade';
export { WORKSHOP_FORMAT, ARCHIVE_FORMAT } from './format';
export { MAX_IMPORT_BYTES } from './limits';

/** File names the app suggests: a workshop, an archive of all, a framework, CSV. */
export const WORKSHOP_FILE_SUFFIX = '.workshop.json';
export const ARCHIVE_FILE_SUFFIX = '.workshops.json';
export const FRAMEWORK_FILE_SUFFIX = '.framework.json';
