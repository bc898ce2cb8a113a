import { useState } from 'react';
import { Dialog } from './Dialog';
import { useTranslator } from '../app/i18n';
import { useOwnedWork } from './use-owned-work';

/** Asks before a destructive action; Cancel has the initial focus so Enter never destroys by accident. */
export function ConfirmDialog({
  title,
  body,
  confirm,
  onClose,
  onConfirm,
}: {
  title: string;
  body: string;
  confirm: string;
  onClose(): void;
  onConfirm(): Promise<boolean | null>;
}) {
  const { t } = useTranslator();
  const owned = useOwnedWork();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog role="alertdialog" title={title} onClose={onClose} description={<p>{body}</p>}>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const ok = await onConfirm();
            if (!owned.alive()) return;
            setBusy(false);
            if (ok) onClose();
          }}
        >
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}
