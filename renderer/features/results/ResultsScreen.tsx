import { useEffect, useMemo } from 'react';
import { useTranslator } from '../../app/i18n';
import { routeToHash, RESULTS_VIEWS, type ResultsView } from '../../app/routes';
import { useFramework, useWorkshop, useWorkshopData } from '../../db/hooks';
import type { Framework } from '../../../shared/framework';
import { teamSeries, WHOLE_GROUP, type ResultsFilter } from '../../../shared/results';
import type { WorkshopRecord } from '../../db/records';
import { OverviewView } from './OverviewView';
import { ComparisonView } from './ComparisonView';
import { OverTimeView } from './OverTimeView';
import { ProjectorControls, ProjectorProvider } from './ProjectorButton';
import { ExportReportButton } from '../report/ExportReportButton';
import { ScoringProvider, useResultsFor } from './use-results';
import '../../styles/results.css';
import { Loading } from '../../app/screen-state';

const WHOLE: readonly ResultsFilter[] = [WHOLE_GROUP];

/** A workshop's results: its own figures, team and role comparison, and over time. */
export function ResultsScreen({ workshopId, view }: { workshopId: string; view: ResultsView }) {
  const { t } = useTranslator();
  const workshop = useWorkshop(workshopId);
  const framework = useFramework(
    workshop?.settings.frameworkId ?? '',
    workshop?.settings.frameworkVersion ?? '',
  );
  if (workshop === undefined || (workshop && framework === undefined)) return <Loading what="results" />;
  if (workshop === null || !framework) {
    return (
      <main id="main" className="screen" tabIndex={-1}>
        <h1>{t('workshop.notFound')}</h1>
        <a href="#/">{t('nav.allWorkshops')}</a>
      </main>
    );
  }
  return (
    <ScoringProvider>
      <Results workshop={workshop} framework={framework} view={view} />
    </ScoringProvider>
  );
}

function Results({
  workshop,
  framework,
  view,
}: {
  workshop: WorkshopRecord;
  framework: Framework;
  view: ResultsView;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const data = useWorkshopData(workshop.id);
  const series = useMemo(() => teamSeries(data?.teams ?? []), [data?.teams]);
  const [whole] = useResultsFor(workshop.id, data, framework, workshop.settings, WHOLE);

  useEffect(() => {
    document.title = `${t('results.title')} — ${workshop.title}`;
  }, [t, workshop.title]);

  const tab = (v: ResultsView) => routeToHash({ name: 'results', workshopId: workshop.id, view: v });
  return (
    <main id="main" className="screen results" tabIndex={-1} aria-busy={whole ? undefined : true}>
      <nav aria-label={t('nav.main')} className="breadcrumb">
        <a href="#/">{t('nav.allWorkshops')}</a>
        <span aria-hidden="true"> / </span>
        <a href={routeToHash({ name: 'workshop', workshopId: workshop.id })}>{workshop.title}</a>
        <span aria-hidden="true"> / </span>
        <a href={routeToHash({ name: 'session', workshopId: workshop.id })}>{t('results.toSession')}</a>
      </nav>
      <ProjectorProvider workshopId={workshop.id}>
        <header className="screen-header results-header">
          <div>
            <h1>{t('results.title')}</h1>
            <p className="lede">
              {[workshop.title, workshop.organization, tr.formatDate(workshop.date, 'long')]
                .filter(Boolean)
                .join(' · ')}
            </p>
          </div>
          <div className="results-actions">
            <ExportReportButton workshop={workshop} />
            <ProjectorControls />
          </div>
        </header>
        <nav aria-label={t('results.views')} className="results-tabs">
          {RESULTS_VIEWS.map((v) => (
            <a key={v} href={tab(v)} aria-current={v === view ? 'page' : undefined} className="results-tab">
              {t(`results.view.${v}`)}
            </a>
          ))}
        </nav>
        {!data || !whole ? null : view === 'overview' ? (
          <OverviewView workshop={workshop} framework={framework} data={data} series={series} />
        ) : view === 'teams' || view === 'roles' ? (
          <ComparisonView
            key={view}
            workshop={workshop}
            framework={framework}
            data={data}
            kind={view}
            series={series}
          />
        ) : (
          <OverTimeView workshop={workshop} framework={framework} result={whole} />
        )}
      </ProjectorProvider>
    </main>
  );
}
