import { useDeferredValue, useMemo, useState } from 'react';
import type { WorkshopView } from '../../db/workshop-watch';
import type { Framework } from '../../../shared/framework';
import type { WorkshopSettings } from '../../../shared/model/types';
import { createWorkshopScorer, summarizeQuestionRounds } from '../../../shared/scoring';
import { currentRoundState, sessionProgress } from './session-model';

/**
 * The question on screen, from the view: its votes and rounds (the lists a vote replaces, nothing
 * else), the state of its current round, and — once that round is revealed — its rounds' figures,
 * computed from this question's own rounds so they show with the reveal.
 */
export function useQuestionData(view: WorkshopView, questionId: string | null, settings: WorkshopSettings) {
  const byRound = questionId === null ? undefined : view.votes.get(questionId);
  const votes = useMemo(() => [...(byRound?.values() ?? [])].flat(), [byRound]);
  const rounds = useMemo(
    () => view.rounds.filter((r) => r.questionId === questionId),
    [view.rounds, questionId],
  );
  const state = useMemo(() => currentRoundState(rounds, votes), [rounds, votes]);
  const summary = useMemo(
    () =>
      state.revealed && questionId !== null
        ? summarizeQuestionRounds(questionId, votes, view.participants, settings.thresholds)
        : null,
    [questionId, settings.thresholds, state.revealed, view.participants, votes],
  );
  return { state, summary };
}

/**
 * The whole workshop's figures and progress. The figures change with revealed rounds, decisions and
 * the setup only: a vote in a hidden round gives the scorer nothing new, so it returns the same result
 * object and nothing that shows it renders again. They wait until every question's votes are read,
 * and may trail a reveal by a frame (a deferred value); the vote grid never waits for them.
 */
export function useSessionFigures(view: WorkshopView, framework: Framework, settings: WorkshopSettings) {
  const { participants, teams, decisions, rounds, votes, complete } = view;
  const [scorer] = useState(createWorkshopScorer);
  const live = useMemo(
    () =>
      complete
        ? scorer.scoreRevealed({ framework, settings, participants, teams, decisions, rounds, votes })
        : null,
    [complete, decisions, framework, participants, rounds, scorer, settings, teams, votes],
  );
  const result = useDeferredValue(live);
  // Questions with any vote: the view keeps a question only while it has votes. The set keeps its
  // identity while the questions do, so the navigation does not render again on every vote.
  const answeredKey = [...votes.keys()].sort().join('\n');
  const answered = useMemo(() => new Set(answeredKey.split('\n').filter(Boolean)), [answeredKey]);
  const progress = useMemo(
    () => sessionProgress(answered, rounds, result?.questions ?? []),
    [answered, rounds, result],
  );
  return { result, progress };
}
