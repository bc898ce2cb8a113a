import { useId } from 'react';
import { useAppStore } from '../store/app-store';
import { selectLocaleChoice, selectSetLocale } from '../store/selectors';
import { systemLocale } from '../store/preferences.slice';
import { textLanguage } from '../../shared/i18n';
import { useTranslator } from './i18n';

/**
 * Locales offered for dates and numbers: the languages the OSPO model is used in, and the system's.
 * Text follows where the catalog has the language, and stays English otherwise (the option says so).
 */
const OFFERED = ['en-US', 'en-GB', 'de-DE', 'es-ES', 'fr-FR', 'it-IT', 'ja-JP', 'nl-NL', 'pt-BR', 'zh-CN'];

/** A locale's name in its own language ("Deutsch (Deutschland)"), so anyone can find theirs. */
function ownName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

export function LocaleChoice() {
  const choice = useAppStore(selectLocaleChoice);
  const setLocale = useAppStore(selectSetLocale);
  const { t } = useTranslator();
  const id = useId();
  const system = systemLocale();
  const offered = OFFERED.includes(system) ? OFFERED : [system, ...OFFERED];
  const label = (locale: string) =>
    textLanguage(locale) === locale ? ownName(locale) : t('locale.formatsOnly', { name: ownName(locale) });
  return (
    <div className="app-bar-choice">
      <label htmlFor={id}>{t('locale.label')}</label>
      <select
        id={id}
        value={choice ?? ''}
        onChange={(event) => setLocale(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">{t('locale.system', { name: label(system) })}</option>
        {offered.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {label(locale)}
          </option>
        ))}
      </select>
    </div>
  );
}
