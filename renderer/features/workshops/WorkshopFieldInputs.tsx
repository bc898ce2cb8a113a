import { TextField } from '../../ui/TextField';
import { useTranslator } from '../../app/i18n';
import { FIELD_LIMITS, type FieldName, type WorkshopFields } from '../../../shared/model/workshop-fields';

/** The four fields that describe a workshop, as the new-workshop dialog and the setup screen show them. */
export function WorkshopFieldInputs({
  value,
  errors,
  onChange,
  autoFocusTitle = false,
}: {
  value: WorkshopFields;
  errors: Partial<Record<FieldName, string>>;
  onChange(name: FieldName, text: string): void;
  autoFocusTitle?: boolean;
}) {
  const { t } = useTranslator();
  const set = (name: FieldName) => (e: { target: { value: string } }) => onChange(name, e.target.value);
  return (
    <>
      <TextField
        label={t('workshop.form.title')}
        value={value.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={FIELD_LIMITS.title}
        required
        {...(autoFocusTitle ? { 'data-autofocus': true } : {})}
      />
      <TextField
        label={t('workshop.form.organization')}
        value={value.organization}
        onChange={set('organization')}
        error={errors.organization}
        maxLength={FIELD_LIMITS.organization}
      />
      <div className="field-row">
        <TextField
          label={t('workshop.form.date')}
          type="date"
          value={value.date}
          onChange={set('date')}
          error={errors.date}
          required
        />
        <TextField
          label={t('workshop.form.facilitator')}
          value={value.facilitator}
          onChange={set('facilitator')}
          error={errors.facilitator}
          maxLength={FIELD_LIMITS.facilitator}
        />
      </div>
    </>
  );
}
