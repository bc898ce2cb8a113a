import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';
import { TextField } from './TextField';
import { useTranslator } from '../app/i18n';
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
  onSave(value: string): Promise<boolean | null>;
}) {
  const { t } = useTranslator();
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
    if ((await onSave(value)) && owned.alive()) onClose();
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={label}
          value={value}
          error={error}
          onChange={(e) => setValue(e.target.value)}
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
