import { assertFiniteNumbers } from './assert';

/**
 * Counts per integer category min..max (inclusive): result[i] = how many values equal min + i.
 * Values outside the range or not integers are rejected rather than silently dropped, so a caller
 * never mistakes a data error for a distribution.
 */
export function frequencies(values: readonly number[], min: number, max: number): number[] {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`frequencies: min and max must be integers with min ≤ max, got ${min}..${max}`);
  }
  assertFiniteNumbers('frequencies', 'values', values);
  const counts = new Array<number>(max - min + 1).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isInteger(v) || v < min || v > max) {
      throw new RangeError(`frequencies: values[${i}] = ${v} is not an integer in ${min}..${max}`);
    }
    counts[v - min] = (counts[v - min] as number) + 1;
  }
  return counts;
}
