import { render } from '@testing-library/react';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories, type Repositories } from '../../../../renderer/db/repositories';
import { RepositoriesProvider } from '../../../../renderer/db/hooks';
import { createAppStore, StoreProvider } from '../../../../renderer/store/app-store';
import type { PreferencesStorage } from '../../../../renderer/store/preferences.slice';
import { createTranslator } from '../../../../shared/i18n';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { App } from '../../../../renderer/app/App';
import type { StorageHealthSource } from '../../../../renderer/db/storage-health';
import { onAppTeardown } from '../../../support/app-work';
import { uniqueDbName } from '../db/db-harness';

/**
 * The whole app over a fresh in-memory database and a fresh store, as a test fixture. When the test
 * ends (after its screen is unmounted) every repository call the app started is waited for and the
 * database is closed, so no write of this test lands in the next one.
 */
export async function renderApp(
  hash = '#/',
  dbName = uniqueDbName('app'),
  preferences: PreferencesStorage = { load: () => ({}), save: () => {} },
  storage?: StorageHealthSource,
) {
  window.location.hash = hash;
  const db = new OspoDatabase(dbName);
  await db.open();
  const { repos, idle } = counted(
    createRepositories(db, { defaults: defaultWorkshopSettings, ...(storage ? { storage } : {}) }),
  );
  onAppTeardown(async () => {
    await idle();
    db.close();
  });
  const { t } = createTranslator('en');
  const store = createAppStore({
    repos,
    t,
    initialHash: hash,
    preferences,
  });
  const view = render(
    <RepositoriesProvider repos={repos}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </RepositoriesProvider>,
  );
  return { ...view, db, repos, store };
}

/**
 * The repositories, each call counted until it settles. `idle()` resolves once no call is in flight and
 * none started during one more turn of the event loop (the store's write line starts its next job as
 * the previous one settles).
 */
function counted(repos: Repositories): { repos: Repositories; idle(): Promise<void> } {
  let inFlight = 0;
  const wrap = <T extends object>(repo: T): T =>
    new Proxy(repo, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const result: unknown = value.apply(target, args);
          if (result instanceof Promise) {
            inFlight += 1;
            const settle = () => (inFlight -= 1);
            result.then(settle, settle);
          }
          return result;
        };
      },
    });
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    repos: {
      workshops: wrap(repos.workshops),
      people: wrap(repos.people),
      session: wrap(repos.session),
      changes: repos.changes,
      files: wrap(repos.files),
      frameworks: wrap(repos.frameworks),
      storage: wrap(repos.storage),
    },
    async idle() {
      do await turn();
      while (inFlight > 0);
    },
  };
}
