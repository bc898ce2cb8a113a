import { useTranslator } from '../../app/i18n';
import { describeFailure, describeProblem, type ReadFailure } from '../../../shared/files';

/**
 * Why a file was refused, in words: the summary (what happened, that nothing changed, what to do),
 * then for a file with problems each one — which part, what is wrong — with the path and the schema's
 * own words folded away under "Technical detail".
 */
export function RefusedFile({ failure }: { failure: ReadFailure }) {
  const tr = useTranslator();
  const { t } = tr;
  const problems = failure.reason === 'invalid' ? failure.problems : [];
  const root = failure.reason === 'invalid' ? failure.root : undefined;
  const described = problems.map((p) => describeProblem(p, root));
  const more = failure.reason === 'invalid' ? failure.total - problems.length : 0;
  return (
    <>
      <p data-testid="refused-summary">{tr.message(describeFailure(failure))}</p>
      {described.length > 0 ? (
        <>
          <ul className="file-problems" data-testid="refused-problems">
            {described.map((d, i) => (
              <li key={i}>
                {t('files.problem.sentence', {
                  where: d.where.map(tr.message).join(t('files.where.separator')),
                  what: tr.message(d.what),
                })}
              </li>
            ))}
          </ul>
          {more > 0 ? <p className="muted">{t('files.error.moreProblems', { count: more })}</p> : null}
          <details className="file-detail">
            <summary>{t('files.problem.detail')}</summary>
            <ul>
              {described.map((d, i) => (
                <li key={i}>
                  <code>{d.detail}</code>
                </li>
              ))}
            </ul>
          </details>
        </>
      ) : failure.reason === 'notJson' ? (
        <details className="file-detail">
          <summary>{t('files.problem.detail')}</summary>
          <code>{failure.detail}</code>
        </details>
      ) : null}
    </>
  );
}
