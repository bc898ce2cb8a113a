/** The names a workshop file and an archive declare in their `format` field. */
export const WORKSHOP_FORMAT = 'ospo-workshop';
export const ARCHIVE_FORMAT = 'ospo-workshop-archive';
