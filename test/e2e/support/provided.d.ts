// Values the e2e global setup hands to the tests through `provide` / `inject`.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built renderer is served, e.g. `http://127.0.0.1:41234/` (always ends with a slash). */
    baseURL: string;
  }
}
