import type { ConsensusThresholds } from '../model/types';
import { agreementA } from '../stats/agreement-a';
import { consensusCns } from '../stats/consensus-cns';
import { quantileOfSorted } from '../stats/quantile';
import { rwgFromFrequencies } from '../stats/rwg';
import type { AgreementStatus, CastVote, RoundStability, VoteStatistics } from './types';
import type { Citations } from './citations';
import { STABILITY_RULES } from './rules';
import { NO_ANSWER, isVote } from './vote-index';

/** The 0–4 scale has five categories; Cns, A and rwg are computed on it (methods.md). */
export const SCALE_POINTS = 5;

/** Frequencies of 0..4 among the codes of one round. */
export function voteFrequencies(codes: Int8Array): number[] {
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i] as number;
    if (isVote(c)) counts[c] = (counts[c] as number) + 1;
  }
  return counts;
}

/** All agreement figures of one set of votes, given as frequencies of 0..4; null when there is no vote. */
export function voteStatistics(
  frequencies: readonly number[],
  thresholds: ConsensusThresholds,
): VoteStatistics | null {
  let n = 0;
  for (const f of frequencies) n += f;
  if (n === 0) return null;
  // Votes are integers 0..4, so the sorted sample is rebuilt from the counts without sorting.
  const sorted = new Float64Array(n);
  let at = 0;
  frequencies.forEach((f, value) => sorted.fill(value, at, (at += f)));
  const median = quantileOfSorted(sorted, 0.5);
  const q1 = quantileOfSorted(sorted, 0.25);
  const q3 = quantileOfSorted(sorted, 0.75);
  let within = 0;
  frequencies.forEach((f, value) => {
    if (Math.abs(value - median) <= 1) within += f;
  });
  const cns = consensusCns(frequencies);
  const a = agreementA(frequencies);
  const statistics: VoteStatistics = {
    n,
    frequencies: [...frequencies],
    median,
    q1,
    q3,
    iqr: q3 - q1,
    withinOneShare: within / n,
    cns,
    agreementA: a,
    rwg: n >= 2 ? rwgFromFrequencies(frequencies) : null,
    status: 'undetermined',
  };
  statistics.status = agreementStatus(statistics, thresholds);
  return statistics;
}

/**
 * Consensus / polarized / split as methods.md reads the numbers. One vote always looks unanimous, so
 * it is reported as undetermined rather than as consensus.
 */
export function agreementStatus(
  s: Pick<VoteStatistics, 'n' | 'iqr' | 'cns' | 'agreementA'>,
  t: ConsensusThresholds,
): AgreementStatus {
  if (s.n === 0) return 'noVotes';
  if (s.n === 1) return 'undetermined';
  if (s.iqr <= t.maxIqr && s.cns >= t.minCns) return 'consensus';
  if (s.agreementA < t.polarizedBelowA) return 'polarized';
  return 'split';
}

/**
 * Delphi stability of a re-vote against the previous round with votes (von der Gracht 2012). Whoever
 * answered in both rounds counts, "don't know" and "not applicable" included: moving from "don't know"
 * to a 3, or from a 4 to "don't know", is a changed vote, and a room where several people did so has
 * not settled even if the median held.
 */
export function roundStability(
  previous: { round: number; codes: Int8Array; median: number },
  current: { round: number; codes: Int8Array; median: number },
  t: ConsensusThresholds,
): RoundStability {
  let votersInBoth = 0;
  let changedVotes = 0;
  for (let p = 0; p < current.codes.length; p++) {
    const before = previous.codes[p] as number;
    const now = current.codes[p] as number;
    if (before === NO_ANSWER || now === NO_ANSWER) continue;
    votersInBoth++;
    if (before !== now) changedVotes++;
  }
  const changedShare = votersInBoth === 0 ? null : changedVotes / votersInBoth;
  const medianUnchanged = previous.median === current.median;
  return {
    round: current.round,
    previousRound: previous.round,
    previousMedian: previous.median,
    medianUnchanged,
    votersInBoth,
    changedVotes,
    changedShare,
    stable: medianUnchanged && changedShare !== null && changedShare <= t.stableMaxChangedShare,
    rules: STABILITY_RULES,
  };
}

/** The 0–4 votes of one round with who cast them, in canonical participant order (shared objects). */
export function castVotes(codes: Int8Array, cite: Citations): CastVote[] {
  const out: CastVote[] = [];
  for (let p = 0; p < codes.length; p++) {
    const c = codes[p] as number;
    if (isVote(c)) out.push(cite.vote(p, c));
  }
  return out;
}

export function countCode(codes: Int8Array, code: number): number {
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] === code) n++;
  return n;
}
