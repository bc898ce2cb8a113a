import { describe, expect, it } from 'vitest';
import { distributionChart, distributionGeometry } from '../../../../shared/charts/distribution';

describe('distribution chart geometry', () => {
  it('scales bars to the largest count, marks the median and keeps labels off the bars', () => {
    const g = distributionGeometry([1, 0, 2, 5, 2], 3, {
      width: 500,
      height: 200,
      labelSpace: 40,
      plotTop: 30,
    });
    expect(g.bars.map((b) => b.count)).toEqual([1, 0, 2, 5, 2]);
    const tallest = g.bars[3]!;
    expect(tallest.y).toBe(30);
    expect(g.bars[1]!.height).toBe(0);
    expect(g.bars[2]!.height).toBeCloseTo(tallest.height * 0.4);
    expect(g.medianX).toBeCloseTo(tallest.x + tallest.width / 2);
    expect(g.medianLabelY).toBeGreaterThan(tallest.axisLabelY);
    for (const b of g.bars) expect(b.labelY).toBeLessThan(b.y);
  });

  it('draws the previous round on the same scale, so a re-vote shows how the votes moved', () => {
    const g = distributionGeometry(
      [0, 1, 4, 1, 0],
      2,
      { width: 500, height: 200, plotTop: 30 },
      [0, 6, 0, 0, 0],
    );
    // The earlier round's 6 sets the scale: its outline is the full height, today's 4 is two thirds.
    expect(g.bars[1]!.previous).toEqual({ count: 6, y: 30, height: g.baselineY - 30 });
    expect(g.bars[2]!.height).toBeCloseTo(((g.baselineY - 30) * 4) / 6);
    expect(g.bars[2]!.previous?.height).toBe(0);
    expect(distributionGeometry([1, 2], 1, { width: 100, height: 100 }).bars[0]!.previous).toBeNull();
  });

  it('puts a .5 median between two categories', () => {
    const g = distributionGeometry([0, 0, 1, 1, 0], 2.5, { width: 500, height: 200 });
    expect(g.medianX).toBeCloseTo((g.bars[2]!.x + g.bars[3]!.x) / 2 + g.bars[2]!.width / 2);
  });
});

describe('distribution chart shapes', () => {
  it('draws a bar, a count and a scale value per category and marks the median in words', () => {
    const chart = distributionChart([0, 2, 3, 1, 0], 2, { width: 300, height: 160 }, 'median 2');
    const texts = chart.shapes.filter((s) => s.kind === 'text').map((s) => s.text);
    expect(texts).toEqual(['0', '0', '2', '1', '3', '2', '1', '3', '0', '4', 'median 2']);
    expect(chart.shapes.filter((s) => s.kind === 'rect')).toHaveLength(5);
    expect(chart.shapes.some((s) => s.key === 'median-marker')).toBe(true);
  });

  it('has no median marker when nobody voted', () => {
    const chart = distributionChart([0, 0, 0, 0, 0], null, { width: 300, height: 160 }, '');
    expect(chart.shapes.some((s) => s.key.startsWith('median'))).toBe(false);
  });
});
