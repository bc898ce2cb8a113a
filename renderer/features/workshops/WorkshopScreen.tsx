import { useEffect } from 'react';
import { useParticipants, useSessionPosition, useTeams, useWorkshop } from '../../db/hooks';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectExportCsv, selectExportWorkshop, selectNavigate } from '../../store/selectors';
import { SetupScreen } from '../setup/SetupScreen';
import { ExportReportButton } from '../report/ExportReportButton';
import { Loading } from '../../app/screen-state';

/** A workshop's own page: its setup, and the way into its session. */
export function WorkshopScreen({ workshopId }: { workshopId: string }) {
  const workshop = useWorkshop(workshopId);
  const position = useSessionPosition(workshopId);
  const teams = useTeams(workshopId);
  const participants = useParticipants(workshopId);
  const tr = useTranslator();
  const { t } = tr;
  const navigate = useAppStore(selectNavigate);
  const exportWorkshop = useAppStore(selectExportWorkshop);
  const exportCsv = useAppStore(selectExportCsv);

  useEffect(() => {
    if (workshop) document.title = `${workshop.title} — ${t('app.name')}`;
  }, [workshop, t]);

  if (workshop === undefined) return <Loading what="workshop" />;
  if (workshop === null) {
    return (
      <main id="main" className="screen" tabIndex={-1}>
        <h1>{t('workshop.notFound')}</h1>
        <button type="button" onClick={() => navigate({ name: 'home' })}>
          {t('nav.allWorkshops')}
        </button>
      </main>
    );
  }
  return (
    <main id="main" className="screen workshop" tabIndex={-1}>
      <nav aria-label={t('nav.main')} className="breadcrumb">
        <a href="#/">{t('nav.allWorkshops')}</a>
      </nav>
      <header className="screen-header">
        <div>
          <h1>{workshop.title}</h1>
          <p className="lede">
            {[workshop.organization, tr.formatDate(workshop.date, 'long'), workshop.facilitator]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="setup-start">
          <button
            type="button"
            className="button-primary"
            onClick={() => navigate({ name: 'session', workshopId: workshop.id })}
          >
            {position ? t('setup.continue') : t('setup.start')}
          </button>
          {position ? (
            <button
              type="button"
              onClick={() => navigate({ name: 'results', workshopId: workshop.id, view: 'overview' })}
            >
              {t('results.title')}
            </button>
          ) : null}
          {/* After the session, the report is what leaves the room. */}
          <ExportReportButton workshop={workshop} />
          <p className="muted">
            {t('setup.summary', {
              questions: workshop.settings.questionIds.length,
              participants: participants?.length ?? 0,
              teams: teams?.length ?? 0,
            })}
          </p>
        </div>
      </header>
      <div className="workshop-files" role="group" aria-label={t('workshop.files.label')}>
        <button type="button" onClick={() => void exportWorkshop(workshop.id)}>
          {t('workshop.files.export')}
        </button>
        <button type="button" onClick={() => void exportCsv(workshop.id, 'votes')}>
          {t('workshop.files.votesCsv')}
        </button>
        <button type="button" onClick={() => void exportCsv(workshop.id, 'results')}>
          {t('workshop.files.resultsCsv')}
        </button>
      </div>
      <SetupScreen workshop={workshop} />
    </main>
  );
}
