import { describe, expect, it } from 'vitest';
import { distributionGeometry } from '../../../shared/charts/distribution';
import { maturityGridGeometry } from '../../../shared/charts/maturity-grid';

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

describe('maturity grid geometry', () => {
  const names = ['Adoption', 'Legal Education', 'Community Education', 'Engagement', 'Leadership'];

  it('draws a staircase: each higher band starts further right, sits higher and runs to the right edge', () => {
    const g = maturityGridGeometry({
      width: 500,
      height: 250,
      stageNames: names,
      stageReached: 2,
      points: [],
    });
    for (let s = 1; s < 5; s++) {
      expect(g.bands[s]!.x).toBeGreaterThan(g.bands[s - 1]!.x);
      expect(g.bands[s]!.y).toBeLessThan(g.bands[s - 1]!.y);
      expect(g.bands[s]!.x + g.bands[s]!.width).toBeCloseTo(g.plot.x + g.plot.width);
    }
    expect(g.bands.filter((b) => b.reached).map((b) => b.stage)).toEqual([2]);
  });

  it('places a point inside the band of its stage and leaves out points without involvement', () => {
    const g = maturityGridGeometry({
      width: 500,
      height: 250,
      stageNames: names,
      stageReached: 1,
      points: [
        { id: 'g', label: 'Whole group', x: 0.5, y: 0.3, kind: 'group' },
        { id: 't', label: 'Legal', x: null, y: 0.5, kind: 'team' },
      ],
    });
    expect(g.points.map((p) => p.id)).toEqual(['g']);
    const band = g.bands[1]!;
    expect(g.points[0]!.cy).toBeGreaterThan(band.y);
    expect(g.points[0]!.cy).toBeLessThan(band.y + band.height);
  });

  it('shortens a band label to its number when the name does not fit', () => {
    const narrow = maturityGridGeometry({
      width: 200,
      height: 100,
      stageNames: names,
      stageReached: null,
      points: [],
    });
    expect(narrow.bands[4]!.label).toBe('4');
    const wide = maturityGridGeometry({
      width: 2000,
      height: 500,
      stageNames: names,
      stageReached: null,
      points: [],
    });
    expect(wide.bands[4]!.label).toBe('4 · Leadership');
  });

  it('places point labels clear of each other, of the band labels and of the markers', () => {
    // The crowded case from a real session: the group and two teams low on the grid, near a band label.
    const g = maturityGridGeometry({
      width: 420,
      height: 220,
      stageNames: names,
      stageReached: 1,
      points: [
        { id: 'a', label: 'Engineering', x: 0.25, y: 0.12, kind: 'team' },
        { id: 'b', label: 'Legal', x: 0.5, y: 0.12, kind: 'team' },
        { id: 'g', label: 'Whole group', x: 0.38, y: 0.37, kind: 'group' },
      ],
    });
    const box = (p: (typeof g.points)[number]) => {
      const width = p.label.length * 12 * 0.6;
      const x =
        p.anchor === 'start' ? p.labelX : p.anchor === 'end' ? p.labelX - width : p.labelX - width / 2;
      return { x, y: p.labelY - 12, width, height: 14 };
    };
    const hit = (a: ReturnType<typeof box>, b: ReturnType<typeof box>) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const labels = g.points.map(box);
    const bandLabels = g.bands.map((b) => ({
      x: b.labelX,
      y: b.labelY - 12,
      width: b.label.length * 7.2,
      height: 14,
    }));
    const markers = g.points.map((p) => ({ x: p.cx - 7, y: p.cy - 7, width: 14, height: 14 }));
    for (const [i, l] of labels.entries()) {
      for (const other of labels.slice(i + 1)) expect(hit(l, other)).toBe(false);
      for (const band of bandLabels) expect(hit(l, band)).toBe(false);
      for (const m of markers) expect(hit(l, m)).toBe(false);
      expect(l.x).toBeGreaterThanOrEqual(0);
      expect(l.x + l.width).toBeLessThanOrEqual(420);
    }
  });
});
