import { useMemo } from 'react';
import { useTranslator } from '../../app/i18n';
import type { Framework, FrameworkQuestion } from '../../../shared/framework';
import type { Anonymity, Participant } from '../../../shared/model/types';
import { questionSlide } from '../../../shared/projector/slides';
import type { RoundSummary } from '../../../shared/scoring/round-summary';
import { getPlatform } from '../../platform';
import { useProjectorFeed } from './use-projector-feed';

/**
 * The session's feed to the projector: the current question, the vote count while hidden, and after the
 * reveal its distribution and status. Renders nothing; the session screen mounts it beside its content.
 */
export function SessionProjectorFeed(props: {
  workshopId: string;
  question: FrameworkQuestion;
  framework: Framework;
  position: number;
  total: number;
  round: number;
  current: RoundSummary | undefined;
  revealed: boolean;
  voted: number;
  participants: readonly Participant[];
  anonymity: Anonymity;
  whoVotedWhat?: boolean;
}) {
  const tr = useTranslator();
  const {
    workshopId,
    question,
    framework,
    position,
    total,
    round,
    current,
    revealed,
    voted,
    participants,
    anonymity,
  } = props;
  const whoVotedWhat = props.whoVotedWhat ?? false;
  const slide = useMemo(
    () =>
      questionSlide({
        question,
        framework,
        position,
        total,
        round,
        current,
        revealed,
        voted,
        participants,
        anonymity,
        whoVotedWhat,
        tr,
      }),
    [
      question,
      framework,
      position,
      total,
      round,
      current,
      revealed,
      voted,
      participants,
      anonymity,
      whoVotedWhat,
      tr,
    ],
  );
  useProjectorFeed(workshopId, slide);
  return null;
}

/** Opens the audience's window on this workshop (a second window, or a second tab in the browser). */
export function OpenProjectorButton({ workshopId }: { workshopId: string }) {
  const { t } = useTranslator();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => void getPlatform().openProjector({ workshopId })}
    >
      {t('results.projector.open')}
    </button>
  );
}
