import { LocalizedError, type Message, type MessageKey } from '../../shared/i18n';

export type StorageErrorReason = 'validation' | 'quota' | 'notFound' | 'conflict' | 'unknown';

/** A refused or failed write. Its key and parameters say what happened, what was kept and what to do. */
export class StorageError extends LocalizedError {
  constructor(
    key: MessageKey,
    readonly reason: StorageErrorReason,
    params?: Message['params'],
    options?: ErrorOptions,
  ) {
    super(key, params, options);
    this.name = 'StorageError';
  }
}

/** Translates what IndexedDB throws into a StorageError; the original stays as its cause. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageError('error.storage.quota', 'quota', {}, { cause: error });
  }
  if (name === 'ConstraintError') {
    return new StorageError('error.storage.conflict', 'conflict', {}, { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StorageError('error.storage.refused', 'unknown', { detail }, { cause: error });
}
