import { assertFrequencies } from './assert';

/**
 * Tastle & Wierman (2007) consensus, Int. J. Approximate Reasoning 45:531–545:
 *   Cns = 1 + Σ pᵢ · log₂(1 − |Xᵢ − μ| / d),  μ = Σ pᵢ Xᵢ,  d = Xmax − Xmin.
 * The categories are consecutive (Xᵢ = i), so d is the width of the scale (number of categories − 1),
 * never the range of the votes. Empty categories are skipped (0 · log 0 = 0). Unanimity gives exactly 1,
 * a 50/50 split between the two extremes gives 0.
 */
export function consensusCns(frequencies: readonly number[]): number {
  const total = assertFrequencies('consensusCns', frequencies, 2);
  const k = frequencies.length;
  const d = k - 1;
  let mean = 0;
  for (let i = 0; i < k; i++) mean += ((frequencies[i] as number) / total) * i;
  let sum = 0;
  let categoriesUsed = 0;
  for (let i = 0; i < k; i++) {
    const f = frequencies[i] as number;
    if (f === 0) continue;
    categoriesUsed++;
    sum += (f / total) * Math.log2(1 - Math.abs(i - mean) / d);
  }
  // Guard the unanimous case against rounding in μ: the definition says exactly 1.
  if (categoriesUsed === 1) return 1;
  return 1 + sum;
}
