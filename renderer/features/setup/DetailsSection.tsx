import { useState, type FormEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import {
  normalizeWorkshopFields,
  validateWorkshopFields,
  type WorkshopFields,
} from '../../../shared/model/workshop-fields';
import type { WorkshopRecord } from '../../db/records';
import { fieldErrors } from '../workshops/field-errors';
import { WorkshopFieldInputs } from '../workshops/WorkshopFieldInputs';
import { SaveBar, Section } from './parts';
import type { SetupActions } from './use-setup-actions';

const NAMES = ['title', 'organization', 'date', 'facilitator'] as const;

export function DetailsSection({ workshop, actions }: { workshop: WorkshopRecord; actions: SetupActions }) {
  const tr = useTranslator();
  const owned = useOwnedWork();
  const { t } = tr;
  const stored: WorkshopFields = {
    title: workshop.title,
    organization: workshop.organization,
    date: workshop.date,
    facilitator: workshop.facilitator,
  };
  const [draft, setDraft] = useState<WorkshopFields | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const value = draft ?? stored;
  const normalized = normalizeWorkshopFields(value);
  const dirty = NAMES.some((n) => normalized[n] !== stored[n]);
  const { problems } = validateWorkshopFields(value);
  const errors = submitted ? fieldErrors(problems, tr) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0) return;
    if (!dirty) {
      setDraft(null);
      return;
    }
    const ok = await actions.saveDetails(value, t('setup.details.saved'));
    if (ok && owned.alive()) {
      setDraft(null);
      setSubmitted(false);
      setSaved(true);
    }
  }

  return (
    <Section id="setup-details" title={t('setup.details.heading')}>
      <form onSubmit={submit} noValidate>
        <WorkshopFieldInputs
          value={value}
          errors={errors}
          onChange={(name, text) => {
            setSaved(false);
            setDraft({ ...value, [name]: text });
          }}
        />
        <SaveBar label={t('setup.details.save')} dirty={dirty} saved={saved} />
      </form>
    </Section>
  );
}
