import { describe, expect, it } from 'vitest';
import {
  arrow,
  hatch,
  marker,
  markerFor,
  MARKERS,
  estimateTextWidth,
  type MarkerKind,
} from '../../../../shared/charts/shapes';
import { TEAM_PALETTE } from '../../../../shared/model/palette';
import { fitText, placeLabels, wrapText } from '../../../../shared/charts/labels';
import { overlapping } from './overlap';

describe('chart primitives', () => {
  it('gives every series marker a distinct shape inside its radius', () => {
    const outlines = MARKERS.map((kind) => marker(kind, kind, 50, 50, 6, { fill: 'ink' })[0]!);
    expect(
      new Set(
        outlines.map((m) => (m.kind === 'circle' ? 'circle' : m.points.length + ':' + m.points[0]!.join())),
      ),
    ).toHaveProperty('size', MARKERS.length);
    for (const m of outlines) {
      if (m.kind === 'polygon')
        for (const [x, y] of m.points) expect(Math.hypot(x - 50, y - 50)).toBeLessThanOrEqual(6 * 1.35);
    }
  });

  it('gives 24 series 24 different markers, so a ninth team never looks like the first', () => {
    const kinds = Array.from({ length: 24 }, (_, i) => markerFor(i));
    expect(new Set(kinds).size).toBe(24);
    // The palette has eight colours: the ninth team's colour is the first's, its marker is not.
    expect(TEAM_PALETTE[8 % TEAM_PALETTE.length]!.hex).toBe(TEAM_PALETTE[0]!.hex);
    // Drawn, the three fills of one shape differ in what a greyscale print keeps: the shapes and their fills.
    const drawn = ['circle', 'circle-open', 'circle-dot'].map((kind) =>
      JSON.stringify(
        marker('m', kind as MarkerKind, 10, 10, 6, { fill: '#E69F00' }).map((s) => [
          s.kind,
          s.fill,
          'r' in s ? s.r : 0,
        ]),
      ),
    );
    expect(new Set(drawn).size).toBe(3);
    // An open marker is an ink outline on paper with a small core in the series colour.
    expect(marker('m', 'star-open', 10, 10, 6, { fill: '#E69F00' })).toMatchObject([
      { kind: 'polygon', fill: 'paper', stroke: 'ink' },
      { kind: 'polygon', fill: '#E69F00' },
    ]);
  });

  it('hatches a box with lines that stay inside it', () => {
    const box = { x: 10, y: 20, width: 40, height: 100 };
    const lines = hatch('h', box, 8);
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines) {
      for (const [x, y] of [
        [l.x1, l.y1],
        [l.x2, l.y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(box.x - 1e-9);
        expect(x).toBeLessThanOrEqual(box.x + box.width + 1e-9);
        expect(y).toBeGreaterThanOrEqual(box.y - 1e-9);
        expect(y).toBeLessThanOrEqual(box.y + box.height + 1e-9);
      }
    }
  });

  it('draws an arrow with its head at the end, and nothing for no movement', () => {
    const [shaft, head] = arrow('a', [0, 0], [100, 0]);
    expect(shaft).toMatchObject({ kind: 'line', x1: 0 });
    expect(head).toMatchObject({ kind: 'polygon' });
    expect(head?.kind === 'polygon' && head.points[0]).toEqual([100, 0]);
    expect(arrow('b', [5, 5], [5, 5])).toEqual([]);
  });

  it('shortens and wraps text to a width', () => {
    expect(fitText('Short', 200, 12)).toBe('Short');
    const fitted = fitText('Cross-Industry Collaborative', 100, 12);
    expect(fitted.endsWith('…')).toBe(true);
    expect(estimateTextWidth(fitted, 12)).toBeLessThanOrEqual(100);
    expect(wrapText('2 · Community Education', 100, 12)).toEqual(['2 · Community', 'Education']);
    const lines = wrapText('one two three four five six seven eight nine ten', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
  });

  it('places labels clear of each other even when every mark sits on the same spot', () => {
    const requests = Array.from({ length: 10 }, (_, i) => ({
      key: `l${i}`,
      text: `Label ${i}`,
      size: 12,
      cx: 100,
      cy: 100,
      r: 6,
    }));
    const placed = placeLabels(requests, [], { x: 0, y: 0, width: 300, height: 200 });
    expect(placed.every((p) => !p.crowded)).toBe(true);
    expect(overlapping(placed.map((p) => p.box))).toEqual([]);
    // Those moved away from their mark are joined to it.
    expect(placed.slice(4).every((p) => p.leader !== null)).toBe(true);
  });
});
