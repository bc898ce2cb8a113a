import { useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import { useFramework } from '../../db/hooks';
import type { Anonymity, WorkshopSettings } from '../../../shared/model/types';
import { Section } from './parts';
import type { SetupActions } from './use-setup-actions';

const ANONYMITY: Anonymity[] = ['names', 'aliases', 'anonymous'];

/** Anonymity and target stage: each change is saved at once and confirmed. */
export function ReportingSection({
  settings,
  actions,
}: {
  settings: WorkshopSettings;
  actions: SetupActions;
}) {
  const { t } = useTranslator();
  const owned = useOwnedWork();
  const framework = useFramework(settings.frameworkId, settings.frameworkVersion);
  // The choice shows at once; it is cleared when the saved settings catch up, or when the save fails.
  const [pending, setPending] = useState<Pick<WorkshopSettings, 'anonymity' | 'targetStage'> | null>(null);
  const stored = { anonymity: settings.anonymity, targetStage: settings.targetStage };
  if (pending && pending.anonymity === stored.anonymity && pending.targetStage === stored.targetStage) {
    setPending(null);
  }
  const shown = pending ?? stored;
  const save = async (change: Partial<typeof stored>) => {
    setPending({ ...shown, ...change });
    const ok = await actions.saveSettings(change, t('setup.reporting.saved'));
    if (!ok && owned.alive()) setPending(null);
  };

  return (
    <Section id="setup-reporting" title={t('setup.reporting.heading')}>
      <fieldset className="setup-choices">
        <legend>{t('setup.anonymity.label')}</legend>
        {ANONYMITY.map((a) => (
          <label key={a} className="setup-choice">
            <input
              type="radio"
              name="setup-anonymity"
              value={a}
              checked={shown.anonymity === a}
              onChange={() => void save({ anonymity: a })}
            />
            {t(`setup.anonymity.${a}`)}
          </label>
        ))}
      </fieldset>
      {/* A framework without stages has nothing to aim for on a ladder. */}
      {framework && framework.stages.length > 0 ? (
        <div className="field">
          <label htmlFor="setup-target">{t('setup.target.label')}</label>
          <select
            id="setup-target"
            aria-describedby="setup-target-hint"
            value={shown.targetStage === null ? '' : String(shown.targetStage)}
            onChange={(e) =>
              void save({
                targetStage:
                  e.target.value === '' ? null : (Number(e.target.value) as WorkshopSettings['targetStage']),
              })
            }
          >
            <option value="">{t('setup.target.none')}</option>
            {framework.stages.map((s) => (
              <option key={s.stage} value={s.stage}>
                {t('setup.target.stage', { stage: s.stage, name: s.name })}
              </option>
            ))}
          </select>
          <p id="setup-target-hint" className="field-hint">
            {t('setup.target.hint')}
          </p>
        </div>
      ) : null}
    </Section>
  );
}
