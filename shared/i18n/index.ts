import { en, type Catalog, type MessageKey } from './en';
import { interpolate, type MessageParams } from './interpolate';

export { interpolate, type MessageParams } from './interpolate';

export type { MessageKey, Catalog } from './en';

/**
 * Locales with a catalog. A missing key in another locale falls back to English. English starts with
 * the first screen's messages; the parts loaded on demand add theirs (addMessages).
 */
const english: Partial<Catalog> = { ...en };
export const catalogs: Record<string, Partial<Catalog>> = { en: english };

/**
 * Adds English messages that load on demand, with the code that shows them: the screens' (with the
 * screens) and the PDF report's (with shared/report), so they do not weigh on the first screen.
 */
export function addMessages(messages: Partial<Catalog>): void {
  Object.assign(english, messages);
}

const reported = new Set<string>();
/**
 * A key whose part has not loaded is a defect of the app, never the user's: it is reported once (the
 * e2e tests fail on console errors) and the key is shown rather than nothing.
 */
function missing(key: MessageKey): string {
  if (!reported.has(key)) {
    reported.add(key);
    console.error(`Message "${key}" is not loaded: the messages of the code that shows it were not added.`);
  }
  return key;
}
export const DEFAULT_LOCALE = 'en';

/** A well-formed BCP 47 tag for `requested` (e.g. from navigator.language or a saved preference), else English. */
export function resolveLocale(requested: string | null | undefined): string {
  try {
    return (requested && Intl.getCanonicalLocales(requested)[0]) || DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function catalogFor(locale: string): Partial<Catalog> | undefined {
  return catalogs[locale] ?? catalogs[locale.split('-')[0] ?? ''];
}

/**
 * The language the text is in for a chosen locale: the locale itself when a catalog covers it (en-GB is
 * English), else English, the fallback. Dates and numbers follow the locale either way.
 */
export function textLanguage(locale: string): string {
  return catalogFor(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * A message not yet put into words: a key and its parameters, translated where it is shown (so it
 * follows the chosen language). A parameter may itself be a message, e.g. a field's label.
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number | Message>;
}

export interface Translator {
  /** Formats: dates, numbers. */
  locale: string;
  /** The language of the text (see textLanguage): what `<html lang>` says. */
  language: string;
  t(key: MessageKey, params?: MessageParams): string;
  message(message: Message): string;
  formatDate(value: Date | number | string, style?: 'medium' | 'long' | 'short'): string;
  formatDateTime(value: Date | number): string;
  formatRelative(value: number, now?: number): string;
  formatNumber(value: number, fractionDigits?: number): string;
  formatPercent(value: number, fractionDigits?: number): string;
  /** A size on disk in the largest unit that keeps it at 1 or more (kB, MB, GB), one decimal below 10. */
  formatBytes(bytes: number): string;
}

/** Dates without a time ("2026-11-25") are calendar dates: format them in UTC so they never shift a day. */
function toDate(value: Date | number | string): { date: Date; calendar: boolean } {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { date: new Date(`${value}T00:00:00Z`), calendar: true };
  }
  return { date: new Date(value), calendar: false };
}

export function createTranslator(requested: string = DEFAULT_LOCALE): Translator {
  const locale = resolveLocale(requested);
  const language = textLanguage(locale);
  const catalog = catalogFor(locale) ?? english;
  // Closures, not methods: components destructure `t` and `message`.
  const t: Translator['t'] = (key, params = {}) => {
    const text = catalog[key] ?? english[key];
    return text === undefined ? missing(key) : interpolate(text, params, locale, language);
  };
  const message: Translator['message'] = ({ key, params = {} }) => {
    const filled: MessageParams = {};
    for (const [name, value] of Object.entries(params)) {
      filled[name] = typeof value === 'object' ? message(value) : value;
    }
    return t(key, filled);
  };
  return {
    locale,
    language,
    t,
    message,
    formatDate(value, style = 'medium') {
      const { date, calendar } = toDate(value);
      if (Number.isNaN(date.getTime())) return '';
      return new Intl.DateTimeFormat(locale, {
        dateStyle: style,
        ...(calendar ? { timeZone: 'UTC' } : {}),
      }).format(date);
    },
    formatDateTime(value) {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(value),
      );
    },
    formatRelative(value, now = Date.now()) {
      const seconds = Math.round((value - now) / 1000);
      // "5 minutes ago" is words inside a sentence of the catalog, so it is in the text's language.
      const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
      const abs = Math.abs(seconds);
      if (abs < 60) return rtf.format(0, 'second');
      if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
      if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour');
      if (abs < 86400 * 30) return rtf.format(Math.round(seconds / 86400), 'day');
      return this.formatDate(value);
    },
    formatNumber(value, fractionDigits = 2) {
      return new Intl.NumberFormat(locale, {
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value);
    },
    formatPercent(value, fractionDigits = 0) {
      return new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: fractionDigits,
      }).format(value);
    },
    formatBytes(bytes) {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;
      let value = bytes;
      let unit = 0;
      while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
      }
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: units[unit],
        unitDisplay: 'short',
        maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
      }).format(value);
    },
  };
}

/**
 * An error that the facilitator may read: it carries a catalog key and parameters, translated where it
 * is shown. Its `message` is the English text, for logs and stack traces.
 */
export class LocalizedError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: NonNullable<Message['params']> = {},
    options?: ErrorOptions,
  ) {
    super(createTranslator(DEFAULT_LOCALE).message({ key, params }), options);
    this.name = 'LocalizedError';
  }
}

/** What to show for any error: its own message when it has one, else a generic one with the detail. */
export function errorToMessage(error: unknown): Message {
  if (error instanceof LocalizedError) return { key: error.key, params: error.params };
  const detail = error instanceof Error ? error.message : String(error);
  return { key: 'error.unexpected', params: { detail } };
}
