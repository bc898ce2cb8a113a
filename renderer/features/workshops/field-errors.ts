import type { FieldName, FieldProblem } from '../../../shared/model/workshop-fields';
import type { Translator } from '../../../shared/i18n';

const LABEL_KEYS = {
  title: 'workshop.form.title',
  organization: 'workshop.form.organization',
  date: 'workshop.form.date',
  facilitator: 'workshop.form.facilitator',
} as const;

/** One translated message per field, from the shared validator's problem codes. */
export function fieldErrors(
  problems: readonly FieldProblem[],
  tr: Translator,
): Partial<Record<FieldName, string>> {
  const out: Partial<Record<FieldName, string>> = {};
  for (const p of problems) {
    if (out[p.field]) continue;
    const field = tr.t(LABEL_KEYS[p.field]);
    out[p.field] =
      p.code === 'required'
        ? tr.t('common.required', { field })
        : p.code === 'tooLong'
          ? tr.t('common.tooLong', { field, max: p.max })
          : tr.t('common.invalidDate', { field });
  }
  return out;
}
