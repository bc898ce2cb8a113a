/** The message template language, on its own so the phone's page can use it without the app's catalog. */

export type MessageParams = Record<string, string | number>;

/**
 * Fills `{name}` placeholders and a minimal ICU plural form `{n, plural, one {…} other {…}}` (with `#`
 * for the number), using Intl.PluralRules so the same catalog shape works in other languages. The
 * plural forms are the text's (`language`); the number is written for the `locale`.
 */
export function interpolate(
  template: string,
  params: MessageParams,
  locale: string,
  language: string = locale,
): string {
  const plural = /\{(\w+), plural, ((?:\w+ \{[^}]*\}\s*)+)\}/g;
  const withPlurals = template.replace(plural, (_m, name: string, body: string) => {
    const n = Number(params[name]);
    const forms = new Map<string, string>();
    for (const f of body.matchAll(/(\w+) \{([^}]*)\}/g)) forms.set(f[1] ?? '', f[2] ?? '');
    const category = new Intl.PluralRules(language).select(n);
    const form = forms.get(category) ?? forms.get('other') ?? '';
    return form.replace(/#/g, new Intl.NumberFormat(locale).format(n));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
