/**
 * English message catalog, first part: what the first screen (the list of workshops) and every screen
 * may say — the app's frame, errors, files. The other screens' messages are in `./en/screens.ts`, a
 * chunk of its own that loads with the first of those screens, so the first screen loads less. Other
 * languages provide the same keys (the types below enforce it); `{name}` placeholders are filled by `t()`.
 */
import { errorMessages } from './en/errors';
import { fileMessages } from './en/files';
import type { reportMessages } from './en/report';
import type { fileDialogMessages } from './en/file-dialogs';
import { voteMessages } from './en/votes';
import { storageMessages } from './en/storage';
import type { screenMessages } from './en/screens';
import type { cliMessages } from './en/cli';

export const en = {
  ...errorMessages,
  ...fileMessages,
  ...voteMessages,
  ...storageMessages,
  'app.name': 'OSPO Workshop',
  'app.loading': 'Opening your workshops…',
  'app.loading.workshop': 'Opening the workshop…',
  'app.loading.session': 'Opening the session…',
  'app.loading.results': 'Opening the results…',
  'app.loading.slow':
    'This is taking longer than it should. Every recorded vote is safe in the local database; reloading usually helps.',
  'app.skipToContent': 'Skip to content',
  'app.storageError.title': 'Your workshops could not be opened',
  'app.storageError.body':
    'The local database did not open: {reason}. Nothing was changed. Close other windows of the app and reload; if it persists, see "Troubleshooting" in the README.',
  'app.crash.title': 'Something went wrong on this screen',
  'app.crash.body': 'Every recorded vote is safe in the local database. Reload to continue where you were.',
  'app.crash.reload': 'Reload',
  'app.screenLoad.title': 'This screen did not load',
  'app.screenLoad.body':
    'Its code could not be read ({detail}). Your workshops are safe. Try again; if it keeps failing, reload the app.',
  'app.screenLoad.retry': 'Try again',
  'menu.view': 'View',
  'menu.about': 'About {name}',
  'nav.allWorkshops': 'All workshops',
  'nav.main': 'Main',
  'field.atLimit': 'At most {max} characters: anything longer is cut off.',
  'theme.toggle.toDark': 'Dark theme',
  'theme.toggle.toLight': 'Light theme',
  'locale.label': 'Language and formats',
  'locale.system': 'As the system: {name}',
  'locale.formatsOnly': '{name} — text in English',
  'notFound.title': 'This page does not exist',
  'notFound.body': 'The address {path} does not match any screen.',

  'home.title': 'Workshops',
  'home.subtitle': 'Run an OSPO maturity workshop with your room, then share the result with leadership.',
  'home.new': 'New workshop',
  'home.import': 'Import a workshop file…',
  'home.exportAll': 'Back up all workshops…',
  'home.frameworks': 'Frameworks',
  'home.empty.title': 'No workshops yet',
  'home.empty.body': 'Create one to prepare teams, participants and questions.',
  'home.list.label': 'Workshops',
  'home.item.lastOpened': 'Last opened {when}',
  'home.item.neverOpened': 'Never opened',
  'home.item.open': 'Open',
  'home.item.rename': 'Rename',
  'home.item.delete': 'Delete',
  'home.item.noOrganization': 'No organization',
  'home.count': '{count, plural, one {# workshop} other {# workshops}}',

  'workshop.form.title': 'Title',
  'workshop.form.organization': 'Organization',
  'workshop.form.date': 'Date',
  'workshop.form.facilitator': 'Facilitator',
  'workshop.create.title': 'New workshop',
  'workshop.create.submit': 'Create workshop',
  'workshop.rename.title': 'Rename workshop',
  'workshop.delete.title': 'Delete workshop?',
  'workshop.delete.body':
    '"{title}" and all its teams, participants and votes will be removed from this computer. This cannot be undone.',
  'workshop.delete.submit': 'Delete',
  'workshop.created': 'Workshop "{title}" created.',
  'workshop.renamed': 'Workshop renamed to "{title}".',
  'workshop.deleted': 'Workshop "{title}" deleted.',
  'workshop.notFound': 'This workshop no longer exists on this computer.',

  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.required': '{field} is required.',
  'common.tooLong': '{field} must be at most {max} characters.',
  'common.invalidDate': '{field} must be a valid date.',
} as const;

/**
 * Every key of the catalog, with those whose text loads later: the screens' (with the screens), the
 * PDF report's (with shared/report), the file dialogs' (with shared/files) and the command line's. A typo in any of them
 * fails to compile.
 */
export type MessageKey =
  | keyof typeof en
  | keyof typeof screenMessages
  | keyof typeof reportMessages
  | keyof typeof fileDialogMessages
  | keyof typeof cliMessages;
export type Catalog = Record<MessageKey, string>;
