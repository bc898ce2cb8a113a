/** An error whose message can be shown to the facilitator as is. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly reason: 'validation' | 'quota' | 'notFound' | 'conflict' | 'unknown',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Translates what IndexedDB throws into a message that says what happened and what was kept. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new StorageError(
      'The disk is full or the browser refused more storage. Nothing was changed. Free some space, then try again.',
      'quota',
    );
  }
  if (name === 'ConstraintError')
    return new StorageError('This record already exists. Nothing was changed.', 'conflict');
  const message = error instanceof Error ? error.message : String(error);
  return new StorageError(
    `The local database refused the change (${message}). Nothing was changed.`,
    'unknown',
  );
}
