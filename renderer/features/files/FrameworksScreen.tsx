import { useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { useFrameworks, useFrameworkUsage } from '../../db/hooks';
import { frameworkUsageKey } from '../../db/frameworks.repo';
import { useAppStore } from '../../store/app-store';
import { selectExportFramework, selectImportFramework, selectRemoveFramework } from '../../store/selectors';
import { BUILT_IN_FRAMEWORKS } from '../../../shared/framework/built-in';
import type { Framework } from '../../../shared/framework/schema';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import '../../../shared/files/messages';

/** What a framework measures, in a few words: its questions and the parts it has. */
function shape(framework: Framework, t: ReturnType<typeof useTranslator>['t']): string {
  return [
    t('frameworks.questions', { count: framework.questions.length }),
    framework.stages.length > 0 ? t('frameworks.stages') : null,
    framework.goals.length > 0 ? t('frameworks.goals', { count: framework.goals.length }) : null,
    framework.archetypes.length > 0
      ? t('frameworks.archetypes', { count: framework.archetypes.length })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The frameworks a workshop can run on: the built-in one (exportable as a starting point for one's own)
 * and those imported, each with its version and how many workshops use it; one no workshop uses can be
 * removed.
 */
export default function FrameworksScreen() {
  const tr = useTranslator();
  const { t } = tr;
  const frameworks = useFrameworks();
  const usage = useFrameworkUsage();
  const importFramework = useAppStore(selectImportFramework);
  const exportFramework = useAppStore(selectExportFramework);
  const removeFramework = useAppStore(selectRemoveFramework);
  const [removing, setRemoving] = useState<Framework | null>(null);
  if (frameworks === undefined || usage === undefined) return null;

  return (
    <main id="main" className="screen frameworks" tabIndex={-1}>
      <nav aria-label={t('nav.main')} className="breadcrumb">
        <a href="#/">{t('nav.allWorkshops')}</a>
      </nav>
      <header className="screen-header">
        <div>
          <h1>{t('frameworks.title')}</h1>
          <p className="lede">{t('frameworks.subtitle')}</p>
        </div>
        <button type="button" className="button-primary" onClick={() => void importFramework()}>
          {t('frameworks.import')}
        </button>
      </header>
      <ul className="workshop-list" aria-label={t('frameworks.title')}>
        {frameworks.map((f) => {
          const builtIn = BUILT_IN_FRAMEWORKS.includes(f);
          const used = usage.get(frameworkUsageKey(f.id, f.version)) ?? 0;
          return (
            <li key={`${f.id}\u0000${f.version}`} className="workshop-item" data-testid="framework-item">
              <div className="workshop-item-main">
                <h2 className="workshop-item-title">{f.title}</h2>
                <p className="workshop-item-meta">
                  {t(builtIn ? 'frameworks.versionBuiltIn' : 'frameworks.version', { version: f.version })}
                  <span aria-hidden="true"> · </span>
                  {shape(f, t)}
                </p>
                <p className="workshop-item-opened muted">
                  {used === 0 ? t('frameworks.unused') : t('frameworks.usedBy', { count: used })}
                </p>
              </div>
              <div className="workshop-item-actions">
                <button type="button" onClick={() => void exportFramework(f)}>
                  {t(builtIn ? 'frameworks.exportStart' : 'frameworks.export')}
                </button>
                {builtIn ? null : (
                  <button
                    type="button"
                    className="button-quiet-danger"
                    disabled={used > 0}
                    aria-describedby={used > 0 ? `in-use-${f.id}-${f.version}` : undefined}
                    onClick={() => setRemoving(f)}
                  >
                    {t('frameworks.remove')}
                  </button>
                )}
              </div>
              {!builtIn && used > 0 ? (
                <p className="visually-hidden" id={`in-use-${f.id}-${f.version}`}>
                  {t('frameworks.inUse')}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      {removing ? (
        <ConfirmDialog
          title={t('frameworks.removeTitle')}
          body={t('frameworks.removeBody', { title: removing.title, version: removing.version })}
          confirm={t('frameworks.remove')}
          onClose={() => setRemoving(null)}
          onConfirm={() => removeFramework(removing.id, removing.version)}
        />
      ) : null}
    </main>
  );
}
