import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// findBy*/waitFor wait for the database round trip and the live query to re-render. On a loaded 2-core
// machine (the e2e project's Chromium runs beside these tests) that can exceed the library's 1 s default,
// so the wait budget is larger; a test still fails if the screen never gets there.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  window.location.hash = '';
});
