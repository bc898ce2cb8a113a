import { z } from 'zod';

/**
 * zod, configured for this app. By default zod probes whether it may compile validators with
 * `new Function`, which the app's CSP (script-src 'self', no eval) rightly blocks: every probe is a
 * CSP violation in the console. Jitless mode never probes and validates the same way.
 */
z.config({ jitless: true });

export { z };
