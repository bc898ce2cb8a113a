import type { AppState } from './app-store';
import { errorToMessage, type Message } from '../../shared/i18n';
import { StorageError, type StorageErrorReason } from '../db/errors';

/**
 * The one way the store writes: a repository call, then, on success, the success notice if there is
 * one; on failure, the error notice (the repository's message says what happened, what was kept and
 * what to do) and `onError` in place of the result. Every screen's writes go through it.
 */
export type Write = <T, E>(
  fn: () => Promise<T>,
  onError: E,
  success?: (result: T) => string | null,
  atField?: FieldRefusal,
) => Promise<T | E>;

/**
 * Where a form shows a refusal about what was typed (a name already taken, a value out of range): at
 * the field, not in the notice corner over the form. Other failures (a full disk) stay notices.
 */
export type FieldRefusal = (message: Message) => void;

export function createWrite(get: () => AppState): Write {
  return async (fn, onError, success, atField) => {
    try {
      const result = await fn();
      const text = success?.(result) ?? null;
      if (text !== null) get().notify('success', text);
      return result;
    } catch (error) {
      if (atField && error instanceof StorageError && FIELD_REASONS.has(error.reason)) {
        atField(errorToMessage(error));
      } else {
        reportError(get, error);
      }
      return onError;
    }
  };
}

const FIELD_REASONS: ReadonlySet<StorageErrorReason> = new Set(['validation', 'conflict']);

/** The error notice of a failed write; writes that cannot use createWrite (the vote line) call it too. */
export function reportError(get: () => AppState, error: unknown): void {
  get().notify('error', errorToMessage(error));
}
