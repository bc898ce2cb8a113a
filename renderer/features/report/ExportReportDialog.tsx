import { useId, useMemo, useState } from 'react';
import type { MessageKey } from '../../../shared/i18n';
import { earlierWorkshops } from '../../../shared/results';
import { PAPER_SIZES, REPORT_SECTIONS, readReportOptions, type ReportOptions } from '../../../shared/report';
import { useTranslator } from '../../app/i18n';
import { useRepositories, useWorkshops } from '../../db/hooks';
import type { WorkshopRecord } from '../../db/records';
import { getPlatform } from '../../platform';
import { useAppStore } from '../../store/app-store';
import { selectNotify } from '../../store/selectors';
import { Dialog } from '../../ui/Dialog';
import { exportFailure, exportReport, type ReportRenderer } from './export-report';

const SECTION_LABELS: Record<(typeof REPORT_SECTIONS)[number], MessageKey> = {
  summary: 'report.summary.title',
  profile: 'report.profile.title',
  teams: 'report.teams.title',
  questions: 'report.questions.title',
  method: 'report.method.title',
  participants: 'report.participants.title',
};

/** jsPDF and the font addresses come with the first export, never with the app's first screen. */
async function loadRenderer(): Promise<ReportRenderer> {
  const { renderReportPdf, browserFontLoader } = await import('./pdf/browser-renderer');
  return { renderReportPdf, loadFont: browserFontLoader };
}

/**
 * The export options (sections, names, paper, an earlier workshop to compare with), opened with the
 * choice made last time for this workshop; then the progress of the export, and what became of it.
 */
export function ExportReportDialog({ workshop, onClose }: { workshop: WorkshopRecord; onClose(): void }) {
  const tr = useTranslator();
  const { t } = tr;
  const repos = useRepositories();
  const notify = useAppStore(selectNotify);
  const all = useWorkshops();
  const earlier = useMemo(() => earlierWorkshops(workshop, all ?? []), [workshop, all]);
  const [options, setOptions] = useState<ReportOptions>(() =>
    readReportOptions(workshop.reportOptions, tr.locale, new Set((all ?? []).map((w) => w.id))),
  );
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { paper: useId(), compare: useId(), hint: useId(), status: useId() };
  const anonymous = workshop.settings.anonymity === 'anonymous';
  const busy = progress !== null;

  const toggleSection = (id: (typeof REPORT_SECTIONS)[number], on: boolean) =>
    setOptions((o) => ({
      ...o,
      sections: REPORT_SECTIONS.filter((s) => (s === id ? on : o.sections.includes(s))),
    }));

  async function submit() {
    if (options.sections.length === 0) {
      setProblem(t('report.error.noSection'));
      return;
    }
    setProblem(null);
    setProgress(0);
    try {
      const result = await exportReport(
        { repos, platform: getPlatform(), loadRenderer, now: () => new Date() },
        { workshop, options, tr, onProgress: setProgress },
      );
      if (result.saved) {
        notify('success', t('report.export.saved', { name: result.fileName }));
        onClose();
      } else {
        notify('info', t('report.export.cancelled'));
        setProgress(null);
      }
    } catch (error) {
      setProgress(null);
      setProblem(tr.message(exportFailure(error)));
    }
  }

  return (
    <Dialog
      title={t('report.export.title')}
      onClose={busy ? () => undefined : onClose}
      className="report-dialog"
      description={<p className="muted">{t('report.export.lede')}</p>}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="report-options" disabled={busy}>
          <legend>{t('report.export.sections')}</legend>
          <p className="muted">{t('report.export.coverAlways')}</p>
          {REPORT_SECTIONS.map((id) => (
            <label key={id} className="check">
              <input
                type="checkbox"
                checked={options.sections.includes(id)}
                onChange={(e) => toggleSection(id, e.target.checked)}
              />
              {t(SECTION_LABELS[id])}
            </label>
          ))}
        </fieldset>
        <fieldset className="report-options" disabled={busy}>
          <legend>{t('report.export.names')}</legend>
          {anonymous ? (
            <p className="muted">{t('report.export.anonymousAlready')}</p>
          ) : (
            <label className="check">
              <input
                type="checkbox"
                checked={options.anonymize}
                onChange={(e) => setOptions((o) => ({ ...o, anonymize: e.target.checked }))}
              />
              {t('report.export.anonymize')}
            </label>
          )}
        </fieldset>
        <fieldset className="report-options report-paper" disabled={busy}>
          <legend>{t('report.export.paper')}</legend>
          {PAPER_SIZES.map((paper) => (
            <label key={paper} className="check">
              <input
                type="radio"
                name={ids.paper}
                checked={options.paper === paper}
                onChange={() => setOptions((o) => ({ ...o, paper }))}
              />
              {t(`report.export.paper.${paper}`)}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.compare}>{t('report.export.compare')}</label>
          <select
            id={ids.compare}
            aria-describedby={ids.hint}
            disabled={busy || earlier.length === 0}
            value={options.compareWith ?? ''}
            onChange={(e) => setOptions((o) => ({ ...o, compareWith: e.target.value || null }))}
          >
            <option value="">{t('report.export.compareNone')}</option>
            {earlier.map((w) => (
              <option key={w.id} value={w.id}>
                {`${w.title} · ${tr.formatDate(w.date)}`}
              </option>
            ))}
          </select>
          <p id={ids.hint} className="muted">
            {earlier.length === 0 ? t('report.export.compareNoneAvailable') : t('report.export.compareHint')}
          </p>
        </div>
        {busy ? (
          <div className="report-progress" role="status">
            <progress max={1} value={progress} aria-labelledby={ids.status} />
            <span id={ids.status}>
              {progress < 1
                ? t('report.export.creating', { percent: tr.formatPercent(progress) })
                : t('report.export.saving')}
            </span>
          </div>
        ) : null}
        {problem ? (
          <p className="report-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary" disabled={busy} data-autofocus>
            {t('report.export.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
