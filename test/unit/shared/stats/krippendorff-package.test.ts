// Interval α agrees with the `krippendorff` npm package on complete data (the package mis-sizes units
// when the first coder has missing answers, so only complete matrices are compared).
import fc from 'fast-check';
import { alpha as packageAlpha } from 'krippendorff';
import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../../shared/stats';

const complete = fc
  .tuple(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 2, max: 10 }))
  .chain(([coders, units]) =>
    fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: units, maxLength: units }), {
      minLength: coders,
      maxLength: coders,
    }),
  );

describe('interval α against the krippendorff package', () => {
  it('gives the same value to 1e-9 on complete data', () => {
    fc.assert(
      fc.property(complete, (data) => {
        const ours = krippendorffAlpha(data, 'interval');
        const theirs = packageAlpha(data, (a: number, b: number) => (a - b) ** 2);
        if (Number.isNaN(ours)) return !Number.isFinite(theirs);
        return Math.abs(ours - theirs) < 1e-9;
      }),
    );
  });

  it('gives the same nominal value as the package default metric', () => {
    fc.assert(
      fc.property(complete, (data) => {
        const ours = krippendorffAlpha(data, 'nominal');
        const theirs = packageAlpha(data);
        return Number.isNaN(ours) ? !Number.isFinite(theirs) : Math.abs(ours - theirs) < 1e-9;
      }),
    );
  });

  it('matches on a fixed example too', () => {
    const data = [
      [0, 1, 2, 3, 4, 2],
      [0, 2, 2, 3, 3, 2],
      [1, 1, 2, 4, 4, 1],
    ];
    expect(krippendorffAlpha(data, 'interval')).toBeCloseTo(
      packageAlpha(data, (a, b) => (a - b) ** 2),
      9,
    );
  });
});
