// The grid in the crowded rooms a facilitator meets: seven or ten teams, thirty people, teams on the very
// same point, a point where a band starts, a team where a band's name would go. Every text (band names,
// the target, axis titles, point labels) must stay clear of every other text and of every mark, on the
// screen's sizes, the report's and the projector's.
import { describe, expect, it } from 'vitest';
import { maturityGridGeometry, type GridPointInput } from '../../../../shared/charts/maturity-grid';
import { markerFor, overlaps, type Box } from '../../../../shared/charts/shapes';
import { TEAM_PALETTE } from '../../../../shared/model/palette';
import { outOfBounds, overlapping } from './overlap';

const names = ['Adoption', 'Legal Education', 'Community Education', 'Engagement', 'Leadership'];
const TEAM_NAMES = [
  'Engineering',
  'Legal',
  'Security',
  'Leadership',
  'Product',
  'Communications',
  'HR & Learning',
  'Team 8',
  'Team 9',
  'Team 10',
];

const team = (i: number, x: number, y: number, extra: Partial<GridPointInput> = {}): GridPointInput => ({
  id: `t${i}`,
  label: TEAM_NAMES[i]!,
  x,
  y,
  kind: 'team',
  color: TEAM_PALETTE[i % TEAM_PALETTE.length]!.hex,
  marker: markerFor(i),
  ...extra,
});

const people = (n: number): GridPointInput[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    label: '',
    x: 0.2 + ((i * 7) % 30) / 100,
    y: 0.22 + ((i * 11) % 30) / 250,
    kind: 'participant',
  }));

const CASES: Record<string, GridPointInput[]> = {
  'seven teams bunched in stage 1, thirty people around them': [
    { id: 'g', label: 'Whole group', x: 0.31, y: 0.3, kind: 'group' },
    ...Array.from({ length: 7 }, (_, i) => team(i, 0.3 + (i % 3) * 0.02, 0.3 + Math.floor(i / 3) * 0.015)),
    ...people(30),
  ],
  // The report's 10-team workshop: three teams on one point, three on another, the group between.
  'ten teams, several on the very same point': [
    { id: 'g', label: 'Whole group', x: 0.5, y: 0.48, kind: 'group' },
    team(0, 0.25, 0.28),
    team(1, 0.25, 0.37),
    team(2, 0.25, 0.37),
    team(3, 0.5, 0.37),
    team(4, 0.5, 0.37),
    team(5, 0.5, 0.37),
    team(6, 0.56, 0.48),
    team(7, 0.5, 0.57),
    team(8, 0.5, 0.53),
    team(9, 0.5, 0.57),
  ],
  'teams where the bands start and where their names go': [
    { id: 'g', label: 'Whole group', x: 0.6, y: 0.7, kind: 'group' },
    team(0, 0.4, 0.5),
    team(1, 0.2, 0.3),
    // Top right of band 2, where its name is written when the corner is free: "2 ◆mmunity Education".
    team(2, 0.97, 0.585),
    team(3, 0.99, 0.38),
    team(4, 0.8, 0.95),
    team(5, 0.1, 0.5, { leftOfBand: { stage: 2 } }),
    team(6, 0.02, 0.18),
    ...people(30),
  ],
};

const SIZES = [
  { name: 'laptop', width: 640, height: 360, fontSize: 14 },
  { name: 'narrow', width: 480, height: 300, fontSize: 12 },
  { name: 'report summary', width: 277, height: 194, fontSize: 7.5 },
  { name: 'report teams page', width: 495, height: 272, fontSize: 7.5 },
  { name: 'projector', width: 1400, height: 700, fontSize: 26 },
];

/** Two boxes overlapping by more than half a unit (a hair of rounding is not an overlap). */
const clash = (a: Box, b: Box) =>
  overlaps(
    { x: a.x + 0.5, y: a.y + 0.5, width: a.width - 1, height: a.height - 1 },
    { x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1 },
  );

