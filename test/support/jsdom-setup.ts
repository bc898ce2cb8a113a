import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { settleApps, trackAppWork } from './app-work';

// findBy*/waitFor wait for the database round trip and the live query to re-render. On a loaded 2-core
// machine (the e2e project's Chromium runs beside these tests) that can exceed the library's 1 s default,
// so the wait budget is larger; a test still fails if the screen never gets there.
configure({ asyncUtilTimeout: 5000 });

const appWork = trackAppWork(window);

// A test ends with nothing of its own still running: its screen unmounted, the writes it started
// finished, and no timer, frame or listener of the app's left to fire into the next test.
afterEach(async () => {
  cleanup();
  await settleApps();
  localStorage.clear();
  window.location.hash = '';
  const left = appWork.pending();
  appWork.stopAll();
  if (left.length > 0) {
    throw new Error(`The app left work running after the test:\n  ${left.join('\n  ')}`);
  }
});
