import { describe, expect, it } from 'vitest';
import { maturityGridGeometry } from '../../../../shared/charts/maturity-grid';
import { textBox, estimateTextWidth } from '../../../../shared/charts/shapes';
import { badNumbers, overlapping } from './overlap';

const names = ['Adoption', 'Legal Education', 'Community Education', 'Engagement', 'Leadership'];
const base = { width: 640, height: 360, stageNames: names, stageReached: 2 };

describe('maturity grid geometry', () => {
  it('draws a staircase: each higher band starts further right, sits higher and runs to the right edge', () => {
    const g = maturityGridGeometry({ ...base, points: [] });
    for (let s = 1; s < 5; s++) {
      expect(g.bands[s]!.x).toBeGreaterThan(g.bands[s - 1]!.x);
      expect(g.bands[s]!.y).toBeLessThan(g.bands[s - 1]!.y);
      expect(g.bands[s]!.x + g.bands[s]!.width).toBeCloseTo(g.plot.x + g.plot.width);
    }
    expect(g.bands.filter((b) => b.reached).map((b) => b.stage)).toEqual([2]);
    // The stage reached is outlined, not recoloured: every band keeps its own shade of the ramp.
    expect(
      g.shapes
        .filter((s) => s.key.startsWith('band-') && s.kind === 'rect')
        .map((s) => 'fill' in s && s.fill),
    ).toEqual(['band0', 'band1', 'band2', 'band3', 'band4']);
    expect(g.shapes.find((s) => s.key === 'reached-2')).toMatchObject({ kind: 'rect', stroke: 'ink' });
  });

  it('draws a team at stage 2 in band 2', () => {
    // y = E / 5 with E = 2 + progress: stage 2 with 40 % progress towards stage 3.
    const g = maturityGridGeometry({
      ...base,
      points: [{ id: 'legal', label: 'Legal', x: 0.55, y: 2.4 / 5, kind: 'team', color: '#E69F00' }],
    });
    const point = g.points[0]!;
    const band = g.bands[2]!;
    expect(point.cy).toBeGreaterThan(band.y);
    expect(point.cy).toBeLessThan(band.y + band.height);
    expect(point.cx).toBeGreaterThan(band.x);
  });

  it('draws a point left of its band where it is, with a dashed line to the band and a ring', () => {
    const g = maturityGridGeometry({
      ...base,
      points: [
        { id: 'g', label: 'Whole group', x: 0.1, y: 2.3 / 5, kind: 'group', leftOfBand: { stage: 2 } },
      ],
    });
    const point = g.points[0]!;
    expect(point.flagged).toBe(true);
    expect(point.cx).toBeCloseTo(g.plot.x + 0.1 * g.plot.width);
    expect(point.cx).toBeLessThan(g.bands[2]!.x);
    const flag = g.shapes.find((s) => s.key === 'flag-g');
    expect(flag).toMatchObject({ kind: 'line', x2: g.bands[2]!.x, dash: [3, 3] });
    expect(g.shapes.some((s) => s.key === 'flag-ring-g')).toBe(true);
  });

  it('marks the target stage with a dashed outline and its name', () => {
    const g = maturityGridGeometry({ ...base, target: { stage: 3, label: 'Target' }, points: [] });
    expect(g.bands.filter((b) => b.target).map((b) => b.stage)).toEqual([3]);
    expect(g.shapes.find((s) => s.key === 'target-3')).toMatchObject({ kind: 'rect', dash: [6, 4] });
    expect(g.shapes.find((s) => s.key === 'target-label')).toMatchObject({ kind: 'text', text: 'Target' });
  });

  it('lists points without involvement instead of placing them, and handles an empty chart', () => {
    const g = maturityGridGeometry({
      ...base,
      stageReached: null,
      points: [
        { id: 'empty-team', label: 'Nobody here', x: null, y: 0, kind: 'team' },
        { id: 'g', label: 'Whole group', x: null, y: 0, kind: 'group' },
      ],
    });
    expect(g.points).toEqual([]);
    expect(g.unplaced).toEqual(['empty-team', 'g']);
    expect(badNumbers(g)).toEqual([]);
  });

  it('colours a label for the ground under it: white on a dark band, ink off the bands, a halo across an edge', () => {
    const g = maturityGridGeometry({
      ...base,
      points: [
        { id: 'top', label: 'Leaders', x: 0.9, y: 0.9, kind: 'team', color: '#E69F00' },
        { id: 'low', label: 'Newcomers', x: 0.05, y: 0.5, kind: 'team', color: '#56B4E9' },
      ],
    });
    const label = (id: string) => g.shapes.find((s) => s.key === `label-${id}`);
    expect(label('top')).toMatchObject({ fill: 'onBand4' });
    expect(label('top')).not.toHaveProperty('halo', true);
    expect(label('low')).toMatchObject({ fill: 'ink' });
    expect(label('low')).not.toHaveProperty('halo', true);
  });
});

describe('maturity grid over time', () => {
  it('draws the move as an arrow whose head shows beside the point it reaches, and no label across it', () => {
    const g = maturityGridGeometry({
      ...base,
      points: [
        { id: 'earlier', label: 'Mar 2, 2026', x: 0.25, y: 0.3, kind: 'earlier', marker: 'circle' },
        { id: 'group', label: 'Nov 20, 2026', x: 0.5, y: 0.3, kind: 'group' },
      ],
      moves: [{ key: 'group', from: { x: 0.25, y: 0.3 }, to: { x: 0.5, y: 0.3 } }],
    });
    const group = g.points.find((p) => p.id === 'group')!;
    const head = g.shapes.find((s) => s.key === 'move-group-head');
    expect(head?.kind).toBe('polygon');
    const tip = head?.kind === 'polygon' ? head.points[0]! : [0, 0];
    // The tip stops short of the group's marker (radius 7), so the head is not hidden under it.
    expect(group.cx - tip[0]!).toBeGreaterThanOrEqual(7);
    const shaft = g.shapes.find((s) => s.key === 'move-group-shaft');
    if (shaft?.kind !== 'line') throw new Error('no shaft');
    for (const p of g.points) {
      const box = p.labelBox!;
      const crosses =
        box.y < shaft.y1 && box.y + box.height > shaft.y1 && box.x < shaft.x2 && box.x + box.width > shaft.x1;
      expect(crosses, p.label).toBe(false);
    }
  });
});

describe('maturity grid band names', () => {
  it('names every band, on a chart as small as the live summary: a narrow band is named left of it', () => {
    const g = maturityGridGeometry({ ...base, width: 420, height: 240, points: [] });
    const labels = g.shapes.filter((s) => s.key.startsWith('band-label-'));
    expect(labels.map((s) => ('text' in s ? s.text : ''))).toEqual(names.map((n, i) => `${i} · ${n}`));
    const top = g.bands[4]!;
    expect(top.outside).toBe(true);
    const box = textBox(labels[4] as Parameters<typeof textBox>[0], estimateTextWidth);
    expect(box.x + box.width).toBeLessThanOrEqual(top.x);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(overlapping(g.textBoxes)).toEqual([]);
  });
});
