/**
 * English messages of workshop files that load with the app: refusals the repositories raise, and the
 * export buttons of a workshop's page. The dialogs' messages load with them (file-dialogs.ts).
 */
export const fileMessages = {
  'error.framework.clash':
    'A different framework is already installed as "{title}", version {version}. Nothing was changed. Give the new one another version number in its file, or remove the installed one first if no workshop uses it.',
  'error.framework.invalid':
    '{count, plural, one {The framework has a problem,} other {The framework has # problems,}} so it was not installed. Nothing was changed. Correct the file and import it again.',
  'error.framework.inUse':
    '{count, plural, one {A workshop runs on this framework,} other {# workshops run on this framework,}} so it was not removed. Nothing was changed. Delete or move those workshops first.',
  'error.framework.notFound': 'This framework is no longer installed. Nothing was changed.',
  'error.import.invalid':
    'The workshop did not pass the checks before saving, so it was not imported. Nothing was changed. Export it again from the computer it came from.',
  'error.import.exists':
    'A workshop with the same identity is already on this computer. Nothing was changed. Import the file again and choose to replace, merge or keep both.',
  'error.import.idsTaken':
    'Some teams or participants in the file already belong to another workshop here. Nothing was changed. Import the file again and choose to keep both: the copy gets its own identities.',
  'error.import.changedMeanwhile':
    'The workshop changed on this computer while the merge was being prepared (perhaps in another window). Nothing was changed. Start the merge again to include the latest votes.',
  'error.workshop.frameworkMissing':
    'The framework of "{title}" is not installed on this computer, so it cannot be read. Nothing was changed. Import the framework, or the workshop file that carries it, then try again.',
  'error.merge.differentWorkshop':
    'The file holds another workshop, so it cannot be merged into this one. Nothing was changed. Import it as a workshop of its own.',
  'error.merge.differentFramework':
    'The file’s copy of this workshop runs on another framework or version, so its votes cannot be matched. Nothing was changed. Import it as a copy instead, and compare the two.',
  'workshop.files.label': 'Files',
  'workshop.files.export': 'Export workshop file…',
  'workshop.files.votesCsv': 'Votes as CSV…',
  'workshop.files.resultsCsv': 'Results as CSV…',
} as const;
