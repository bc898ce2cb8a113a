import type { AppState } from './app-store';
import { errorToMessage } from '../../shared/i18n';

/**
 * The one way the store writes: a repository call, then, on success, the success notice if there is
 * one; on failure, the error notice (the repository's message says what happened, what was kept and
 * what to do) and `onError` in place of the result. Every screen's writes go through it.
 */
export type Write = <T, E>(
  fn: () => Promise<T>,
  onError: E,
  success?: (result: T) => string | null,
) => Promise<T | E>;

export function createWrite(get: () => AppState): Write {
  return async (fn, onError, success) => {
    try {
      const result = await fn();
      const text = success?.(result) ?? null;
      if (text !== null) get().notify('success', text);
      return result;
    } catch (error) {
      reportError(get, error);
      return onError;
    }
  };
}

/** The error notice of a failed write; writes that cannot use createWrite (the vote line) call it too. */
export function reportError(get: () => AppState, error: unknown): void {
  get().notify('error', errorToMessage(error));
}
