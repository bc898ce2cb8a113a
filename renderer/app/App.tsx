import { Component, useEffect, type ReactNode } from 'react';
import { useAppStore } from '../store/app-store';
import { selectRoute, selectSetTheme, selectTheme } from '../store/selectors';
import { useTranslator } from './i18n';
import { HomeScreen } from '../features/workshops/HomeScreen';
import { WorkshopScreen } from '../features/workshops/WorkshopScreen';
import { SessionScreen } from '../features/session/SessionScreen';
import { Notices } from '../ui/Notices';
import { LocaleChoice } from './LocaleChoice';
import { createTranslator } from '../../shared/i18n';

function Screen() {
  const route = useAppStore(selectRoute);
  const { t } = useTranslator();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'workshop':
      return <WorkshopScreen workshopId={route.workshopId} />;
    case 'session':
      return <SessionScreen workshopId={route.workshopId} />;
    case 'notFound':
      return (
        <main id="main" className="screen" tabIndex={-1}>
          <h1>{t('notFound.title')}</h1>
          <p>{t('notFound.body', { path: route.path })}</p>
          <a href="#/">{t('nav.allWorkshops')}</a>
        </main>
      );
  }
}

function ThemeToggle() {
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore(selectSetTheme);
  const { t } = useTranslator();
  return (
    <button
      type="button"
      className="button-quiet"
      aria-pressed={theme === 'dark'}
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      {t('theme.toggle.toDark')}
    </button>
  );
}

/** Shows a calm message instead of a blank window; the data is in IndexedDB, so a reload resumes. */
class CrashBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    if (!this.state.error) return this.props.children;
    const { t } = createTranslator(document.documentElement.lang || 'en');
    return (
      <main id="main" className="screen" role="alert">
        <h1>{t('app.crash.title')}</h1>
        <p>{t('app.crash.body')}</p>
        <button type="button" className="button-primary" onClick={() => window.location.reload()}>
          {t('app.crash.reload')}
        </button>
      </main>
    );
  }
}

export function App() {
  const theme = useAppStore(selectTheme);
  const { t, language } = useTranslator();

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    // The language the text is in: screen readers pronounce by it. Formats may follow another locale.
    document.documentElement.lang = language;
  }, [theme, language]);

  useEffect(() => {
    // The app-ready signal tests and the desktop shell wait for: the database is open and a screen rendered.
    document.documentElement.dataset.appReady = 'true';
  }, []);

  return (
    <CrashBoundary>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <div className="app-bar">
        <a className="app-name" href="#/">
          {t('app.name')}
        </a>
        <div className="app-bar-preferences">
          <LocaleChoice />
          <ThemeToggle />
        </div>
      </div>
      <Screen />
      <Notices />
    </CrashBoundary>
  );
}
