import { useEffect } from 'react';
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

/**
 * While a screen's code loads: the same page frame, empty, with a status that only appears if the
 * wait is long enough to notice (the CSS delays it), so a quick load shows no flash of text.
 */
export function ScreenLoading({ route }: { route: Route }) {
  const { t } = useTranslator();
  useEffect(() => {
    document.documentElement.dataset.appReady = 'loading';
  }, []);
  return (
    <main id="main" className="screen" tabIndex={-1} aria-busy="true">
      <p role="status" className="screen-loading">
        {t(
          route.name === 'session'
            ? 'app.loading.session'
            : route.name === 'results' || route.name === 'projector'
              ? 'app.loading.results'
              : 'app.loading.workshop',
        )}
      </p>
    </main>
  );
}
