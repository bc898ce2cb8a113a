// Invalid input throws a RangeError that says what is wrong.
import { describe, expect, it } from 'vitest';
import {
  agreementA,
  consensusCns,
  frequencies,
  geometricPool,
  iqr,
  krippendorffAlpha,
  linearPool,
  median,
  quantile,
  rwg,
  rwgJ,
} from '../../../../shared/stats';

describe('RangeError with a clear message', () => {
  it.each([
    ['quantile of nothing', () => quantile([], 0.5), /values is empty/],
    ['quantile with NaN', () => quantile([1, Number.NaN], 0.5), /values\[1\] must be a finite number/],
    ['quantile with p outside [0,1]', () => quantile([1, 2], 1.5), /p must be a number in \[0, 1\]/],
    ['median of nothing', () => median([]), /empty/],
    ['iqr with Infinity', () => iqr([1, Infinity]), /finite/],
    ['frequencies with a value out of range', () => frequencies([1, 7], 0, 4), /values\[1\] = 7/],
    ['frequencies with min > max', () => frequencies([], 4, 0), /min ≤ max/],
    ['Cns of all-zero counts', () => consensusCns([0, 0, 0]), /all frequencies are zero/],
    ['Cns with a negative count', () => consensusCns([1, -1, 2]), /frequencies\[1\] is negative/],
    ['Cns with one category', () => consensusCns([3]), /at least 2 categories/],
    ['A with two categories', () => agreementA([1, 2]), /at least 3 categories/],
    ['A with NaN', () => agreementA([1, Number.NaN, 2]), /frequencies\[1\] must be a finite number/],
    ['rwg of one value', () => rwg([3], 5), /at least 2 values/],
    ['rwg with a bad scale', () => rwg([1, 2], 1), /scalePoints must be an integer ≥ 2/],
    ['rwgJ with ragged rows', () => rwgJ([[1, 2], [1]], 5), /rows\[1\] has 1 items but rows\[0\] has 2/],
    ['rwgJ with one respondent', () => rwgJ([[1, 2]], 5), /at least 2 respondents/],
    ['α with no coders', () => krippendorffAlpha([], 'nominal'), /data is empty/],
    ['α with ragged rows', () => krippendorffAlpha([[1, 2], [1]], 'ordinal'), /data\[1\] has 1 units/],
    ['α with NaN', () => krippendorffAlpha([[1, Number.NaN]], 'interval'), /data\[0\]\[1\] must be a finite/],
    [
      'α with an unknown level',
      () => krippendorffAlpha([[1]], 'cardinal' as 'ratio'),
      /level must be one of/,
    ],
    ['linear pool of nothing', () => linearPool([]), /mixes is empty/],
    ['linear pool, mismatched mixes', () => linearPool([[1, 0], [1]]), /mixes\[1\] has 1 entries/],
    ['linear pool, negative share', () => linearPool([[1.5, -0.5]]), /mixes\[0\]\[1\] is negative/],
    ['linear pool, wrong number of weights', () => linearPool([[1, 0]], [0.5, 0.5]), /2 weights for 1 mixes/],
    ['geometric pool, zero weights', () => geometricPool([[1, 0]], [0]), /weights sum to 0/],
  ])('%s', (_name, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});
