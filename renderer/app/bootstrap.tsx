import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { openDatabase, whenSuperseded } from '../db/database';
import { createRepositories } from '../db/repositories';
import { RepositoriesProvider } from '../db/hooks';
import { createAppStore, StoreProvider } from '../store/app-store';
import { effectiveLocale, localPreferences } from '../store/preferences.slice';
import { createTranslator, LocalizedError } from '../../shared/i18n';
import { defaultWorkshopSettings } from '../features/workshops/defaults';
import { App } from './App';

/** Opens the database first: nothing is shown as saved before storage is known to work. */
export async function bootstrap(container: HTMLElement): Promise<void> {
  const root = createRoot(container);
  // Before the store exists (the database may not open), the saved or system locale still applies.
  const { t, message } = createTranslator(effectiveLocale(localPreferences.load()));
  try {
    const db = await openDatabase();
    const repos = createRepositories(db, { defaults: defaultWorkshopSettings });
    const store = createAppStore({
      repos,
      t: (key, params) => createTranslator(store.getState().locale).t(key, params),
    });
    window.addEventListener('hashchange', () => store.getState().syncFromHash(window.location.hash));
    whenSuperseded(db, () => store.getState().setDatabaseSuperseded());
    // Ask once per start that the browser keep the workshops when the disk runs low; the home screen
    // says whether it does.
    void store.getState().protectStorage();
    root.render(
      <StrictMode>
        <RepositoriesProvider repos={repos}>
          <StoreProvider store={store}>
            <App />
          </StoreProvider>
        </RepositoriesProvider>
      </StrictMode>,
    );
  } catch (error) {
    // A refusal the app knows (another window holding the database) says itself what to do.
    const body =
      error instanceof LocalizedError
        ? message({ key: error.key, params: error.params })
        : t('app.storageError.body', { reason: error instanceof Error ? error.message : String(error) });
    root.render(
      <main id="main" className="screen" role="alert">
        <h1>{t('app.storageError.title')}</h1>
        <p>{body}</p>
      </main>,
    );
    document.documentElement.dataset.appReady = 'error';
  }
}
