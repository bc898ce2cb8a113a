import { useState } from 'react';
import { useTranslator } from '../../app/i18n';
import type { WorkshopRecord } from '../../db/records';
import { ExportReportDialog } from './ExportReportDialog';

/** "Export PDF report" and its dialog: on the workshop's page and on the results, where a facilitator looks after the session. */
export function ExportReportButton({ workshop }: { workshop: WorkshopRecord }) {
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('report.export.open')}
      </button>
      {open ? <ExportReportDialog workshop={workshop} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
