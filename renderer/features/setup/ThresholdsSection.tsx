import { useState, type FormEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import { TextField } from '../../ui/TextField';
import { DEFAULT_THRESHOLDS, type ConsensusThresholds } from '../../../shared/model/types';
import {
  THRESHOLD_NAMES,
  thresholdsToDraft,
  thresholdToText,
  validateThresholds,
  type ThresholdDraft,
  type ThresholdProblem,
} from '../../../shared/model/thresholds';
import { SaveBar, Section } from './parts';
import type { SetupActions } from './use-setup-actions';

/** The consensus rules with their meaning in one line each; only a valid set is ever saved. */
export function ThresholdsSection({
  thresholds,
  actions,
}: {
  thresholds: ConsensusThresholds;
  actions: SetupActions;
}) {
  const tr = useTranslator();
  const owned = useOwnedWork();
  const { t } = tr;
  const stored = thresholdsToDraft(thresholds);
  const [draft, setDraft] = useState<ThresholdDraft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const value = draft ?? stored;
  const { value: parsed, problems } = validateThresholds(value);
  const dirty = parsed
    ? THRESHOLD_NAMES.some((n) => parsed[n] !== thresholds[n])
    : THRESHOLD_NAMES.some((n) => value[n] !== stored[n]);

  const message = (p: ThresholdProblem) =>
    p.code === 'required'
      ? t('setup.rules.required')
      : p.code === 'notANumber'
        ? t('setup.rules.notANumber', { text: value[p.field].trim() })
        : t(p.minInclusive ? 'setup.rules.range' : 'setup.rules.rangeAbove', {
            min: tr.formatNumber(p.min, 0),
            max: tr.formatNumber(p.max, 0),
          });
  const errors: Partial<Record<string, string>> = {};
  if (submitted) for (const p of problems) errors[p.field] ??= message(p);

  const change = (next: ThresholdDraft) => {
    setSaved(false);
    setDraft(next);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed) return;
    if (!dirty) {
      setDraft(null);
      return;
    }
    const ok = await actions.saveSettings({ thresholds: parsed }, t('setup.rules.saved'));
    if (ok && owned.alive()) {
      setDraft(null);
      setSubmitted(false);
      setSaved(true);
    }
  }

  return (
    <Section id="setup-rules" title={t('setup.rules.heading')}>
      <p className="setup-rule-summary">
        {t('setup.rules.summary', {
          maxIqr: thresholdToText('maxIqr', thresholds.maxIqr),
          minCns: tr.formatNumber(thresholds.minCns, 2),
          minA: thresholdToText('polarizedBelowA', thresholds.polarizedBelowA),
        })}
      </p>
      <form onSubmit={submit} noValidate>
        {submitted && problems.length > 0 ? (
          <p className="field-error" role="alert">
            {t('setup.rules.invalid')}
          </p>
        ) : null}
        <div className="setup-rules-grid">
          {THRESHOLD_NAMES.map((name) => (
            <TextField
              key={name}
              label={t(`setup.rules.${name}`)}
              hint={t(`setup.rules.${name}.hint`)}
              value={value[name]}
              error={errors[name]}
              inputMode="decimal"
              onChange={(e) => change({ ...value, [name]: e.target.value })}
            />
          ))}
        </div>
        <SaveBar label={t('setup.rules.save')} dirty={dirty} saved={saved}>
          <button
            type="button"
            onClick={() => {
              setSubmitted(false);
              change(thresholdsToDraft(DEFAULT_THRESHOLDS));
            }}
          >
            {t('setup.rules.reset')}
          </button>
        </SaveBar>
      </form>
    </Section>
  );
}