describe.each(Object.entries(CASES))('the grid with %s', (_, points) => {
  it.each(SIZES)('keeps every text clear of every other text and of every mark: $name', (size) => {
    const g = maturityGridGeometry({
      ...size,
      stageNames: names,
      stageReached: 1,
      target: { stage: 2, label: 'Target' },
      spread: { x0: 0.25, x1: 0.4, y0: 0.25, y1: 0.33, label: 'Middle half of the participants' },
      axes: {
        x: 'Involvement in open source →',
        y: '↑ Ability to execute',
        levels: ['Consumer', 'Participant', 'Contributor', 'Leader'],
      },
      points,
    });
    // Band names, the target's name, axis titles, levels, point labels: none on another.
    expect(overlapping(g.textBoxes)).toEqual([]);
    const texts = g.textBoxes;
    const onMarks = texts.flatMap((t, i) =>
      g.marks.flatMap((m, j) => (clash(t, m) ? [`text ${i} on the mark of ${g.points[j]!.id}`] : [])),
    );
    expect(onMarks).toEqual([]);
    // Nor across the line that joins a marker set aside to its exact point, nor the spread's outline.
    const joins = g.shapes.flatMap((x) =>
      x.kind === 'line' && x.key.startsWith('dodge-')
        ? [{ x: Math.min(x.x1, x.x2), y: x.y1 - 0.5, width: Math.abs(x.x2 - x.x1), height: 1 }]
        : x.kind === 'rect' && x.key === 'spread'
          ? [
              { x: x.x, y: x.y - 0.5, width: x.width, height: 1 },
              { x: x.x, y: x.y + x.height - 0.5, width: x.width, height: 1 },
              { x: x.x - 0.5, y: x.y, width: 1, height: x.height },
              { x: x.x + x.width - 0.5, y: x.y, width: 1, height: x.height },
            ]
          : [],
    );
    expect(texts.flatMap((t, i) => joins.filter((j) => clash(t, j)).map(() => `text ${i}`))).toEqual([]);
    // No marker hides another: teams on one point are set side by side.
    const big = g.marks.filter((_, i) => g.points[i]!.kind !== 'participant');
    expect(overlapping(big)).toEqual([]);
    // Each label is nearer its own marker than any other's, so it cannot be read as another team's
    // (a label far away, joined by a leader line, is the exception that says whose it is).
    const gap = (b: Box, x: number, y: number) =>
      Math.hypot(Math.max(b.x - x, 0, x - b.x - b.width), Math.max(b.y - y, 0, y - b.y - b.height));
    const leadered = new Set(g.shapes.filter((x) => x.key.endsWith('-leader')).map((x) => x.key));
    for (const p of g.points.filter((q) => q.labelBox && !leadered.has(`label-${q.id}-leader`))) {
      for (const other of g.points.filter((q) => q.kind !== 'participant' && q !== p)) {
        expect(gap(p.labelBox!, other.cx, other.cy), `${p.id} vs ${other.id}`).toBeGreaterThan(
          gap(p.labelBox!, p.cx, p.cy),
        );
      }
    }
    // Every band is named, every team and the group labelled, and the target named.
    for (let s = 0; s < 5; s++) expect(g.shapes.some((x) => x.key === `band-label-${s}`)).toBe(true);
    expect(g.points.filter((p) => p.kind !== 'participant').every((p) => p.labelBox !== null)).toBe(true);
    expect(g.shapes.some((x) => x.key === 'target-label')).toBe(true);
    expect(outOfBounds(g)).toEqual([]);
    // Each point stays in the band of its stage (the row of markers moves them sideways only).
    for (const p of g.points) {
      const input = points.find((q) => q.id === p.id)!;
      const band = g.bands[Math.min(4, Math.floor(input.y * 5))]!;
      expect(p.cy).toBeGreaterThanOrEqual(band.y);
      expect(p.cy).toBeLessThanOrEqual(band.y + band.height);
    }
  });
});
