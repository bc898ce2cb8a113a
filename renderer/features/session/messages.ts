// Imported for its effect by the session's modules: their words come with the session screen's code, so
// they do not weigh on the first screen (see MessageKey in shared/i18n/en.ts).
import { addMessages } from '../../../shared/i18n';
import { facilitatorMessages } from '../../../shared/i18n/en/facilitator';

addMessages(facilitatorMessages);
