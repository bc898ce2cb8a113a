import type { ReactNode } from 'react';
import { useTranslator } from '../../app/i18n';
import { routeToHash } from '../../app/routes';
import { OpenProjectorButton } from '../projector/SessionProjectorFeed';
import type { Framework, FrameworkQuestion } from '../../../shared/framework';
import type { WorkshopRecord } from '../../db/records';
import { informsLabel } from '../../../shared/model/labels';
import { questionRoles } from './session-model';

/** The question as the room reads it: statement large, then help and what 0 and 4 mean. */
export function QuestionCard({
  question,
  framework,
  position,
  total,
  round,
}: {
  question: FrameworkQuestion;
  framework: Framework;
  position: number;
  total: number;
  round: number;
}) {
  const tr = useTranslator();
  const { t } = tr;
  const roles = questionRoles(question, framework);
  return (
    <article className="question-card" aria-labelledby="question-statement">
      <p className="question-meta">
        <span>{t('session.questionOf', { n: position, total })}</span>
        <span aria-hidden="true"> · </span>
        <span>{informsLabel(question, framework, tr)}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="round">{t('session.round', { round })}</span>
      </p>
      <h1 id="question-statement" className="question-statement">
        {question.statement}
      </h1>
      <p className="question-help">{question.help}</p>
      {roles.length > 0 ? (
        <p className="question-roles" data-testid="question-roles">
          {t('session.question.roles', { roles: roles.join(', ') })}
        </p>
      ) : null}
      <dl className="anchors">
        <div>
          <dt>{t('session.anchor.zero')}</dt>
          <dd>{question.anchors.zero}</dd>
        </div>
        <div>
          <dt>{t('session.anchor.four')}</dt>
          <dd>{question.anchors.four}</dd>
        </div>
      </dl>
    </article>
  );
}

/** Where the facilitator is, and the way back to the setup. */
export function SessionHeader({
  workshop,
  onSetup,
  children,
}: {
  workshop: WorkshopRecord;
  onSetup(): void;
  children?: ReactNode;
}) {
  const { t } = useTranslator();
  return (
    <div className="session-header">
      <nav aria-label={t('nav.main')} className="breadcrumb">
        <a href="#/">{t('nav.allWorkshops')}</a>
        <span aria-hidden="true"> / </span>
        <span className="session-workshop">{workshop.title}</span>
        <span aria-hidden="true"> / </span>
        <button type="button" className="link-button" onClick={onSetup}>
          {t('session.backToSetup')}
        </button>
        <span aria-hidden="true"> / </span>
        <a href={routeToHash({ name: 'results', workshopId: workshop.id, view: 'overview' })}>
          {t('results.title')}
        </a>
        <span aria-hidden="true"> · </span>
        <OpenProjectorButton workshopId={workshop.id} />
      </nav>
      {children}
    </div>
  );
}
