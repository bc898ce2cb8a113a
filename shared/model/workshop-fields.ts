/**
 * Validation of the fields a facilitator types for a workshop. Pure, shared by the forms (which show
 * the problems next to the fields) and the repository (which refuses to write invalid rows).
 */
export interface WorkshopFields {
  title: string;
  organization: string;
  date: string;
  facilitator: string;
}

export type FieldName = keyof WorkshopFields;
export type FieldProblem =
  | { field: FieldName; code: 'required' }
  | { field: FieldName; code: 'tooLong'; max: number }
  | { field: FieldName; code: 'invalidDate' };

export const FIELD_LIMITS: Record<FieldName, number> = {
  title: 120,
  organization: 120,
  date: 10,
  facilitator: 120,
};

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** How every typed name and title is stored: runs of white space folded to one space, ends trimmed. */
export function cleanText(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

export function normalizeWorkshopFields(input: Partial<WorkshopFields>): WorkshopFields {
  const clean = cleanText;
  return {
    title: clean(input.title),
    organization: clean(input.organization),
    date: clean(input.date),
    facilitator: clean(input.facilitator),
  };
}

export function validateWorkshopFields(
  input: Partial<WorkshopFields>,
  only?: readonly FieldName[],
): { value: WorkshopFields; problems: FieldProblem[] } {
  const value = normalizeWorkshopFields(input);
  const problems: FieldProblem[] = [];
  const check = (field: FieldName) => !only || only.includes(field);
  if (check('title') && value.title === '') problems.push({ field: 'title', code: 'required' });
  if (check('date') && value.date === '') problems.push({ field: 'date', code: 'required' });
  else if (check('date') && !isIsoDate(value.date)) problems.push({ field: 'date', code: 'invalidDate' });
  for (const field of ['title', 'organization', 'facilitator'] as const) {
    if (check(field) && value[field].length > FIELD_LIMITS[field]) {
      problems.push({ field, code: 'tooLong', max: FIELD_LIMITS[field] });
    }
  }
  return { value, problems };
}
