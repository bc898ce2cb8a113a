import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectCreateWorkshop } from '../../store/selectors';
import {
  FIELD_LIMITS,
  validateWorkshopFields,
  type WorkshopFields,
} from '../../../shared/model/workshop-fields';
import { fieldErrors } from './field-errors';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function NewWorkshopDialog({ onClose }: { onClose(): void }) {
  const tr = useTranslator();
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
  const set = (name: keyof WorkshopFields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [name]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0 || busy) return;
    setBusy(true);
    const created = await createWorkshop(fields);
    setBusy(false);
    if (created) onClose();
  }

  return (
    <Dialog title={t('workshop.create.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('workshop.form.title')}
          value={fields.title}
          onChange={set('title')}
          error={errors.title}
          maxLength={FIELD_LIMITS.title}
          required
          data-autofocus
        />
        <TextField
          label={t('workshop.form.organization')}
          value={fields.organization}
          onChange={set('organization')}
          error={errors.organization}
          maxLength={FIELD_LIMITS.organization}
        />
        <div className="field-row">
          <TextField
            label={t('workshop.form.date')}
            type="date"
            value={fields.date}
            onChange={set('date')}
            error={errors.date}
            required
          />
          <TextField
            label={t('workshop.form.facilitator')}
            value={fields.facilitator}
            onChange={set('facilitator')}
            error={errors.facilitator}
            maxLength={FIELD_LIMITS.facilitator}
          />
        </div>
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
