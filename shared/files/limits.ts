/**
 * Limits on what a workshop or framework file may hold. A file beyond them is refused with a message
 * before it can use up the memory of a laptop running a workshop; every real workshop is far inside them
 * (500 participants × 100 questions × 3 rounds is a 20 MB file).
 */

/** Refused before it is read as text: a workshop file, an archive or a framework. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
/** Ids (workshops, teams, participants, questions): UUIDs and ids such as `GGI-A-17` fit easily. */
export const MAX_ID_LENGTH = 128;
export const MAX_TEAMS = 100;
export const MAX_PARTICIPANTS = 900;
export const MAX_QUESTIONS = 1000;
export const MAX_ROUND_NUMBER = 100;
export const MAX_VOTES = 2_000_000;
export const MAX_DECISION_VERSIONS = 1000;
export const MAX_ALIAS_LENGTH = 20;
export const MAX_ROLE_LENGTH = 60;
export const MAX_RESOLVED_CONFLICTS = 100_000;
/** Workshops in one archive. */
export const MAX_ARCHIVE_WORKSHOPS = 1000;
/** How many problems a refused file lists; the count says how many more there were. */
export const MAX_LISTED_PROBLEMS = 200;
/** Latest time accepted (the largest a JavaScript date can hold). */
export const MAX_TIME = 8_640_000_000_000_000;
