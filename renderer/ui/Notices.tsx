import { useEffect } from 'react';
import { useAppStore } from '../store/app-store';
import { selectDismissNotice, selectNotices } from '../store/selectors';
import { useTranslator } from '../app/i18n';
import type { Notice } from '../store/notices.slice';

/** How long a confirmation stays up; errors stay until dismissed (they say what to do next). */
const FADE_AFTER_MS = 5000;

/**
 * Confirmations and errors. Polite live region for success, assertive for errors; success notices
 * fade after a few seconds, errors stay until dismissed.
 */
export function Notices() {
  const notices = useAppStore(selectNotices);
  return (
    <div className="notices">
      <div role="status" aria-live="polite" className="notices-stack">
        {notices
          .filter((n) => n.kind !== 'error')
          .map((n) => (
            <NoticeItem key={n.id} notice={n} />
          ))}
      </div>
      <div role="alert" aria-live="assertive" className="notices-stack">
        {notices
          .filter((n) => n.kind === 'error')
          .map((n) => (
            <NoticeItem key={n.id} notice={n} />
          ))}
      </div>
    </div>
  );
}

/** One notice, with its own timer started when it first shows: a newer notice never keeps it up. */
function NoticeItem({ notice }: { notice: Notice }) {
  const dismiss = useAppStore(selectDismissNotice);
  const { t, message } = useTranslator();
  useEffect(() => {
    if (notice.kind === 'error') return;
    const timer = window.setTimeout(() => dismiss(notice.id), FADE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [notice.id, notice.kind, dismiss]);
  return (
    <div className={`notice notice-${notice.kind}`}>
      <span>{typeof notice.message === 'string' ? notice.message : message(notice.message)}</span>
      <button type="button" className="button-quiet" onClick={() => dismiss(notice.id)}>
        {t('common.close')}
      </button>
    </div>
  );
}
