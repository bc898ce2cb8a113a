import { describe, expect, it } from 'vitest';
import { stageLadderGeometry, type LadderStageInput } from '../../../../shared/charts/stage-ladder';
import { barChartGeometry } from '../../../../shared/charts/bar-chart';
import { gapChartGeometry } from '../../../../shared/charts/gap-chart';
import { markerFor } from '../../../../shared/charts/shapes';
import { TEAM_PALETTE } from '../../../../shared/model/palette';
import { badNumbers, outOfBounds, overlapping } from './overlap';

const stage = (
  s: number,
  attainment: number | null,
  extra: Partial<LadderStageInput> = {},
): LadderStageInput => ({
  stage: s,
  name: `${s} · Stage ${s}`,
  attainment,
  notAssessed: false,
  reached: false,
  valueLabel: attainment === null ? 'no value' : `${Math.round(attainment * 100)} %`,
  status: 'not reached',
  ...extra,
});

describe('stage ladder geometry', () => {
  it('draws each stage as high as its attainment, the threshold across, and outlines reached stages', () => {
    const g = stageLadderGeometry({
      width: 480,
      height: 260,
      threshold: 0.6,
      thresholdLabel: 'threshold 60 %',
      stages: [
        stage(1, 0.8, { reached: true }),
        stage(2, 0.6, { reached: true }),
        stage(3, 0.3),
        stage(4, 0),
      ],
    });
    const [one, two, three, four] = g.bars;
    expect(one!.bar!.height).toBeCloseTo(0.8 * g.plot.height);
    // 0.6 meets a 0.6 threshold: the bar's top is on the line.
    expect(two!.bar!.y).toBeCloseTo(g.thresholdY);
    expect(three!.bar!.y).toBeGreaterThan(g.thresholdY);
    expect(four!.bar!.height).toBe(0);
    expect(g.shapes.find((s) => s.key === 'bar-1')).toMatchObject({ strokeWidth: 3 });
    expect(g.shapes.find((s) => s.key === 'bar-3')).toMatchObject({ strokeWidth: 1 });
    expect(overlapping(g.textBoxes)).toEqual([]);
  });

  it('shows a stage not assessed as such and a stage without a value without a bar, never as zeros', () => {
    const g = stageLadderGeometry({
      width: 480,
      height: 260,
      threshold: 0.6,
      thresholdLabel: 'threshold 60 %',
      stages: [
        stage(1, 0.7, { reached: true }),
        stage(2, null),
        stage(3, null, { notAssessed: true, valueLabel: 'not assessed', status: 'not assessed' }),
        stage(4, null, { notAssessed: true, valueLabel: 'not assessed', status: 'not assessed' }),
      ],
    });
    expect(g.bars.map((b) => b.bar === null)).toEqual([false, true, true, true]);
    expect(g.shapes.some((s) => s.key === 'frame-3' && s.kind === 'rect' && s.dash)).toBe(true);
    expect(g.shapes.filter((s) => s.key.startsWith('hatch-4')).length).toBeGreaterThan(3);
    const words = g.shapes.flatMap((s) => (s.kind === 'text' ? [s.text] : []));
    expect(words.filter((w) => w === 'not assessed')).toHaveLength(4);
    expect(words).toContain('no value');
    expect(overlapping(g.textBoxes)).toEqual([]);
    expect(badNumbers(g)).toEqual([]);
  });
});

describe('bar chart geometry', () => {
  it('draws shares with their spread as a whisker and a row without a value in words only', () => {
    const g = barChartGeometry({
      width: 520,
      rows: [
        {
          key: 'a',
          label: 'Open Source First',
          value: 0.5,
          spread: { min: 0.2, max: 0.9 },
          valueLabel: '50 %',
        },
        { key: 'b', label: 'Software Company', value: 0, valueLabel: '0 %' },
        { key: 'c', label: 'Staff', value: null, valueLabel: 'no value' },
      ],
    });
    const [a, b, c] = g.rows;
    const span = g.scale.x1 - g.scale.x0;
    expect(a!.bar!.width).toBeCloseTo(span / 2);
    expect(a!.whisker!.x1).toBeCloseTo(g.scale.x0 + 0.2 * span);
    expect(a!.whisker!.x2).toBeCloseTo(g.scale.x0 + 0.9 * span);
    expect(b!.bar!.width).toBe(0);
    expect(c!.bar).toBeNull();
    expect(overlapping(g.textBoxes)).toEqual([]);
    expect(outOfBounds(g)).toEqual([]);
  });

  it('moves long labels above the bars on a narrow chart, and has no rows when there is nothing to show', () => {
    const narrow = barChartGeometry({
      width: 260,
      rows: [{ key: 'a', label: 'Cross-Industry Collaborative', value: 0.3, valueLabel: '30 %' }],
    });
    expect(narrow.labelsAbove).toBe(true);
    expect(overlapping(narrow.textBoxes)).toEqual([]);
    // Unless the caller gives the labels more room: then each row keeps its label beside its bar.
    const roomy = barChartGeometry({
      width: 260,
      labelShare: 0.8,
      rows: [{ key: 'a', label: 'Cross-Industry Collaborative', value: 0.3, valueLabel: '30 %' }],
    });
    expect(roomy.labelsAbove).toBe(false);
    expect(roomy.height).toBeLessThan(narrow.height);
    expect(overlapping(roomy.textBoxes)).toEqual([]);
    expect(outOfBounds(roomy)).toEqual([]);
    // A framework without archetypes: the mix has no rows; the chart is empty, not a row of zeros.
    const empty = barChartGeometry({ width: 400, rows: [] });
    expect(empty.rows).toEqual([]);
    expect(empty.shapes.filter((s) => s.kind === 'rect')).toEqual([]);
    expect(badNumbers(empty)).toEqual([]);
  });
});

