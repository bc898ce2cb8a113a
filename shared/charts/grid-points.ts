import { dodge, EXTENT } from './grid-layout';
import type { GridChartBand, GridChartPoint, GridPointInput } from './maturity-grid';
import { marker, type Box, type Paint, type Shape } from './shapes';

/**
 * The points as marks, participants' dots first and the group's point last (on top). Markers that would
 * hide one another are set side by side (see `dodge`) and joined by a thin line.
 */
export function drawPoints(
  input: readonly GridPointInput[],
  shapes: Shape[],
  bands: readonly GridChartBand[],
  scale: {
    toX: (x: number) => number;
    toY: (y: number) => number;
    radius: (kind: GridPointInput['kind']) => number;
    plot: Box;
  },
): { points: GridChartPoint[]; marks: Box[]; lines: Box[] } {
  const { toX, toY, radius, plot } = scale;
  const order = { participant: 0, earlier: 1, team: 2, group: 3 } as const;
  const drawn = input
    .filter((p): p is GridPointInput & { x: number } => p.x !== null)
    .sort((a, b) => order[a.kind] - order[b.kind]);
  // The group's point first, then the earlier one, then the teams: the first ones keep their place.
  const big = drawn.filter((p) => p.kind !== 'participant').reverse();
  const centres = dodge(
    big.map((p) => ({ cx: toX(p.x), cy: toY(p.y), r: radius(p.kind) + (p.leftOfBand ? 4 : 0) })),
    plot.x,
    plot.x + plot.width,
  );
  // The lines back to the exact points: no label is written across one.
  const lines: Box[] = [];
  big.forEach((p, i) => {
    const at = centres[i] as { cx: number; cy: number };
    if (Math.abs(at.cx - toX(p.x)) < 0.5) return;
    lines.push({
      x: Math.min(at.cx, toX(p.x)),
      y: at.cy - 1.5,
      width: Math.abs(at.cx - toX(p.x)),
      height: 3,
    });
    shapes.push({
      kind: 'line',
      key: `dodge-${p.id}`,
      x1: toX(p.x),
      y1: at.cy,
      x2: at.cx,
      y2: at.cy,
      stroke: 'ink',
      strokeWidth: 1,
    });
  });
  const points: GridChartPoint[] = [];
  const marks: Box[] = [];
  for (const p of drawn) {
    const at = centres[big.indexOf(p)];
    const cx = at ? at.cx : toX(p.x);
    const cy = at ? at.cy : toY(p.y);
    const r = radius(p.kind);
    if (p.leftOfBand) {
      const start = bands[p.leftOfBand.stage]?.x ?? cx;
      shapes.push({
        kind: 'line',
        key: `flag-${p.id}`,
        x1: cx + r,
        y1: cy,
        x2: Math.max(start, cx + r),
        y2: cy,
        stroke: 'ink',
        strokeWidth: 1.5,
        dash: [3, 3],
      });
      shapes.push({
        kind: 'circle',
        key: `flag-ring-${p.id}`,
        cx,
        cy,
        r: r + 4,
        stroke: 'ink',
        strokeWidth: 1.5,
        dash: [3, 2],
      });
    }
    if (p.kind === 'participant' || p.kind === 'group') {
      const group = p.kind === 'group';
      shapes.push({
        kind: 'circle',
        key: `point-${p.id}`,
        cx,
        cy,
        r,
        fill: group ? 'ink' : ((p.color as Paint | undefined) ?? 'muted'),
        stroke: group ? 'paper' : 'ink',
        strokeWidth: group ? 2 : 0.75,
      });
    } else {
      const fill: Paint = p.kind === 'earlier' ? 'paper' : ((p.color as Paint | undefined) ?? 'bar');
      shapes.push(
        ...marker(`point-${p.id}`, p.marker ?? 'square', cx, cy, r, {
          fill,
          strokeWidth: p.kind === 'earlier' ? 2 : 1.5,
        }),
      );
    }
    const reach = (p.kind === 'participant' ? r : EXTENT * r) + (p.leftOfBand ? 4 : 0) + 1;
    marks.push({ x: cx - reach, y: cy - reach, width: 2 * reach, height: 2 * reach });
    points.push({
      id: p.id,
      label: p.label,
      kind: p.kind,
      cx,
      cy,
      flagged: Boolean(p.leftOfBand),
      labelBox: null,
    });
  }
  return { points, marks, lines };
}
