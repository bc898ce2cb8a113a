import type { FrameworkQuestion } from '../framework';
import type { ConsensusThresholds, Decision } from '../model/types';
import type { QuestionResult } from './types';
import type { Citations } from './citations';
import { QUESTION_RULES } from './rules';
import type { QuestionAnswers, VoteIndex } from './vote-index';
import { DONT_KNOW, NOT_APPLICABLE, isVote } from './vote-index';
import { castVotes, countCode, roundStability, voteFrequencies, voteStatistics } from './vote-statistics';

export interface QuestionOutcome {
  results: QuestionResult[];
  /** Per question, the codes of the round its figures come from (null when unanswered). */
  latestCodes: (Int8Array | null)[];
}

/**
 * Per question: pick the latest round with votes, compute its agreement figures and stability against
 * the previous round with votes, and apply the facilitator's agreed value when there is one.
 */
export function computeQuestionResults(
  index: Pick<VoteIndex, 'answers'>,
  questions: readonly FrameworkQuestion[],
  decisions: ReadonlyMap<string, Decision>,
  thresholds: ConsensusThresholds,
  cite: Citations,
): QuestionOutcome {
  const results: QuestionResult[] = [];
  const latestCodes: (Int8Array | null)[] = [];
  questions.forEach((question, q) => {
    const outcome = questionResult(index.answers[q], question, decisions.get(question.id), thresholds, cite);
    results.push(outcome.result);
    latestCodes.push(outcome.codes);
  });
  return { results, latestCodes };
}

/** One question's result and the codes of the round its figures come from. */
export function questionResult(
  answers: QuestionAnswers | undefined,
  question: FrameworkQuestion,
  decision: Decision | undefined,
  thresholds: ConsensusThresholds,
  cite: Citations,
): { result: QuestionResult; codes: Int8Array | null } {
  const roundsWithVotes: number[] = [];
  for (const round of answers?.rounds ?? []) {
    const codes = answers?.byRound.get(round) as Int8Array;
    if (codes.some(isVote)) roundsWithVotes.push(round);
  }
  const round = roundsWithVotes.at(-1) ?? answers?.rounds.at(-1) ?? null;
  const codes = round === null ? null : (answers?.byRound.get(round) ?? null);
  const statistics = codes === null ? null : voteStatistics(voteFrequencies(codes), thresholds);

  let stability: QuestionResult['stability'] = null;
  const previousRound = roundsWithVotes.at(-2);
  if (statistics !== null && codes !== null && round !== null && previousRound !== undefined) {
    const previousCodes = answers?.byRound.get(previousRound) as Int8Array;
    const previousStats = voteStatistics(voteFrequencies(previousCodes), thresholds);
    if (previousStats !== null) {
      stability = roundStability(
        { round: previousRound, codes: previousCodes, median: previousStats.median },
        { round, codes, median: statistics.median },
        thresholds,
      );
    }
  }

  const agreedValue = decision?.agreedValue ?? null;
  const consensusValue = statistics?.median ?? null;
  const result: QuestionResult = {
    questionId: question.id,
    informs: question.informs,
    roundsWithVotes,
    round,
    votes: codes === null ? [] : castVotes(codes, cite),
    dontKnowCount: codes === null ? 0 : countCode(codes, DONT_KNOW),
    notApplicableCount: codes === null ? 0 : countCode(codes, NOT_APPLICABLE),
    statistics,
    status: statistics?.status ?? 'noVotes',
    stability,
    consensusValue,
    agreedValue,
    rationale: decision?.rationale ?? '',
    notes: decision?.notes ?? '',
    scoringValue: agreedValue ?? consensusValue,
    overridden: agreedValue !== null,
    rules: QUESTION_RULES,
  };
  return { result, codes };
}