describe('gap chart geometry', () => {
  const series = Array.from({ length: 7 }, (_, i) => ({
    key: `t${i}`,
    label: `Team number ${i + 1}`,
    color: TEAM_PALETTE[i]!.hex,
    marker: markerFor(i),
  }));

  it('puts each series on the 0–4 scale per row and joins the lowest and the highest', () => {
    const g = gapChartGeometry({
      width: 640,
      series: series.slice(0, 2),
      rows: [
        { key: 'q1', label: 'Inventory', values: [4, 1], note: 'gap 3' },
        { key: 'q2', label: 'Nobody in one team', values: [null, 2], note: 'one team only' },
      ],
    });
    const [q1, q2] = g.rows;
    const unit = (g.scale.x1 - g.scale.x0) / 4;
    expect(q1!.xs).toEqual([g.scale.x0 + 4 * unit, g.scale.x0 + unit]);
    expect(g.shapes.some((s) => s.key === 'range-q1')).toBe(true);
    expect(q2!.xs[0]).toBeNull();
    expect(g.shapes.some((s) => s.key === 'range-q2')).toBe(false);
  });

  it('keeps the key, the ticks, the labels and the notes apart with seven teams', () => {
    const g = gapChartGeometry({
      width: 640,
      series,
      rows: Array.from({ length: 12 }, (_, r) => ({
        key: `q${r}`,
        label: `Question ${r + 1}: a long statement that must be shortened to fit its column`,
        values: series.map((_, i) => (r + i) % 5),
        note: `gap ${r % 5}`,
      })),
    });
    expect(overlapping(g.textBoxes)).toEqual([]);
    expect(outOfBounds(g)).toEqual([]);
  });

  it('stacks ten teams on one value so that no marker hides another, inside the row', () => {
    const ten = Array.from({ length: 10 }, (_, i) => ({
      key: `t${i}`,
      label: `Team ${i + 1}`,
      color: TEAM_PALETTE[i % TEAM_PALETTE.length]!.hex,
      marker: markerFor(i),
    }));
    const g = gapChartGeometry({
      width: 640,
      series: ten,
      rows: [
        { key: 'q1', label: 'Six agree on 2', values: [2, 2, 2, 2, 2, 2, 3, 3, 0, 4], note: 'gap 4' },
        { key: 'q2', label: 'All on 1', values: Array.from({ length: 10 }, () => 1), note: 'gap 0' },
      ],
    });
    const box = (key: string) => {
      const s = g.shapes.find((x) => x.key === key)!;
      const pts =
        s.kind === 'circle'
          ? [
              [s.cx - s.r, s.cy - s.r],
              [s.cx + s.r, s.cy + s.r],
            ]
          : s.kind === 'polygon'
            ? s.points
            : [];
      const xs = pts.map((p) => p[0]!);
      const ys = pts.map((p) => p[1]!);
      return {
        x: Math.min(...xs),
        y: Math.min(...ys),
        width: Math.max(...xs) - Math.min(...xs),
        height: Math.max(...ys) - Math.min(...ys),
      };
    };
    for (const row of ['q1', 'q2']) {
      const markers = ten.map((t) => box(`point-${row}-${t.key}`));
      expect(overlapping(markers)).toEqual([]);
      const separators = g.shapes.filter((x) => x.kind === 'line' && x.key.startsWith('sep-'));
      const [top, bottom] = row === 'q1' ? [0, separators[0]!] : [separators[0]!, separators[1]!];
      const above = top === 0 ? 0 : (top as { y1: number }).y1;
      for (const m of markers) {
        expect(m.y).toBeGreaterThan(above);
        expect(m.y + m.height).toBeLessThan((bottom as { y1: number }).y1);
      }
    }
  });

  it('draws arrows from the earlier value to the current one for over time', () => {
    const g = gapChartGeometry({
      width: 640,
      arrows: true,
      series: [
        { key: 'then', label: 'March', color: '#000000', marker: 'circle', hollow: true },
        { key: 'now', label: 'November', color: '#000000', marker: 'circle' },
      ],
      rows: [
        { key: 'up', label: 'Moved up', values: [1, 3], note: '+2' },
        { key: 'same', label: 'Same', values: [2, 2], note: '±0' },
      ],
    });
    expect(g.shapes.some((s) => s.key === 'move-up-head')).toBe(true);
    // No arrow where nothing moved.
    expect(g.shapes.some((s) => s.key.startsWith('move-same'))).toBe(false);
  });
});
