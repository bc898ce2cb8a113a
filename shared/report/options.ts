import { PAPER_SIZES, REPORT_SECTIONS, type PaperSize, type ReportOptions } from './types';

/** Countries that use US Letter; everywhere else prints on A4 (ISO 216). */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR']);

/** The paper of the facilitator's locale: Letter in the Americas that use it, else A4. */
export function defaultPaper(locale: string): PaperSize {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region !== undefined && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
  } catch {
    return 'a4';
  }
}

export function defaultReportOptions(locale: string): ReportOptions {
  return { sections: [...REPORT_SECTIONS], anonymize: false, paper: defaultPaper(locale), compareWith: null };
}

/** Why these options cannot be saved, or null. The export dialog offers nothing else, so this guards data. */
export function reportOptionsProblem(options: ReportOptions): 'sections' | 'paper' | 'compareWith' | null {
  const known = new Set<string>(REPORT_SECTIONS);
  if (!Array.isArray(options.sections) || options.sections.length === 0) return 'sections';
  if (
    options.sections.some((s) => !known.has(s)) ||
    new Set(options.sections).size !== options.sections.length
  )
    return 'sections';
  if (!(PAPER_SIZES as readonly string[]).includes(options.paper)) return 'paper';
  if (options.compareWith !== null && (typeof options.compareWith !== 'string' || options.compareWith === ''))
    return 'compareWith';
  return null;
}

/**
 * Options as saved earlier, read leniently: what is missing or no longer valid (a section that was
 * renamed, a workshop since deleted) falls back to the default, so an old choice never blocks an export.
 */
export function readReportOptions(
  saved: unknown,
  locale: string,
  existingWorkshops: ReadonlySet<string>,
): ReportOptions {
  const defaults = defaultReportOptions(locale);
  if (typeof saved !== 'object' || saved === null) return defaults;
  const s = saved as Partial<Record<keyof ReportOptions, unknown>>;
  const sections = Array.isArray(s.sections)
    ? REPORT_SECTIONS.filter((id) => (s.sections as unknown[]).includes(id))
    : defaults.sections;
  return {
    sections: sections.length > 0 ? sections : defaults.sections,
    anonymize: typeof s.anonymize === 'boolean' ? s.anonymize : defaults.anonymize,
    paper: (PAPER_SIZES as readonly unknown[]).includes(s.paper) ? (s.paper as PaperSize) : defaults.paper,
    compareWith:
      typeof s.compareWith === 'string' && existingWorkshops.has(s.compareWith) ? s.compareWith : null,
  };
}
