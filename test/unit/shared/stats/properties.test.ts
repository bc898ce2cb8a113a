// Property-based checks of the statistics' ranges and invariances (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  agreementA,
  consensusCns,
  frequencies,
  geometricPool,
  krippendorffAlpha,
  linearPool,
  quantile,
  rwg,
} from '../../../../shared/stats';

const someVotes = fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 });
const counts = fc
  .array(fc.nat({ max: 50 }), { minLength: 3, maxLength: 9 })
  .filter((f) => f.some((c) => c > 0));
const ratingMatrix = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }))
  .chain(([coders, units]) =>
    fc.array(
      fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }), {
        minLength: units,
        maxLength: units,
      }),
      {
        minLength: coders,
        maxLength: coders,
      },
    ),
  );

describe('ranges', () => {
  it('Cns ∈ [0, 1]', () => {
    fc.assert(
      fc.property(counts, (f) => {
        const c = consensusCns(f);
        return c >= -1e-12 && c <= 1 + 1e-12;
      }),
    );
  });
  it('A ∈ [−1, 1]', () => {
    fc.assert(
      fc.property(counts, (f) => {
        const a = agreementA(f);
        return a >= -1 - 1e-12 && a <= 1 + 1e-12;
      }),
    );
  });
  it('α ≤ 1 at every level (or NaN when undefined)', () => {
    fc.assert(
      fc.property(
        ratingMatrix,
        fc.constantFrom('nominal', 'ordinal', 'interval', 'ratio' as const),
        (data, level) => {
          const alpha = krippendorffAlpha(data, level);
          return Number.isNaN(alpha) || alpha <= 1 + 1e-12;
        },
      ),
    );
  });
  it('rwg ∈ [0, 1]', () => {
    fc.assert(
      fc.property(
        someVotes.filter((v) => v.length >= 2),
        (v) => {
          const r = rwg(v, 5);
          return r >= 0 && r <= 1;
        },
      ),
    );
  });
  it('a type-7 quantile lies between the smallest and the largest value and grows with p', () => {
    fc.assert(
      fc.property(
        someVotes,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (v, p, q) => {
          const [lo, hi] = p <= q ? [p, q] : [q, p];
          const a = quantile(v, lo);
          return a >= Math.min(...v) && quantile(v, hi) <= Math.max(...v) && a <= quantile(v, hi) + 1e-12;
        },
      ),
    );
  });
});

describe('invariances', () => {
  it('Cns and A mirror: reversing the scale changes nothing', () => {
    fc.assert(
      fc.property(counts, (f) => {
        const r = [...f].reverse();
        return (
          Math.abs(consensusCns(f) - consensusCns(r)) < 1e-9 && Math.abs(agreementA(f) - agreementA(r)) < 1e-9
        );
      }),
    );
  });
  it('α does not depend on the order of coders', () => {
    fc.assert(
      fc.property(ratingMatrix, (data) => {
        const a = krippendorffAlpha(data, 'ordinal');
        const b = krippendorffAlpha([...data].reverse(), 'ordinal');
        return (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) < 1e-9;
      }),
    );
  });
  it('frequencies count every vote once', () => {
    fc.assert(fc.property(someVotes, (v) => frequencies(v, 0, 4).reduce((s, c) => s + c, 0) === v.length));
  });
});

describe('pooling', () => {
  const mix = fc
    .array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 })
    .map((raw) => raw.map((x) => x / raw.reduce((s, y) => s + y, 0)));
  it('pooled mixes sum to 1', () => {
    fc.assert(
      fc.property(fc.array(mix, { minLength: 1, maxLength: 6 }), (mixes) => {
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        return Math.abs(sum(linearPool(mixes)) - 1) < 1e-9 && Math.abs(sum(geometricPool(mixes)) - 1) < 1e-9;
      }),
    );
  });
  it('a single zero vetoes a category in the geometric pool only', () => {
    const mixes = [
      [0.5, 0.5],
      [1, 0],
    ];
    expect(geometricPool(mixes)[1]).toBe(0);
    expect(linearPool(mixes)[1]).toBeCloseTo(0.25, 12);
  });
  it('the geometric pool is NaN when every category is vetoed', () => {
    expect(
      geometricPool([
        [1, 0],
        [0, 1],
      ]).every(Number.isNaN),
    ).toBe(true);
  });
  it('weights are normalized', () => {
    expect(
      linearPool(
        [
          [1, 0],
          [0, 1],
        ],
        [3, 1],
      ),
    ).toEqual([0.75, 0.25]);
  });
});
