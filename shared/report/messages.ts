import { addMessages } from '../i18n';
import { reportMessages } from '../i18n/en/report';

// The report's words load with the report (the export dialog's chunk, or a command line), not with the
// app's first screen: importing shared/report adds them to the catalog.
addMessages(reportMessages);
