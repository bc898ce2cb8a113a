/**
 * The messages of the screens after the first one (setup, session, results, projector, room): one
 * chunk, loaded with the first of those screens (see `addMessages` in ../index.ts). The PDF report's
 * messages load with the report itself (shared/report/messages.ts).
 */
import { resultsMessages } from './results';
import { resultsScreenMessages } from './results-screen';
import { roomMessages } from './room';
import { facilitatorMessages } from './facilitator';
import { captureMessages } from './capture';
import { ruleMessages } from './rules';
import { sessionMessages } from './session';
import { setupMessages } from './setup';

export const screenMessages = {
  ...setupMessages,
  ...sessionMessages,
  ...ruleMessages,
  ...resultsMessages,
  ...resultsScreenMessages,
  ...roomMessages,
  ...facilitatorMessages,
  ...captureMessages,
} as const;
