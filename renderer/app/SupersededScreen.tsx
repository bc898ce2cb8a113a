import { useTranslator } from './i18n';

/**
 * Shown in place of the screen once a newer version of the app took the database over in another
 * window: this window's connection is closed and nothing it does would be saved, so it says so at once
 * and offers the reload, instead of failing later with a generic message.
 */
export function SupersededScreen() {
  const { t } = useTranslator();
  return (
    <main id="main" className="screen" role="alert" data-testid="database-superseded">
      <h1>{t('storage.superseded.title')}</h1>
      <p>{t('storage.superseded.body')}</p>
      <button type="button" className="button-primary" onClick={() => window.location.reload()}>
        {t('storage.superseded.reload')}
      </button>
    </main>
  );
}
