import { createElement, lazy, useState, type ComponentType } from 'react';
import { ScreenLoadBoundary, ScreenLoadError } from './screen-load';
import { loadScreenMessages } from './messages';

type Module<P> = { default: ComponentType<P> };

/**
 * A screen loaded on first use (its own chunk, with the screens' messages, so the first screen loads
 * less) that can also be loaded ahead of time with `preload()`. A screen whose code is already in renders it directly; only
 * one opened before that goes through React.lazy and its Suspense fallback. The choice is made once
 * per mount, so a load finishing later never swaps the component (which would remount the screen).
 */
export function lazyScreen<P extends object>(load: () => Promise<Module<P>>) {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<Module<P>> | undefined;
  const preload = (): Promise<Module<P>> => {
    // The screen's code and the screens' messages load together; the screen renders with both. A
    // failed load is forgotten, so the next attempt loads again.
    loading ??= Promise.all([load(), loadScreenMessages()]).then(
      ([module]) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = undefined;
        throw new ScreenLoadError(error);
      },
    );
    return loading;
  };
  // React.lazy keeps the outcome of its first load, a failure included: trying again takes a new one.
  // Until then every render uses the same one, so React's own re-renders do not load again unasked.
  let Lazy = lazy(preload);
  const retry = (): ComponentType<P> => loaded ?? (Lazy = lazy(preload));
  function Screen(props: P) {
    const [Component, setComponent] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(
      ScreenLoadBoundary,
      { onRetry: () => setComponent(retry) },
      createElement(Component, props),
    );
  }
  return { Screen, preload };
}

/** Loads the given screens once the browser is idle, so opening one later is immediate. */
export function preloadWhenIdle(screens: readonly { preload(): Promise<unknown> }[]): () => void {
  // A failed preload is reported when its screen is opened (the crash boundary shows it); caught
  // here so it is not also an unhandled rejection.
  const run = () => screens.forEach((s) => void s.preload().catch(() => undefined));
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 200);
  return () => window.clearTimeout(id);
}
