/**
 * `npm run bench`: one JSON line per case.
 * - real workshop (30 participants × 40 questions × 2 rounds, 4 teams) and large workshop (500 × 100 × 3,
 *   10 teams): a full recompute through scoreWorkshop, median of timed runs after warm-up, heap figures;
 * - one reveal in a session of 50 participants × 40 questions × 10 rounds (20,000 votes): the live figures
 *   through the incremental scorer (one question re-scored) against a full recompute;
 * - interval α on 100 participants × 100 questions without missing values, ours against the `krippendorff`
 *   package (squared difference as its metric) on the same data: both medians, the speedup and |difference|.
 * Data comes from a seeded PRNG, so every run measures the same workshops.
 */
import { alpha as packageAlpha } from 'krippendorff';
import { createWorkshopScorer, groupVotesByRound, scoreRevealed, scoreWorkshop } from '../../shared/scoring';
import type { Round } from '../../shared/model/types';
import { krippendorffAlpha } from '../../shared/stats';
import { gcAvailable, measure, round } from './measure';
import { seededRandom, syntheticWorkshop } from './synthetic-workshop';

if (!gcAvailable) console.error('warning: run with node --expose-gc for meaningful heap figures');

const workshops = [
  {
    name: 'real-workshop-30x40x2',
    shape: { participants: 30, questions: 40, rounds: 2, teams: 4, seed: 7 },
    warmup: 200,
    runs: 51,
  },
  {
    name: 'large-workshop-500x100x3',
    shape: { participants: 500, questions: 100, rounds: 3, teams: 10, seed: 11 },
    warmup: 15,
    runs: 21,
  },
];

for (const w of workshops) {
  const input = syntheticWorkshop(w.shape);
  const m = measure(() => scoreWorkshop(input), w.warmup, w.runs);
  console.log(
    JSON.stringify({
      case: w.name,
      medianMs: round(m.medianMs),
      runs: m.runs,
      votes: input.votes.length,
      peakHeapMB: round(m.peakHeapMB, 1),
      heapGrowthMB: round(m.heapGrowthMB, 1),
    }),
  );
}

// One reveal in a long session: every round revealed but the last of question 0, which is then revealed.
{
  const input = syntheticWorkshop({ participants: 50, questions: 40, rounds: 10, teams: 5, seed: 13 });
  const rounds: Round[] = input.framework.questions.flatMap((q) =>
    Array.from({ length: 10 }, (_, r) => ({
      workshopId: 'w',
      questionId: q.id,
      round: r + 1,
      startedAt: 0,
      revealedAt: q === input.framework.questions[0] && r === 9 ? null : 1,
    })),
  );
  const revealedAll = rounds.map((r) => (r.revealedAt === null ? { ...r, revealedAt: 2 } : r));
  const votes = groupVotesByRound(input.votes);
  const scorer = createWorkshopScorer();
  let flip = false;
  // Alternates between before and after the reveal, so each run re-scores one question and the profiles.
  const incremental = measure(
    () => {
      flip = !flip;
      return scorer.scoreRevealed({ ...input, votes, rounds: flip ? revealedAll : rounds });
    },
    50,
    51,
  );
  const full = measure(() => scoreRevealed({ ...input, rounds: revealedAll }), 10, 21);
  console.log(
    JSON.stringify({
      case: 'session-reveal-50x40x10',
      votes: input.votes.length,
      incrementalMedianMs: round(incremental.medianMs),
      fullRecomputeMedianMs: round(full.medianMs),
    }),
  );
}

// Interval α: rows are participants (coders), columns questions (units); correlated ratings so α is not ~0.
const random = seededRandom(23);
const truth = Array.from({ length: 100 }, () => Math.floor(random() * 5));
const ratings = Array.from({ length: 100 }, () =>
  truth.map((t) => Math.min(4, Math.max(0, t + Math.round((random() - 0.5) * 2.4)))),
);
const squared = (a: number, b: number) => (a - b) * (a - b);
const ours = measure(() => krippendorffAlpha(ratings, 'interval'), 200, 51);
const theirs = measure(() => packageAlpha(ratings, squared), 3, 9);
const oursValue = krippendorffAlpha(ratings, 'interval');
const theirValue = packageAlpha(ratings, squared);
console.log(
  JSON.stringify({
    case: 'alpha-interval-100x100',
    oursMedianMs: round(ours.medianMs, 4),
    krippendorffPkgMedianMs: round(theirs.medianMs, 3),
    speedup: round(theirs.medianMs / ours.medianMs, 1),
    alpha: oursValue,
    absDiff: Math.abs(oursValue - theirValue),
  }),
);
