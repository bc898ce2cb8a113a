// zod probes for `new Function` when it builds an object schema unless told not to; the page's CSP forbids
// eval and reports the probe as a violation. Imported first by the preload, before any schema exists.
import { z } from 'zod';

z.config({ jitless: true });
