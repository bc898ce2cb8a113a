import { en, type Catalog, type MessageKey } from './en';

export type { MessageKey, Catalog } from './en';

/** Locales with a catalog. A missing key in another locale falls back to English. */
export const catalogs: Record<string, Partial<Catalog>> = { en };
export const DEFAULT_LOCALE = 'en';

export type MessageParams = Record<string, string | number>;

/**
 * A message not yet put into words: a key and its parameters, translated where it is shown (so it
 * follows the chosen language). A parameter may itself be a message, e.g. a field's label.
 */
export interface Message {
  key: MessageKey;
  params?: Record<string, string | number | Message>;
}

export interface Translator {
  locale: string;
  t(key: MessageKey, params?: MessageParams): string;
  message(message: Message): string;
  formatDate(value: Date | number | string, style?: 'medium' | 'long' | 'short'): string;
  formatDateTime(value: Date | number): string;
  formatRelative(value: number, now?: number): string;
  formatNumber(value: number, fractionDigits?: number): string;
  formatPercent(value: number, fractionDigits?: number): string;
}

/**
 * Fills `{name}` placeholders and a minimal ICU plural form `{n, plural, one {…} other {…}}` (with `#`
 * for the number), using Intl.PluralRules so the same catalog shape works in other languages.
 */
export function interpolate(template: string, params: MessageParams, locale: string): string {
  const plural = /\{(\w+), plural, ((?:\w+ \{[^}]*\}\s*)+)\}/g;
  const withPlurals = template.replace(plural, (_m, name: string, body: string) => {
    const n = Number(params[name]);
    const forms = new Map<string, string>();
    for (const f of body.matchAll(/(\w+) \{([^}]*)\}/g)) forms.set(f[1] ?? '', f[2] ?? '');
    const category = new Intl.PluralRules(locale).select(n);
    const form = forms.get(category) ?? forms.get('other') ?? '';
    return form.replace(/#/g, new Intl.NumberFormat(locale).format(n));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Dates without a time ("2026-11-25") are calendar dates: format them in UTC so they never shift a day. */
function toDate(value: Date | number | string): { date: Date; calendar: boolean } {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { date: new Date(`${value}T00:00:00Z`), calendar: true };
  }
  return { date: new Date(value), calendar: false };
}

export function createTranslator(locale: string = DEFAULT_LOCALE): Translator {
  const catalog = catalogs[locale] ?? catalogs[locale.split('-')[0] ?? ''] ?? en;
  // Closures, not methods: components destructure `t` and `message`.
  const t: Translator['t'] = (key, params = {}) => interpolate(catalog[key] ?? en[key], params, locale);
  const message: Translator['message'] = ({ key, params = {} }) => {
    const filled: MessageParams = {};
    for (const [name, value] of Object.entries(params)) {
      filled[name] = typeof value === 'object' ? message(value) : value;
    }
    return t(key, filled);
  };
  return {
    locale,
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
      const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
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
