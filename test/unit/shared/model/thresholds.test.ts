import { describe, expect, it } from 'vitest';
import {
  parseDecimal,
  sameThresholds,
  thresholdsToDraft,
  validateThresholds,
} from '../../../../shared/model/thresholds';
import { DEFAULT_THRESHOLDS } from '../../../../shared/model/types';

describe('consensus thresholds', () => {
  it('round-trips the defaults from methods, showing the changed share as a percentage', () => {
    const draft = thresholdsToDraft(DEFAULT_THRESHOLDS);
    expect(draft).toEqual({
      maxIqr: '1',
      minCns: '0.7',
      polarizedBelowA: '0',
      stageThreshold: '0.6',
      stableMaxChangedShare: '15',
    });
    const { value, problems } = validateThresholds(draft);
    expect(problems).toEqual([]);
    expect(value).toEqual(DEFAULT_THRESHOLDS);
    expect(sameThresholds(value!, DEFAULT_THRESHOLDS)).toBe(true);
  });

  it('reads decimal commas, a typographic minus and a trailing percent sign', () => {
    expect(parseDecimal('0,75')).toBe(0.75);
    expect(parseDecimal(' .5 ')).toBe(0.5);
    expect(parseDecimal('−0.2')).toBe(-0.2);
    expect(parseDecimal('20 %')).toBe(20);
    expect(parseDecimal('1e3')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('1.2.3')).toBeNull();
  });

  it('reports every bad field with its range and returns no value', () => {
    const draft = {
      ...thresholdsToDraft(DEFAULT_THRESHOLDS),
      maxIqr: '5',
      minCns: 'lots',
      stageThreshold: '0',
      stableMaxChangedShare: '',
    };
    const { value, problems } = validateThresholds(draft);
    expect(value).toBeNull();
    expect(problems).toEqual([
      { field: 'maxIqr', code: 'outOfRange', min: 0, max: 4, minInclusive: true },
      { field: 'minCns', code: 'notANumber' },
      { field: 'stageThreshold', code: 'outOfRange', min: 0, max: 1, minInclusive: false },
      { field: 'stableMaxChangedShare', code: 'required' },
    ]);
  });

  it('accepts the edges of each range', () => {
    const { value } = validateThresholds({
      maxIqr: '0',
      minCns: '1',
      polarizedBelowA: '-1',
      stageThreshold: '1',
      stableMaxChangedShare: '100',
    });
    expect(value).toEqual({
      maxIqr: 0,
      minCns: 1,
      polarizedBelowA: -1,
      stageThreshold: 1,
      stableMaxChangedShare: 1,
    });
  });
});
