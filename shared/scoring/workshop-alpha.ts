import { alphaFromUnitCounts } from '../stats/krippendorff-alpha';
import { ALPHA_RULES } from './rules';
import type { AlphaUnitInput, QuestionResult, WorkshopAlpha } from './types';

const NO_VOTES: readonly number[] = Object.freeze([0, 0, 0, 0, 0]);

/**
 * Ordinal α over every question in play (units) and participant (coders) (Krippendorff 2011), computed
 * from each question's vote frequencies in its latest round, which hold exactly the coincidences α
 * needs. The per-question inputs are listed so the figure can be checked by hand.
 */
export function workshopAlpha(results: readonly QuestionResult[], coders: number): WorkshopAlpha {
  let units = 0;
  let pairableValues = 0;
  const perQuestion = results.map((r): AlphaUnitInput => {
    const values = r.statistics?.n ?? 0;
    const isUnit = values >= 2;
    if (isUnit) {
      units++;
      pairableValues += values;
    }
    return { questionId: r.questionId, values, frequencies: r.statistics?.frequencies ?? NO_VOTES, isUnit };
  });
  const raw = alphaFromUnitCounts(
    perQuestion.map((u) => u.frequencies),
    [0, 1, 2, 3, 4],
    'ordinal',
  );
  const value = Number.isNaN(raw) ? null : raw;
  const reading =
    value === null ? 'undefined' : value >= 0.8 ? 'reliable' : value >= 0.667 ? 'tentative' : 'low';
  return { level: 'ordinal', value, reading, units, pairableValues, coders, perQuestion, rules: ALPHA_RULES };
}
