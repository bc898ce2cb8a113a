// What the reveal panel should say for a set of typed votes, computed in the test: median and IQR by
// hand with the type-7 rule, Cns and A through the independently tested statistics, and the status by
// the default consensus rules (methods.md). Formatted as the en-US screen formats them.
import { agreementA, consensusCns, frequencies } from '../../../shared/stats';

/** A typed vote: 0–4, `?` don't know, `n` not applicable, or null for no vote. */
export type TypedVote = 0 | 1 | 2 | 3 | 4 | '?' | 'n' | null;

export interface ExpectedStats {
  n: number;
  median: number;
  iqr: number;
  status: 'Consensus' | 'Split' | 'Polarized' | 'Too few votes to judge';
  frequencies: number[];
  shown: {
    status: string;
    median: string;
    iqr: string;
    cns: string;
    a: string;
    within: string;
    counts: string;
    far: string;
    distribution: string;
  };
}

/** R type 7: h = (n − 1)p, linear interpolation between the order statistics around h. */
export function quantileType7(values: readonly number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function fixed(value: number, digits: number): string {
  return new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export function percent(value: number): string {
  return new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

/** `names[i]` typed `votes[i]`. Assumes the default thresholds: IQR ≤ 1 and Cns ≥ 0.70; A < 0. */
export function expectedStats(names: readonly string[], votes: readonly TypedVote[]): ExpectedStats {
  const cast = votes.flatMap((v, i) => (typeof v === 'number' ? [{ name: names[i]!, value: v }] : []));
  const values = cast.map((c) => c.value);
  const n = values.length;
  if (n === 0) throw new Error('expectedStats needs at least one 0–4 vote');
  const median = quantileType7(values, 0.5);
  const iqr = quantileType7(values, 0.75) - quantileType7(values, 0.25);
  const freq = frequencies(values, 0, 4);
  const cns = consensusCns(freq);
  const a = agreementA(freq);
  const within = values.filter((v) => Math.abs(v - median) <= 1).length / n;
  const status =
    n === 1 ? 'Too few votes to judge' : iqr <= 1 && cns >= 0.7 ? 'Consensus' : a < 0 ? 'Polarized' : 'Split';
  const far = cast.filter((c) => Math.abs(c.value - median) >= 2).map((c) => c.name);
  const dontKnow = votes.filter((v) => v === '?').length;
  const notApplicable = votes.filter((v) => v === 'n').length;
  return {
    n,
    median,
    iqr,
    status,
    frequencies: freq,
    shown: {
      status,
      median: fixed(median, Number.isInteger(median) ? 0 : 1),
      iqr: fixed(iqr, 2),
      cns: fixed(cns, 2),
      a: fixed(a, 2),
      within: percent(within),
      counts: `${n} ${n === 1 ? 'vote' : 'votes'} · ${dontKnow} don’t know · ${notApplicable} not applicable (not counted)`,
      far:
        far.length === 0
          ? 'Nobody sits 2 or more points from the median.'
          : `Far from the median: ${far.join(', ')}`,
      distribution: freq.map((count, value) => `${value}: ${count}`).join(', '),
    },
  };
}

/** The grid key for a typed vote. */
export function keyOf(vote: Exclude<TypedVote, null>): '0' | '1' | '2' | '3' | '4' | '?' | 'n' {
  return String(vote) as '0' | '1' | '2' | '3' | '4' | '?' | 'n';
}
