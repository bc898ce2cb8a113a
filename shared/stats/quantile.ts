import { assertFiniteNumbers, assertNonEmpty } from './assert';

/**
 * Sample quantile, R type 7 (Hyndman & Fan 1996): linear interpolation between order statistics at
 * h = (n − 1)·p. This is R's and numpy's default and Excel's QUARTILE.INC; methods.md fixes it
 * because "IQR ≤ 1" flips between definitions.
 */
export function quantile(values: readonly number[], p: number): number {
  assertNonEmpty('quantile', 'values', values);
  assertFiniteNumbers('quantile', 'values', values);
  if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 1) {
    throw new RangeError(`quantile: p must be a number in [0, 1], got ${String(p)}`);
  }
  return quantileOfSorted(Float64Array.from(values).sort(), p);
}

/** Type-7 quantile of values already sorted ascending (no checks; the caller guarantees them). */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const low = sorted[lo] as number;
  if (lo + 1 >= sorted.length) return low;
  return low + (h - lo) * ((sorted[lo + 1] as number) - low);
}

/** Median = type-7 quantile at 0.5. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Interquartile range Q3 − Q1, both type 7. */
export function iqr(values: readonly number[]): number {
  assertNonEmpty('iqr', 'values', values);
  assertFiniteNumbers('iqr', 'values', values);
  const sorted = Float64Array.from(values).sort();
  return quantileOfSorted(sorted, 0.75) - quantileOfSorted(sorted, 0.25);
}
