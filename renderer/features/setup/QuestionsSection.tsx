import { useState, type FormEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import { DEFAULT_FRAMEWORK, frameworkChoice, frameworkOfChoice } from '../../app/frameworks';
import { useFrameworks } from '../../db/hooks';
import type { Framework } from '../../../shared/framework/schema';
import {
  choiceOf,
  presetIds,
  removedQuestions,
  validateQuestionSet,
  type QuestionSetChoice,
} from '../../../shared/model/question-selection';
import type { WorkshopSettings } from '../../../shared/model/types';
import { QuestionPicker } from './QuestionPicker';
import { SaveBar, Section } from './parts';
import type { SetupActions } from './use-setup-actions';

interface Draft {
  /** The framework's id and version (frameworkChoice). */
  framework: string;
  choice: QuestionSetChoice;
  customIds: string[];
}

function initialDraft(settings: WorkshopSettings, frameworks: readonly Framework[]): Draft {
  const saved = frameworkChoice({ id: settings.frameworkId, version: settings.frameworkVersion });
  const framework = frameworkOfChoice(frameworks, saved) ?? DEFAULT_FRAMEWORK;
  return {
    framework: frameworkChoice(framework),
    choice: choiceOf(framework, settings.questionIds),
    customIds: [...settings.questionIds],
  };
}

/** Framework and question set: a preset or a hand-picked, ordered subset, saved together. */
export function QuestionsSection({
  settings,
  started,
  actions,
}: {
  settings: WorkshopSettings;
  started: boolean;
  actions: SetupActions;
}) {
  const { t } = useTranslator();
  const owned = useOwnedWork();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const frameworks = useFrameworks() ?? [DEFAULT_FRAMEWORK];
  const value = draft ?? initialDraft(settings, frameworks);
  const framework = frameworkOfChoice(frameworks, value.framework) ?? DEFAULT_FRAMEWORK;
  const ids =
    value.choice === 'custom' ? value.customIds : presetIds(framework, value.choice as 'full' | 'short');
  const dirty =
    framework.id !== settings.frameworkId ||
    framework.version !== settings.frameworkVersion ||
    ids.length !== settings.questionIds.length ||
    ids.some((id, i) => id !== settings.questionIds[i]);
  const problems = validateQuestionSet(framework, ids);
  const unknown = problems.find((p) => p.code === 'unknown');
  const removed = started ? removedQuestions(settings.questionIds, ids) : [];

  const update = (next: Draft) => {
    setSaved(false);
    setError(null);
    setDraft(next);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const known = new Set(framework.questions.map((q) => q.id));
    const questionIds = ids.filter((id) => known.has(id));
    if (questionIds.length === 0) {
      setError(t('setup.questions.empty'));
      return;
    }
    const ok = await actions.saveSettings(
      { frameworkId: framework.id, frameworkVersion: framework.version, questionIds },
      t('setup.questions.saved', { count: questionIds.length }),
    );
    if (ok && owned.alive()) {
      setDraft(null);
      setSaved(true);
    }
  }

  const choices: { id: QuestionSetChoice; label: string }[] = [
    { id: 'full', label: t('setup.questions.full', { count: presetIds(framework, 'full').length }) },
    ...(presetIds(framework, 'short').length > 0
      ? [
          {
            id: 'short' as const,
            label: t('setup.questions.short', { count: presetIds(framework, 'short').length }),
          },
        ]
      : []),
    { id: 'custom', label: t('setup.questions.custom') },
  ];

  return (
    <Section id="setup-questions" title={t('setup.questions.heading')}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="setup-framework">{t('setup.questions.framework')}</label>
          <select
            id="setup-framework"
            value={frameworkChoice(framework)}
            onChange={(e) => {
              const next = frameworkOfChoice(frameworks, e.target.value) ?? DEFAULT_FRAMEWORK;
              update({
                framework: frameworkChoice(next),
                choice: 'full',
                customIds: presetIds(next, 'full'),
              });
            }}
          >
            {frameworks.map((f) => (
              <option key={frameworkChoice(f)} value={frameworkChoice(f)}>
                {t('setup.questions.frameworkOption', { title: f.title, version: f.version })}
              </option>
            ))}
          </select>
          <p className="field-hint">
            <a href="#/frameworks">{t('setup.questions.manageFrameworks')}</a>
          </p>
        </div>
        <fieldset className="setup-choices">
          <legend>{t('setup.questions.set')}</legend>
          {choices.map((c) => (
            <label key={c.id} className="setup-choice">
              <input
                type="radio"
                name="setup-question-set"
                value={c.id}
                checked={value.choice === c.id}
                onChange={() =>
                  update({ ...value, choice: c.id, customIds: c.id === 'custom' ? ids : value.customIds })
                }
              />
              {c.label}
            </label>
          ))}
        </fieldset>
        {value.choice === 'custom' ? (
          <QuestionPicker
            framework={framework}
            ids={value.customIds}
            onChange={(customIds) => update({ ...value, customIds })}
          />
        ) : null}
        <p className="muted">{t('setup.questions.selected', { count: ids.length })}</p>
        {unknown?.code === 'unknown' ? (
          <p className="setup-warning">{t('setup.questions.unknown', { ids: unknown.ids.join(', ') })}</p>
        ) : null}
        {removed.length > 0 ? (
          <p className="setup-warning" id="setup-questions-warning">
            {t('setup.questions.removedWarning', { count: removed.length })}
          </p>
        ) : null}
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <SaveBar label={t('setup.questions.save')} dirty={dirty} saved={saved} />
      </form>
    </Section>
  );
}
