import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectRenameWorkshop } from '../../store/selectors';
import { FIELD_LIMITS, validateWorkshopFields } from '../../../shared/model/workshop-fields';
import { fieldErrors } from './field-errors';
import type { WorkshopRecord } from '../../db/records';

export function RenameWorkshopDialog({ workshop, onClose }: { workshop: WorkshopRecord; onClose(): void }) {
  const tr = useTranslator();
  const rename = useAppStore(selectRenameWorkshop);
  const [title, setTitle] = useState(workshop.title);
  const [submitted, setSubmitted] = useState(false);
  const { problems } = validateWorkshopFields({ title }, ['title']);
  const errors = submitted ? fieldErrors(problems, tr) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0) return;
    if (await rename(workshop.id, title)) onClose();
  }

  return (
    <Dialog title={tr.t('workshop.rename.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={tr.t('workshop.form.title')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          error={errors.title}
          maxLength={FIELD_LIMITS.title}
          required
          data-autofocus
          onFocus={(e) => e.currentTarget.select()}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {tr.t('common.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {tr.t('workshop.rename.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
