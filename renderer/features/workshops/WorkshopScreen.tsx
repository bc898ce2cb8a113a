import { useEffect } from 'react';
import { useWorkshop } from '../../db/hooks';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectNavigate } from '../../store/selectors';

/** A workshop's own page: its details now; setup and the session build on it. */
export function WorkshopScreen({ workshopId }: { workshopId: string }) {
  const workshop = useWorkshop(workshopId);
  const tr = useTranslator();
  const { t } = tr;
  const navigate = useAppStore(selectNavigate);

  useEffect(() => {
    if (workshop) document.title = `${workshop.title} — ${t('app.name')}`;
  }, [workshop, t]);

  if (workshop === undefined) return null;
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
      </header>
    </main>
  );
}
