import { Component, type ReactNode } from 'react';
import { createTranslator } from '../../shared/i18n';

/** A screen's code (or its messages) could not be loaded: a file missing after an update, a disk error. */
export class ScreenLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ScreenLoadError';
  }
}

/**
 * Shows a screen that failed to load as that, with a way to try again that loads it anew — without
 * reloading the app, which in a session would drop what the facilitator has on screen. Anything else
 * that goes wrong in the screen is left to the app's crash boundary.
 */
export class ScreenLoadBoundary extends Component<
  { onRetry(): void; children?: ReactNode },
  { error: unknown }
> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // Not a failed load: the app's crash boundary above deals with it.
    if (!(error instanceof ScreenLoadError)) throw error;
    // Outside the store and the provider tree's translator on purpose: this shows when little else works.
    const { t } = createTranslator(document.documentElement.lang || 'en');
    return (
      <main id="main" className="screen" role="alert">
        <h1>{t('app.screenLoad.title')}</h1>
        <p>{t('app.screenLoad.body', { detail: error.message })}</p>
        <button
          type="button"
          className="button-primary"
          onClick={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        >
          {t('app.screenLoad.retry')}
        </button>
      </main>
    );
  }
}
