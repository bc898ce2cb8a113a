import { addMessages } from '../i18n';
import { fileDialogMessages } from '../i18n/en/file-dialogs';

// The words of the file dialogs, CSV and frameworks load with this code (the import dialog's chunk, the
// frameworks screen, a command line), not with the app's first screen: importing shared/files adds them.
addMessages(fileDialogMessages);
