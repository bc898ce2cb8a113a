import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import { useAppStore } from '../../store/app-store';
import { selectCreateWorkshop } from '../../store/selectors';
import { validateWorkshopFields, type WorkshopFields } from '../../../shared/model/workshop-fields';
import { fieldErrors } from './field-errors';
import { WorkshopFieldInputs } from './WorkshopFieldInputs';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function NewWorkshopDialog({ onClose }: { onClose(): void }) {
  const tr = useTranslator();
  const owned = useOwnedWork();
  const { t } = tr;
  const createWorkshop = useAppStore(selectCreateWorkshop);
  const [fields, setFields] = useState<WorkshopFields>({
    title: '',
    organization: '',
    date: today(),
    facilitator: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const { problems } = validateWorkshopFields(fields);
  const errors = submitted ? fieldErrors(problems, tr) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0 || busy) return;
    setBusy(true);
    const created = await createWorkshop(fields);
    if (!owned.alive()) return;
    setBusy(false);
    if (created) onClose();
  }

  return (
    <Dialog title={t('workshop.create.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <WorkshopFieldInputs
          value={fields}
          errors={errors}
          autoFocusTitle
          onChange={(name, text) => setFields((f) => ({ ...f, [name]: text }))}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy}>
            {t('workshop.create.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
