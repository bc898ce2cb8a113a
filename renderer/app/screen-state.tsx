import { useEffect, useState } from 'react';
import type { Route } from './routes';
import { useTranslator } from './i18n';

/**
 * A screen is shown once its main landmark is on the page (screens render none while their data loads)
 * and nothing in it is still marked busy (the session's vote grid is, until the question's votes are read).
 */
function shown(): boolean {
  const main = document.querySelector('main#main');
  return !!main && main.getAttribute('aria-busy') !== 'true' && !main.querySelector('[aria-busy="true"]');
}

/**
 * The app-ready signal that tests and the desktop shell wait for (`<html data-app-ready="true">`):
 * the database is open, the route's screen is rendered with its code loaded, and it shows its content.
 * It sits in the same Suspense boundary as the screen, so its effect only runs once the screen's
 * code has loaded; it then waits, if need be, for the screen to show its main landmark.
 */
export function ScreenReady({ route }: { route: Route }) {
  useEffect(() => {
    const root = document.documentElement;
    if (shown()) {
      root.dataset.appReady = 'true';
      return;
    }
    root.dataset.appReady = 'loading';
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      root.dataset.appReady = 'true';
      observer.disconnect();
    });
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-busy'],
    });
    return () => observer.disconnect();
  }, [route]);
  return null;
}

/** After this long without its content, a loading screen says so and offers to reload. */
export const SLOW_AFTER_MS = 8_000;

export type LoadingWhat = 'session' | 'results' | 'workshop';

/**
 * While a screen's code or data loads: the same page frame, empty, with a status that only appears if
 * the wait is long enough to notice (the CSS delays it), so a quick load shows no flash of text. A wait
 * that goes on (the database not answering, say after a crash) never leaves a blank window: after
 * SLOW_AFTER_MS it says so, that recorded votes are safe, and offers to reload.
 */
export function Loading({ what }: { what: LoadingWhat }) {
  const { t } = useTranslator();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    document.documentElement.dataset.appReady = 'loading';
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <main id="main" className="screen" tabIndex={-1} aria-busy="true">
      <p role="status" className="screen-loading">
        {t(`app.loading.${what}`)}
      </p>
      {slow && (
        <div role="alert">
          <p>{t('app.loading.slow')}</p>
          <button type="button" className="button-primary" onClick={() => window.location.reload()}>
            {t('app.crash.reload')}
          </button>
        </div>
      )}
    </main>
  );
}

/** While a route's screen code loads. */
export function ScreenLoading({ route }: { route: Route }) {
  return (
    <Loading
      what={
        route.name === 'session'
          ? 'session'
          : route.name === 'results' || route.name === 'projector'
            ? 'results'
            : 'workshop'
      }
    />
  );
}
