import { useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectDeleteWorkshop } from '../../store/selectors';
import type { WorkshopRecord } from '../../db/records';

/** Destructive, so it asks first; Cancel has the initial focus so Enter never deletes by accident. */
export function DeleteWorkshopDialog({
  workshop,
  onClose,
  onDeleted,
}: {
  workshop: WorkshopRecord;
  onClose(): void;
  onDeleted?(): void;
}) {
  const { t } = useTranslator();
  const remove = useAppStore(selectDeleteWorkshop);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog
      role="alertdialog"
      title={t('workshop.delete.title')}
      onClose={onClose}
      description={<p>{t('workshop.delete.body', { title: workshop.title })}</p>}
    >
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
            const ok = await remove(workshop.id);
            setBusy(false);
            if (ok) {
              onClose();
              onDeleted?.();
            }
          }}
        >
          {t('workshop.delete.submit')}
        </button>
      </div>
    </Dialog>
  );
}
