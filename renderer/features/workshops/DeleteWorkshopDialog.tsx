import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectDeleteWorkshop } from '../../store/selectors';
import type { WorkshopRecord } from '../../db/records';

export function DeleteWorkshopDialog({ workshop, onClose }: { workshop: WorkshopRecord; onClose(): void }) {
  const { t } = useTranslator();
  const remove = useAppStore(selectDeleteWorkshop);
  return (
    <ConfirmDialog
      title={t('workshop.delete.title')}
      body={t('workshop.delete.body', { title: workshop.title })}
      confirm={t('workshop.delete.submit')}
      onClose={onClose}
      onConfirm={() => remove(workshop.id)}
    />
  );
}
