import { Component, lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useAppStore } from '../store/app-store';
import {
  selectDatabaseSuperseded,
  selectImportFlow,
  selectRoute,
  selectSetTheme,
  selectTheme,
} from '../store/selectors';
import { useTranslator } from './i18n';
import type { Route } from './routes';
import { lazyScreen, preloadWhenIdle } from './lazy-screen';
import { ScreenLoading, ScreenReady } from './screen-state';
import { HomeScreen } from '../features/workshops/HomeScreen';
import { Notices } from '../ui/Notices';
import { LocaleChoice } from './LocaleChoice';
import { SupersededScreen } from './SupersededScreen';
import { createTranslator } from '../../shared/i18n';

// The home screen is in the first chunk; a workshop's setup and its session load when first opened
// (or, once the home screen is up, when the browser is idle).
const workshopScreen = lazyScreen(() =>
  import('../features/workshops/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })),
);
const sessionScreen = lazyScreen(() =>
  import('../features/session/SessionScreen').then((m) => ({ default: m.SessionScreen })),
);
const resultsScreen = lazyScreen(() =>
  import('../features/results/ResultsScreen').then((m) => ({ default: m.ResultsScreen })),
);
const projectorScreen = lazyScreen(() =>
  import('../features/projector/ProjectorScreen').then((m) => ({ default: m.ProjectorScreen })),
);
const frameworksScreen = lazyScreen(() => import('../features/files/FrameworksScreen'));
// Importing a file is rare next to running a workshop: its dialogs load when an import starts.
const ImportFlowDialog = lazy(() => import('../features/files/ImportFlowDialog'));

function ImportFlow() {
  const flow = useAppStore(selectImportFlow);
  if (!flow) return null;
  return (
    <Suspense fallback={null}>
      <ImportFlowDialog />
    </Suspense>
  );
}

function Screen() {
  const route = useAppStore(selectRoute);
  return (
    <Suspense fallback={<ScreenLoading route={route} />}>
      <RouteScreen route={route} />
      <ScreenReady route={route} />
    </Suspense>
  );
}

function RouteScreen({ route }: { route: Route }) {
  const { t } = useTranslator();
  switch (route.name) {
    case 'home':
      return <HomeScreen />;
    case 'workshop':
      return <workshopScreen.Screen workshopId={route.workshopId} />;
    case 'session':
      return <sessionScreen.Screen workshopId={route.workshopId} />;
    case 'results':
      return <resultsScreen.Screen workshopId={route.workshopId} view={route.view} />;
    case 'projector':
      return <projectorScreen.Screen workshopId={route.workshopId} />;
    case 'frameworks':
      return <frameworksScreen.Screen />;
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
    // The label says what a press does now: "Dark theme" in the light one, "Light theme" in the dark one.
    <button
      type="button"
      className="button-quiet"
      onClick={() => setTheme(theme === 'dark' ? 'light' : 'dark')}
    >
      {theme === 'dark' ? t('theme.toggle.toLight') : t('theme.toggle.toDark')}
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

  useEffect(() => preloadWhenIdle([workshopScreen, sessionScreen, resultsScreen]), []);
  const route = useAppStore(selectRoute);
  const superseded = useAppStore(selectDatabaseSuperseded);
  const screen = superseded ? <SupersededScreen /> : <Screen />;

  // The projector's window shows the audience's view alone: no app bar, no controls.
  if (route.name === 'projector') {
    return <CrashBoundary>{screen}</CrashBoundary>;
  }

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
      {screen}
      <ImportFlow />
      <Notices />
    </CrashBoundary>
  );
}
