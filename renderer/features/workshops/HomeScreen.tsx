import { useState } from 'react';
import { useWorkshops } from '../../db/hooks';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectExportAll, selectOpenWorkshop, selectStartImport } from '../../store/selectors';
import type { WorkshopRecord } from '../../db/records';
import { NewWorkshopDialog } from './NewWorkshopDialog';
import { RenameWorkshopDialog } from './RenameWorkshopDialog';
import { DeleteWorkshopDialog } from './DeleteWorkshopDialog';
import { StorageHealth } from './StorageHealth';

type Pending = { kind: 'new' } | { kind: 'rename' | 'delete'; workshop: WorkshopRecord } | null;

export function HomeScreen() {
  const workshops = useWorkshops();
  const tr = useTranslator();
  const { t } = tr;
  const open = useAppStore(selectOpenWorkshop);
  const startImport = useAppStore(selectStartImport);
  const exportAll = useAppStore(selectExportAll);
  const [pending, setPending] = useState<Pending>(null);

  return (
    <main id="main" className="screen home" tabIndex={-1}>
      <header className="screen-header">
        <div>
          <h1>{t('home.title')}</h1>
          <p className="lede">{t('home.subtitle')}</p>
        </div>
        <div className="home-actions">
          <button type="button" className="button-primary" onClick={() => setPending({ kind: 'new' })}>
            {t('home.new')}
          </button>
          <button type="button" onClick={() => void startImport()}>
            {t('home.import')}
          </button>
        </div>
      </header>

      {workshops === undefined ? null : workshops.length === 0 ? (
        <section className="empty-state">
          <h2>{t('home.empty.title')}</h2>
          <p>{t('home.empty.body')}</p>
        </section>
      ) : (
        <>
          <p className="muted">{t('home.count', { count: workshops.length })}</p>
          <ul className="workshop-list" aria-label={t('home.list.label')}>
            {workshops.map((w) => (
              <li key={w.id} className="workshop-item">
                <div className="workshop-item-main">
                  <h2 className="workshop-item-title" id={`workshop-${w.id}-title`}>
                    {w.title}
                  </h2>
                  <p className="workshop-item-meta">
                    <span>{w.organization || t('home.item.noOrganization')}</span>
                    <span aria-hidden="true"> · </span>
                    <span>{tr.formatDate(w.date, 'long')}</span>
                  </p>
                  <p className="workshop-item-opened muted">
                    {w.lastOpenedAt
                      ? t('home.item.lastOpened', { when: tr.formatRelative(w.lastOpenedAt) })
                      : t('home.item.neverOpened')}
                  </p>
                </div>
                <div className="workshop-item-actions">
                  {/* Each name says which workshop it acts on: "Open Q3 review", the visible word first. */}
                  <button
                    type="button"
                    className="button-primary"
                    id={`workshop-${w.id}-open`}
                    aria-labelledby={`workshop-${w.id}-open workshop-${w.id}-title`}
                    onClick={() => void open(w.id)}
                  >
                    {t('home.item.open')}
                  </button>
                  <button
                    type="button"
                    id={`workshop-${w.id}-rename`}
                    aria-labelledby={`workshop-${w.id}-rename workshop-${w.id}-title`}
                    onClick={() => setPending({ kind: 'rename', workshop: w })}
                  >
                    {t('home.item.rename')}
                  </button>
                  <button
                    type="button"
                    className="button-quiet-danger"
                    id={`workshop-${w.id}-delete`}
                    aria-labelledby={`workshop-${w.id}-delete workshop-${w.id}-title`}
                    onClick={() => setPending({ kind: 'delete', workshop: w })}
                  >
                    {t('home.item.delete')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}

      <StorageHealth />

      <footer className="home-footer">
        {workshops && workshops.length > 0 ? (
          <button type="button" className="button-quiet" onClick={() => void exportAll()}>
            {t('home.exportAll')}
          </button>
        ) : null}
        <a href="#/frameworks">{t('home.frameworks')}</a>
      </footer>

      {pending?.kind === 'new' ? <NewWorkshopDialog onClose={() => setPending(null)} /> : null}
      {pending?.kind === 'rename' ? (
        <RenameWorkshopDialog workshop={pending.workshop} onClose={() => setPending(null)} />
      ) : null}
      {pending?.kind === 'delete' ? (
        <DeleteWorkshopDialog workshop={pending.workshop} onClose={() => setPending(null)} />
      ) : null}
    </main>
  );
}
