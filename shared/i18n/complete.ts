/**
 * Every English message at once, for code that runs outside the app's screens (tests, benchmarks, a
 * command line): importing this module adds the parts that otherwise load on demand.
 */
import { addMessages } from './index';
import { fileDialogMessages } from './en/file-dialogs';
import { reportMessages } from './en/report';
import { screenMessages } from './en/screens';

addMessages(screenMessages);
addMessages(reportMessages);
addMessages(fileDialogMessages);
