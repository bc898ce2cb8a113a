import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';
import { TextField } from './TextField';
import { useTranslator } from '../app/i18n';
import type { Message } from '../../shared/i18n';
import { useOwnedWork } from './use-owned-work';

/** Renames one thing (a workshop, a team, a participant); the repository validates and refuses duplicates. */
export function RenameDialog({
  title,
  label,
  initial,
  maxLength,
  onClose,
  onSave,
}: {
  title: string;
  label: string;
  initial: string;
  maxLength?: number;
  onClose(): void;
  /** `refuse` shows a refusal about the name (already taken) at the field; without it, a notice does. */
  onSave(value: string, refuse: (message: Message) => void): Promise<boolean | null>;
}) {
  const { t, message } = useTranslator();
  const owned = useOwnedWork();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '') {
      setError(t('common.required', { field: label }));
      return;
    }
    if (value.trim() === initial) return onClose();
    const saved = await onSave(value, (refusal) => owned.alive() && setError(message(refusal)));
    if (saved && owned.alive()) onClose();
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={label}
          value={value}
          error={error}
          onChange={(e) => {
            setValue(e.target.value);
            setError(undefined);
          }}
          onFocus={(e) => e.currentTarget.select()}
          data-autofocus
          required
          maxLength={maxLength}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
