import { useTranslator } from '../../app/i18n';
import type { ConflictChoice, MergeCounts, MergePlan } from '../../../shared/files';
import { ConflictItem } from './ConflictItem';

const ROWS = ['participants', 'votes', 'rounds', 'decisions', 'teams'] as const;
const COLUMNS: (keyof MergeCounts)[] = ['added', 'identical', 'updated', 'conflicting'];

/**
 * The merge before it is written: what the file adds, what is the same, what was updated, and each
 * conflict as a choice between this computer's version and the file's — nothing is decided for the
 * facilitator, and the merge waits until every conflict is decided.
 */
export function MergeReview({
  plan,
  choices,
  onChoose,
  onChooseAll,
}: {
  plan: MergePlan;
  choices: Record<string, ConflictChoice>;
  onChoose(key: string, choice: ConflictChoice): void;
  onChooseAll(choice: ConflictChoice): void;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const r = plan.report;
  const decided = plan.conflicts.filter((c) => choices[c.key] !== undefined).length;
  return (
    <>
      <table className="merge-report" data-testid="merge-report">
        <caption className="visually-hidden">{t('files.merge.reportCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('files.merge.row')}</th>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`files.merge.column.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <th scope="row">{t(`files.merge.rowName.${row}`)}</th>
              {COLUMNS.map((c) => (
                <td key={c}>{tr.formatNumber(r[row][c], 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {r.sameNames.length > 0 ? (
        <p className="setup-warning">{t('files.merge.sameNames', { names: r.sameNames.join(', ') })}</p>
      ) : null}
      {r.detailsDiffer ? <p className="muted">{t('files.merge.detailsDiffer')}</p> : null}
      {r.settledEarlier > 0 ? (
        <p className="muted">{t('files.merge.settledEarlier', { count: r.settledEarlier })}</p>
      ) : null}
      {plan.conflicts.length === 0 ? (
        <p>{t('files.merge.noConflicts')}</p>
      ) : (
        <section aria-labelledby="merge-conflicts-title">
          <div className="merge-conflicts-header">
            <h3 id="merge-conflicts-title">{t('files.merge.conflicts', { count: plan.conflicts.length })}</h3>
            <p className="muted" data-testid="merge-progress" aria-live="polite">
              {t('files.merge.progress', { decided, total: plan.conflicts.length })}
            </p>
            <div className="merge-bulk">
              <button type="button" onClick={() => onChooseAll('mine')}>
                {t('files.merge.allMine')}
              </button>
              <button type="button" onClick={() => onChooseAll('theirs')}>
                {t('files.merge.allTheirs')}
              </button>
            </div>
          </div>
          <ul className="conflicts">
            {plan.conflicts.map((c, i) => (
              <ConflictItem
                key={c.key}
                conflict={c}
                data={plan.merged}
                index={i}
                choice={choices[c.key]}
                onChoose={(choice) => onChoose(c.key, choice)}
              />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
