import { useMemo } from 'react';
import { createTranslator, type Translator } from '../../shared/i18n';
import { useAppStore } from '../store/app-store';
import { selectLocale } from '../store/selectors';

/** The translator for the chosen locale: components never hard-code a user-facing string. */
export function useTranslator(): Translator {
  const locale = useAppStore(selectLocale);
  return useMemo(() => createTranslator(locale), [locale]);
}
