import { render } from '@testing-library/react';
import { OspoDatabase } from '../../../../renderer/db/database';
import { createRepositories } from '../../../../renderer/db/repositories';
import { RepositoriesProvider } from '../../../../renderer/db/hooks';
import { createAppStore, StoreProvider } from '../../../../renderer/store/app-store';
import type { PreferencesStorage } from '../../../../renderer/store/preferences.slice';
import { createTranslator } from '../../../../shared/i18n';
import { defaultWorkshopSettings } from '../../../../renderer/features/workshops/defaults';
import { App } from '../../../../renderer/app/App';
import { uniqueDbName } from '../db/db-harness';

/** The whole app over a fresh in-memory database and a fresh store, as a test fixture. */
export async function renderApp(
  hash = '#/',
  dbName = uniqueDbName('app'),
  preferences: PreferencesStorage = { load: () => ({}), save: () => {} },
) {
  window.location.hash = hash;
  const db = new OspoDatabase(dbName);
  await db.open();
  const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
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
