// The worked examples M1–M7 of methods.md, with the tolerances given there.
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
  rwg,
} from '../../../../shared/stats';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';
import { voteStatistics } from '../../../../shared/scoring/vote-statistics';

const _ = null;

describe('M1 Krippendorff canonical data (4 coders × 12 units, missing values)', () => {
  const data = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
  ];
  it.each([
    ['nominal', 0.743421],
    ['ordinal', 0.815388],
    ['interval', 0.849107],
    ['ratio', 0.797403],
  ] as const)('%s α = %f', (level, expected) => {
    expect(Math.abs(krippendorffAlpha(data, level) - expected)).toBeLessThan(1e-6);
  });
});

describe('M2 seven-point distribution 30 40 210 130 530 50 10', () => {
  const f = [30, 40, 210, 130, 530, 50, 10];
  it('A = 0.6113333 (agrmt algorithm)', () => expect(Math.abs(agreementA(f) - 0.6113333)).toBeLessThan(1e-6));
  it('Cns = 0.7256876', () => expect(Math.abs(consensusCns(f) - 0.7256876)).toBeLessThan(1e-6));
});

describe('M3 votes {1,1,3,4} on a 4-point scale', () => {
  it('A = 0.083333 to 1e-5', () => {
    expect(Math.abs(agreementA(frequencies([1, 1, 3, 4], 1, 4)) - 0.083333)).toBeLessThan(1e-5);
  });
});

describe('M4 five-point reference distributions', () => {
  it.each([
    ['all in one category', [0, 0, 7, 0, 0], 1, 1],
    ['half on 1, half on 5', [4, 0, 0, 0, 4], 0, -1],
    ['uniform over 1..5', [3, 3, 3, 3, 3], 0.434, 0],
    ['half on 4, half on 5', [0, 0, 0, 6, 6], 0.8074, 0.75],
  ])('%s: Cns %f (to 1e-4), A %f (to 1e-6)', (_name, f, cns, a) => {
    expect(Math.abs(consensusCns(f) - cns)).toBeLessThan(1e-4);
    expect(Math.abs(agreementA(f) - a)).toBeLessThan(1e-6);
  });
  it('unanimity is exactly 1 for Cns', () => expect(consensusCns([0, 3, 0, 0, 0])).toBe(1));
});

describe('M5 {2,3,3,4,4,5,5}', () => {
  it('IQR (type 7) = 1.5', () => expect(iqr([2, 3, 3, 4, 4, 5, 5])).toBeCloseTo(1.5, 12));
});

describe('M6 a workshop question on 1..5: votes 2,3,4,4,4,4,5,3', () => {
  const votes = [2, 3, 4, 4, 4, 4, 5, 3];
  const f = frequencies(votes, 1, 5);
  it('median 4 and IQR 1', () => {
    expect(median(votes)).toBe(4);
    expect(iqr(votes)).toBe(1);
  });
  it('share within ±1 of the median 0.875, as the engine computes it', () => {
    // The engine's scale is 0–4; the counts of 1..5 are its counts of 0..4, and the share is shift-invariant.
    const s = voteStatistics(f, DEFAULT_THRESHOLDS)!;
    expect(s.median + 1).toBe(4);
    expect(Math.abs(s.withinOneShare - 0.875)).toBeLessThan(1e-6);
  });
  it('Cns 0.697743, A 0.5625, rwg 0.580357', () => {
    expect(Math.abs(consensusCns(f) - 0.697743)).toBeLessThan(1e-6);
    expect(Math.abs(agreementA(f) - 0.5625)).toBeLessThan(1e-6);
    expect(Math.abs(rwg(votes, 5) - 0.580357)).toBeLessThan(1e-6);
  });
});

describe('M7 pooling three archetype mixes', () => {
  const mixes = [
    [0.5, 0.3, 0.2, 0],
    [0.4, 0.4, 0.1, 0.1],
    [0.2, 0.2, 0.3, 0.3],
  ];
  it('linear pool (.366667, .3, .2, .133333)', () => {
    linearPool(mixes).forEach((p, i) => {
      expect(Math.abs(p - ([0.366667, 0.3, 0.2, 0.133333][i] as number))).toBeLessThan(1e-6);
    });
  });
  it('geometric pool (.4211, .3552, .2237, 0) to 1e-4', () => {
    geometricPool(mixes).forEach((p, i) => {
      expect(Math.abs(p - ([0.4211, 0.3552, 0.2237, 0][i] as number))).toBeLessThan(1e-4);
    });
  });
});
