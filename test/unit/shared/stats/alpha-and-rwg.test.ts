// Krippendorff's α edge cases and an independent pairwise definition; rwg(J) by hand; rwg from counts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { frequencies, krippendorffAlpha, rwg, rwgJ } from '../../../../shared/stats';
import { rwgFromFrequencies } from '../../../../shared/stats/rwg';

/** α for interval data straight from the definition: all ordered pairs within and across units. */
function naiveIntervalAlpha(data: (number | null)[][]): number {
  const units = data[0]!.length;
  const pairable: number[][] = [];
  for (let u = 0; u < units; u++) {
    const vals = data.map((row) => row[u]).filter((v): v is number => v !== null && v !== undefined);
    if (vals.length >= 2) pairable.push(vals);
  }
  const all = pairable.flat();
  const n = all.length;
  let within = 0;
  for (const vals of pairable) {
    let s = 0;
    for (const a of vals) for (const b of vals) s += (a - b) ** 2;
    within += s / (vals.length - 1);
  }
  let across = 0;
  for (const a of all) for (const b of all) across += (a - b) ** 2;
  return 1 - within / n / (across / (n * (n - 1)));
}

describe('krippendorffAlpha', () => {
  it('is 1 for perfect agreement with variation across units', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        'nominal',
      ),
    ).toBe(1);
    expect(
      krippendorffAlpha(
        [
          [1, 2, 3],
          [1, 2, 3],
        ],
        'ordinal',
      ),
    ).toBe(1);
  });
  it('is NaN when every value is the same (Dₑ = 0)', () => {
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        'interval',
      ),
    ).toBeNaN();
    expect(
      krippendorffAlpha(
        [
          [2, 2],
          [2, 2],
        ],
        'ordinal',
      ),
    ).toBeNaN();
  });
  it('is NaN when no unit has two values', () => {
    expect(
      krippendorffAlpha(
        [
          [1, null],
          [null, 3],
        ],
        'nominal',
      ),
    ).toBeNaN();
  });
  it('drops units with fewer than two values', () => {
    const withLonely = [
      [1, 2, 3, 4],
      [1, 3, 3, null],
    ];
    const without = [
      [1, 2, 3],
      [1, 3, 3],
    ];
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(withLonely, level)).toBeCloseTo(krippendorffAlpha(without, level), 12);
    }
  });
  it('interval α agrees with the pairwise definition on ragged missing data', () => {
    const data = [
      [0, 1, 4, null, 2, 3],
      [1, 1, 3, 2, null, 3],
      [0, 2, 4, 2, 2, null],
      [null, 1, 2, 4, 1, 4],
    ];
    expect(krippendorffAlpha(data, 'interval')).toBeCloseTo(naiveIntervalAlpha(data), 12);
  });
  it('is negative for systematic disagreement', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 4, 0, 4],
          [4, 0, 4, 0],
        ],
        'interval',
      ),
    ).toBeLessThan(0);
  });
});

describe('rwgJ', () => {
  it('matches the James et al. formula computed by hand', () => {
    // Item 1: 3,4,4 → s² = 1/3; item 2: 2,2,3 → s² = 1/3; s̄² = 1/3, σ²EU = 2 (5 points), ratio 1/6.
    // rwg(J) = 2·(5/6) / (2·(5/6) + 1/6) = (10/6) / (11/6) = 10/11.
    const rows = [
      [3, 2],
      [4, 2],
      [4, 3],
    ];
    expect(rwgJ(rows, 5)).toBeCloseTo(10 / 11, 12);
  });
  it('is 0 when the mean variance exceeds the uniform null', () => {
    expect(
      rwgJ(
        [
          [0, 0],
          [4, 4],
          [0, 4],
          [4, 0],
        ],
        5,
      ),
    ).toBe(0);
  });
});

describe('rwgFromFrequencies', () => {
  it('gives rwg of the sample the counts describe', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 60 }), (votes) => {
        expect(rwgFromFrequencies(frequencies(votes, 0, 4))).toBeCloseTo(rwg(votes, 5), 12);
      }),
    );
  });
  it('needs two values and valid counts', () => {
    expect(() => rwgFromFrequencies([0, 1, 0, 0, 0])).toThrow(RangeError);
    expect(() => rwgFromFrequencies([2, -1, 0, 0, 0])).toThrow(/negative/);
  });
});
