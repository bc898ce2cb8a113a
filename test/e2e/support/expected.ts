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
      counts:
        `${n} ${n === 1 ? 'vote' : 'votes'}` +
        (dontKnow + notApplicable > 0
          ? ` · ${dontKnow} don’t know · ${notApplicable} not applicable (not counted)`
          : ''),
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

/** One answered question of the summary: what it informs, the typed votes, and an agreed value if any. */
export interface AnsweredQuestion {
  informs:
    | { kind: 'stagePractice'; stage: 1 | 2 | 3 | 4 }
    | { kind: 'involvement' }
    | { kind: 'archetype'; archetype: string }
    | { kind: 'enabler' };
  votes: readonly TypedVote[];
  agreed?: number;
}

export interface ExpectedSummary {
  stage: number;
  nextStage: { stage: number; attainment: number | null } | null;
  x: number | null;
  y: number;
  /** Archetype id → share of the pooled mix. */
  mix: Map<string, number>;
  /** Archetypes in play whose statements nobody has rated (0–4) yet, in framework order. */
  unrated: string[];
}

/**
 * The live summary worked out by hand from product.md's rules, for the test to compare with the
 * screen: question value = agreed value, else the type-7 median of the 0–4 votes; attainment of stage
 * s = mean value of its questions / 4; stage reached = highest s with every stage 1..s at or above the
 * threshold; y = (stage + progress to the next) / 5; x = mean involvement value / 4; the mix = the
 * mean over participants of their ratings summed per archetype and normalized (all zero: no mix).
 */
export function expectedSummary(
  participants: number,
  answered: readonly AnsweredQuestion[],
  /** Archetypes with a statement in the question set, rated or not (an unrated one has share 0). */
  archetypesInPlay: readonly string[],
  threshold = 0.6,
): ExpectedSummary {
  const valueOf = (q: AnsweredQuestion) => {
    if (q.agreed !== undefined) return q.agreed;
    const votes = q.votes.filter((v): v is 0 | 1 | 2 | 3 | 4 => typeof v === 'number');
    return votes.length === 0 ? null : quantileType7(votes, 0.5);
  };
  const mean = (values: (number | null)[]) => {
    const known = values.filter((v): v is number => v !== null);
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
  };
  const attainment = [1, 2, 3, 4].map((stage) => {
    const m = mean(
      answered.filter((q) => q.informs.kind === 'stagePractice' && q.informs.stage === stage).map(valueOf),
    );
    return m === null ? null : m / 4;
  });
  let stage = 0;
  while (stage < 4 && (attainment[stage] ?? -1) >= threshold) stage++;
  const next = stage < 4 ? (attainment[stage] ?? null) : null;
  const progress =
    stage < 4
      ? (next ?? 0) / threshold
      : Math.min(((attainment[3] ?? 0) - threshold) / (1 - threshold), 0.99);
  const involvement = mean(answered.filter((q) => q.informs.kind === 'involvement').map(valueOf));

  const statements = answered.filter((q) => q.informs.kind === 'archetype');
  const archetypes = archetypesInPlay;
  const mixes: number[][] = [];
  for (let p = 0; p < participants; p++) {
    const sums = archetypes.map((id) =>
      statements
        .filter((q) => (q.informs as { archetype: string }).archetype === id)
        .reduce((sum, q) => sum + (typeof q.votes[p] === 'number' ? (q.votes[p] as number) : 0), 0),
    );
    const total = sums.reduce((a, b) => a + b, 0);
    if (total > 0) mixes.push(sums.map((s) => s / total));
  }
  const mix = new Map(
    archetypes.map((id, k) => [id, mixes.reduce((sum, m) => sum + m[k]!, 0) / Math.max(1, mixes.length)]),
  );
  return {
    stage,
    nextStage: stage < 4 ? { stage: stage + 1, attainment: next } : null,
    x: involvement === null ? null : involvement / 4,
    y: (stage + progress) / 5,
    mix,
    unrated: archetypes.filter(
      (id) =>
        !statements.some(
          (q) =>
            (q.informs as { archetype: string }).archetype === id &&
            q.votes.some((v) => typeof v === 'number'),
        ),
    ),
  };
}
