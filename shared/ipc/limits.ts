/**
 * Limits of the bridge, apart from the schemas so the renderer can use them without loading zod schemas
 * (building an object schema makes zod probe for `new Function`, which the CSP reports).
 */

/** The largest file the app reads or writes through the bridge: a workshop file or a PDF report. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
/** The longest file name the app suggests; most file systems stop at 255 bytes. */
export const MAX_FILE_NAME_LENGTH = 200;
export const MAX_FILTERS = 10;
