/**
 * English messages of the command line (`npm run report`): its usage and what it says when it cannot
 * read a file or write one. Added by the command line itself; nothing of the app loads them.
 */
export const cliMessages = {
  'cli.usage':
    'Usage: npm run report -- <workshop file> [--out report.pdf] [--csv votes.csv] [--results-csv results.csv]\n         [--locale en-GB] [--paper a4|letter] [--created 2026-11-30T12:00:00+01:00]',
  'cli.notFound': '{name}: there is no such file. Nothing was written.',
  'cli.isFolder':
    '{name} is a folder. Give a workshop file (… .workshop.json) or a backup of all workshops (… .workshops.json). Nothing was written.',
  'cli.unreadable': '{name} could not be read ({detail}). Nothing was written.',
  'cli.csvOfArchive':
    '--{flag}: the file holds {count} workshops; CSV is written for the file of one workshop. Nothing was written.',
  'cli.writeFailed': '{name} could not be written ({detail}).',
} as const;
