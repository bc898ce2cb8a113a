import { useTranslator } from '../../app/i18n';
import { DEFAULT_FRAMEWORK, findFramework } from '../../app/frameworks';
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
  const framework = findFramework(settings.frameworkId) ?? DEFAULT_FRAMEWORK;
  const save = (change: Partial<WorkshopSettings>) =>
    void actions.saveSettings(change, t('setup.reporting.saved'));

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
              checked={settings.anonymity === a}
              onChange={() => save({ anonymity: a })}
            />
            {t(`setup.anonymity.${a}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="setup-target">{t('setup.target.label')}</label>
        <select
          id="setup-target"
          aria-describedby="setup-target-hint"
          value={settings.targetStage === null ? '' : String(settings.targetStage)}
          onChange={(e) =>
            save({
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
    </Section>
  );
}
