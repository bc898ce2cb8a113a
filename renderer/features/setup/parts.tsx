import { useId, type ReactNode } from 'react';
import { useTranslator } from '../../app/i18n';

/** A titled region of the setup screen; its heading names it for assistive technology. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section id={id} className="setup-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
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
