import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslator } from '../../app/i18n';

/** A titled region of the setup screen; its heading names it for assistive technology. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section id={id} className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/**
 * After a row is deleted through a dialog, focus would fall to the page (its button is gone): this
 * moves it to the section's heading once the row has left the list.
 */
export function useFocusAfterRemoval(sectionId: string, ids: readonly string[]): (id: string) => void {
  const [removed, setRemoved] = useState<string | null>(null);
  useEffect(() => {
    if (removed === null || ids.includes(removed)) return;
    document.querySelector<HTMLElement>(`#${sectionId} h2`)?.focus();
    setRemoved(null);
  }, [removed, ids, sectionId]);
  return setRemoved;
}

/** The save button of a section with its state in words: unsaved changes, or saved. */
export function SaveBar({
  label,
  dirty,
  saved,
  busy,
  children,
}: {
  label: string;
  dirty: boolean;
  saved: boolean;
  busy?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslator();
  return (
    <div className="setup-savebar">
      <button type="submit" className="button-primary" disabled={busy}>
        {label}
      </button>
      {children}
      <span role="status" className={dirty ? 'setup-status setup-status-dirty' : 'setup-status'}>
        {dirty ? t('setup.status.unsaved') : saved ? t('setup.status.saved') : ''}
      </span>
    </div>
  );
}

/** A colour chip; always next to the name of what it colours (never the only cue). */
export function Swatch({ color }: { color: string }) {
  return <span className="setup-swatch" style={{ backgroundColor: color }} aria-hidden="true" />;
}
