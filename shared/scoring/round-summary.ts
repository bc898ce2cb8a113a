import type { ConsensusThresholds, Participant, Vote } from '../model/types';
import { DEFAULT_THRESHOLDS } from '../model/types';
import type { CastVote, RoundStability, VoteStatistics } from './types';
import { DONT_KNOW, NOT_APPLICABLE, buildVoteIndex, isVote } from './vote-index';
import { createCitations } from './citations';
import { castVotes, countCode, roundStability, voteFrequencies, voteStatistics } from './vote-statistics';

/** How far from the median a vote must be for the facilitator to ask that person to speak. */
export const FAR_FROM_MEDIAN = 2;

/** Delphi practice: after this many rounds, record an agreed value rather than voting again. */
export const MAX_ROUNDS = 3;

export type ReVoteAdvice = 'consensus' | 'stable' | 'maxRounds' | null;

/**
 * When to stop re-voting a question (methods.md, "When to stop re-voting"): it reached consensus,
 * or it is stable against the round before, or `MAX_ROUNDS` rounds are done; null when another
 * round may still help.
 */
export function reVoteAdvice(current: RoundSummary | undefined, roundNumber: number): ReVoteAdvice {
  if (current?.statistics?.status === 'consensus') return 'consensus';
  if (current?.stability?.stable) return 'stable';
  return roundNumber >= MAX_ROUNDS ? 'maxRounds' : null;
}

export interface RoundSummary {
  round: number;
  votes: CastVote[];
  dontKnowCount: number;
  notApplicableCount: number;
  /** null when the round has no 0–4 vote. */
  statistics: VoteStatistics | null;
  /** Participants with |vote − median| ≥ 2. */
  farFromMedian: string[];
  /** Against the previous round with votes; null for the first. */
  stability: RoundStability | null;
}

export interface QuestionRoundsSummary {
  questionId: string;
  rounds: RoundSummary[];
}

/**
 * The latest round with 0–4 votes among rounds `upTo` and before: the round a question's consensus
 * value comes from (the engine's rule), and the one a re-vote is compared with.
 */
export function latestRoundWithVotes(
  summary: QuestionRoundsSummary,
  upTo: number,
): (RoundSummary & { statistics: VoteStatistics }) | undefined {
  return summary.rounds
    .filter(
      (r): r is RoundSummary & { statistics: VoteStatistics } => r.round <= upTo && r.statistics !== null,
    )
    .at(-1);
}

/**
 * Every round of one question, as the session screen shows it after a reveal: distribution, median,
 * IQR, Cns, A, status, who is far from the median, and stability against the round before.
 */
export function summarizeQuestionRounds(
  questionId: string,
  votes: readonly Vote[],
  participants: readonly Participant[],
  thresholds: ConsensusThresholds = DEFAULT_THRESHOLDS,
): QuestionRoundsSummary {
  const index = buildVoteIndex(participants, [questionId], votes);
  const answers = index.answers[0];
  const cite = createCitations(
    [questionId],
    index.participants.map((p) => p.id),
  );
  const rounds: RoundSummary[] = [];
  let previous: { round: number; codes: Int8Array; median: number } | null = null;
  for (const round of answers?.rounds ?? []) {
    const codes = answers?.byRound.get(round) as Int8Array;
    const statistics = voteStatistics(voteFrequencies(codes), thresholds);
    const farFromMedian: string[] = [];
    if (statistics !== null) {
      for (let p = 0; p < codes.length; p++) {
        const c = codes[p] as number;
        if (isVote(c) && Math.abs(c - statistics.median) >= FAR_FROM_MEDIAN) {
          farFromMedian.push((index.participants[p] as Participant).id);
        }
      }
    }
    const current = statistics === null ? null : { round, codes, median: statistics.median };
    rounds.push({
      round,
      votes: castVotes(codes, cite),
      dontKnowCount: countCode(codes, DONT_KNOW),
      notApplicableCount: countCode(codes, NOT_APPLICABLE),
      statistics,
      farFromMedian,
      stability: current !== null && previous !== null ? roundStability(previous, current, thresholds) : null,
    });
    if (current !== null) previous = current;
  }
  return { questionId, rounds };
}
