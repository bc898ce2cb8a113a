import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { selectDismissNotice, selectNotices } from '../store/selectors';
import { useTranslator } from '../app/i18n';

/**
 * Confirmations and errors. Polite live region for success, assertive for errors; success notices
 * fade after a few seconds, errors stay until dismissed (they say what to do next).
 */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore(selectDismissNotice);
  const { t } = useTranslator();
  useEffect(() => {
    const timers = notices
      .filter((n) => n.kind !== 'error')
      .map((n) => window.setTimeout(() => dismiss(n.id), 5000));
    return () => timers.forEach((id) => window.clearTimeout(id));
  }, [notices, dismiss]);
  return (
    <div className="notices">
      <div role="status" aria-live="polite" className="notices-stack">
        {notices
          .filter((n) => n.kind !== 'error')
          .map((n) => (
            <div key={n.id} className={`notice notice-${n.kind}`}>
              <span>{n.message}</span>
              <button type="button" className="button-quiet" onClick={() => dismiss(n.id)}>
                {t('common.close')}
              </button>
            </div>
          ))}
      </div>
      <div role="alert" aria-live="assertive" className="notices-stack">
        {notices
          .filter((n) => n.kind === 'error')
          .map((n) => (
            <div key={n.id} className="notice notice-error">
              <span>{n.message}</span>
              <button type="button" className="button-quiet" onClick={() => dismiss(n.id)}>
                {t('common.close')}
              </button>
            </div>
          ))}
      </div>
    </div>
  );
}
