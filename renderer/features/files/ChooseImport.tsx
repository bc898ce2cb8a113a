import { useTranslator } from '../../app/i18n';
import type { ImportChoice, ImportEntry } from '../../store/files.slice';

const EXISTING_CHOICES: Record<'workshop' | 'archive', ImportChoice[]> = {
  // Merging is for one workshop captured on two laptops; a backup restores or keeps both.
  workshop: ['merge', 'replace', 'copy'],
  archive: ['skip', 'replace', 'copy'],
};

/**
 * What the file holds, workshop by workshop, and for one that is already on this computer the choice
 * of what to do with it: nothing is ever overwritten without being chosen here.
 */
export function ChooseImport({
  kind,
  entries,
  onChoose,
}: {
  kind: 'workshop' | 'archive';
  entries: readonly ImportEntry[];
  onChoose(index: number, choice: ImportChoice): void;
}) {
  const tr = useTranslator();
  const { t } = tr;
  return (
    <ul className="import-entries" aria-label={t('files.import.entries')}>
      {entries.map((entry, index) => {
        const w = entry.data.workshop;
        const name = `import-choice-${index}`;
        return (
          <li key={w.id} className="import-entry" data-testid="import-entry">
            <h3 className="import-entry-title">{w.title}</h3>
            <p className="muted">
              {[w.organization, tr.formatDate(w.date, 'long'), entry.data.framework.title]
                .filter(Boolean)
                .join(' · ')}
            </p>
            <p>
              {t('files.import.holds', {
                participants: entry.data.participants.length,
                votes: entry.data.votes.length,
                decisions: entry.data.decisions.length,
              })}
            </p>
            {entry.existing === null ? (
              <p className="import-status">{t('files.import.isNew')}</p>
            ) : entry.existing.identical ? (
              <p className="import-status">{t('files.import.identical')}</p>
            ) : (
              <fieldset className="setup-choices">
                <legend>
                  {t('files.import.existing', {
                    votes: entry.existing.votes,
                    when: tr.formatDateTime(entry.existing.updatedAt),
                  })}
                </legend>
                {EXISTING_CHOICES[kind].map((choice) => (
                  <label key={choice} className="setup-choice import-choice">
                    <input
                      type="radio"
                      name={name}
                      value={choice}
                      checked={entry.choice === choice}
                      onChange={() => onChoose(index, choice)}
                    />
                    <span>
                      <strong>{t(`files.import.choice.${choice}`)}</strong>
                      <span className="field-hint">{t(`files.import.choice.${choice}.hint`)}</span>
                    </span>
                  </label>
                ))}
              </fieldset>
            )}
          </li>
        );
      })}
    </ul>
  );
}
