import { RenameDialog } from '../../ui/RenameDialog';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectRenameWorkshop } from '../../store/selectors';
import { FIELD_LIMITS } from '../../../shared/model/workshop-fields';
import type { WorkshopRecord } from '../../db/records';

export function RenameWorkshopDialog({ workshop, onClose }: { workshop: WorkshopRecord; onClose(): void }) {
  const { t } = useTranslator();
  const rename = useAppStore(selectRenameWorkshop);
  return (
    <RenameDialog
      title={t('workshop.rename.title')}
      label={t('workshop.form.title')}
      initial={workshop.title}
      maxLength={FIELD_LIMITS.title}
      onClose={onClose}
      onSave={(title) => rename(workshop.id, title)}
    />
  );
}
