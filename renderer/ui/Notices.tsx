import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/app-store';
import { selectDismissNotice, selectNotices } from '../store/selectors';
import { useTranslator } from '../app/i18n';
import type { Notice } from '../store/notices.slice';

/**
 * Confirmations and errors. Polite live region for success, assertive for errors; success notices
 * fade after a few seconds, errors stay until dismissed (they say what to do next).
 */
export function Notices() {
  const notices = useAppStore(selectNotices);
  const dismiss = useAppStore(selectDismissNotice);
  const { t, message } = useTranslator();
  const text = (n: Notice) => (typeof n.message === 'string' ? n.message : message(n.message));
  // One timer per notice, started when it first shows: a newer notice does not keep an older one up.
  const timers = useRef(new Map<number, number>());
  useEffect(() => {
    const live = new Set(notices.map((n) => n.id));
    for (const n of notices) {
      if (n.kind === 'error' || timers.current.has(n.id)) continue;
      timers.current.set(
        n.id,
        window.setTimeout(() => dismiss(n.id), 5000),
      );
    }
    for (const [id, timer] of timers.current) {
      if (live.has(id)) continue;
      window.clearTimeout(timer);
      timers.current.delete(id);
    }
  }, [notices, dismiss]);
  useEffect(() => {
    const pending = timers.current;
    return () => {
      pending.forEach((timer) => window.clearTimeout(timer));
      pending.clear();
    };
  }, []);
  return (
    <div className="notices">
      <div role="status" aria-live="polite" className="notices-stack">
        {notices
          .filter((n) => n.kind !== 'error')
          .map((n) => (
            <div key={n.id} className={`notice notice-${n.kind}`}>
              <span>{text(n)}</span>
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
              <span>{text(n)}</span>
              <button type="button" className="button-quiet" onClick={() => dismiss(n.id)}>
                {t('common.close')}
              </button>
            </div>
          ))}
      </div>
    </div>
  );
}
