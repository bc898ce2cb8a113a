import { assertFiniteNumbers, assertFrequencies } from './assert';

/**
 * Within-group agreement rwg (James, Demaree & Wolf 1984, J. Applied Psychology 69:85–98):
 *   rwg = 1 − s² / σ²EU,  σ²EU = (A² − 1) / 12 for A scale points (the variance of a uniform "no agreement" null),
 * s² the sample variance (n − 1). Truncated to 0 when s² > σ²EU, as is usual practice (LeBreton & Senter 2008).
 */
export function rwg(values: readonly number[], scalePoints: number): number {
  const expected = uniformNullVariance('rwg', scalePoints);
  if (values.length < 2) {
    throw new RangeError(`rwg: needs at least 2 values for a sample variance, got ${values.length}`);
  }
  assertFiniteNumbers('rwg', 'values', values);
  const ratio = sampleVariance(values) / expected;
  return ratio > 1 ? 0 : 1 - ratio;
}

/**
 * rwg from counts per scale point (frequencies[i] answers on the i-th point, frequencies.length = the
 * number of scale points): the same figure as rwg over the individual values, for callers that already
 * hold counts. The scoring engine computes it for every question and round, and building the sample as
 * an array there was a large share of a big workshop's garbage.
 */
export function rwgFromFrequencies(frequencies: readonly number[]): number {
  const expected = uniformNullVariance('rwgFromFrequencies', frequencies.length);
  const n = assertFrequencies('rwgFromFrequencies', frequencies, 2);
  if (n < 2) {
    throw new RangeError(`rwgFromFrequencies: needs at least 2 values for a sample variance, got ${n}`);
  }
  let mean = 0;
  for (let i = 0; i < frequencies.length; i++) mean += (frequencies[i] as number) * i;
  mean /= n;
  let squares = 0;
  for (let i = 0; i < frequencies.length; i++)
    squares += (frequencies[i] as number) * (i - mean) * (i - mean);
  const ratio = squares / (n - 1) / expected;
  return ratio > 1 ? 0 : 1 - ratio;
}

/**
 * Multi-item rwg(J) (James, Demaree & Wolf 1984): with s̄² the mean of the item variances over J items,
 *   rwg(J) = J(1 − s̄²/σ²EU) / (J(1 − s̄²/σ²EU) + s̄²/σ²EU),
 * truncated to 0 when s̄² > σ²EU (the formula is not meaningful there). Rows are respondents, columns items.
 */
export function rwgJ(rows: readonly (readonly number[])[], scalePoints: number): number {
  const expected = uniformNullVariance('rwgJ', scalePoints);
  if (rows.length < 2) {
    throw new RangeError(`rwgJ: needs at least 2 respondents (rows), got ${rows.length}`);
  }
  const items = (rows[0] as readonly number[]).length;
  if (items === 0) throw new RangeError('rwgJ: rows are empty; at least one item (column) is needed');
  rows.forEach((row, r) => {
    if (row.length !== items) {
      throw new RangeError(`rwgJ: rows[${r}] has ${row.length} items but rows[0] has ${items}`);
    }
    assertFiniteNumbers('rwgJ', `rows[${r}]`, row);
  });
  let varianceSum = 0;
  const column = new Array<number>(rows.length);
  for (let j = 0; j < items; j++) {
    for (let r = 0; r < rows.length; r++) column[r] = (rows[r] as readonly number[])[j] as number;
    varianceSum += sampleVariance(column);
  }
  const ratio = varianceSum / items / expected;
  if (ratio > 1) return 0;
  const agreement = items * (1 - ratio);
  return agreement / (agreement + ratio);
}

function uniformNullVariance(fn: string, scalePoints: number): number {
  if (!Number.isInteger(scalePoints) || scalePoints < 2) {
    throw new RangeError(`${fn}: scalePoints must be an integer ≥ 2, got ${String(scalePoints)}`);
  }
  return (scalePoints * scalePoints - 1) / 12;
}

function sampleVariance(values: readonly number[]): number {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  return squares / (values.length - 1);
}
