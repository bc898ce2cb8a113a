import { overlaps, type Box, type Chart } from '../../../../shared/charts/shapes';

/** Pairs of boxes that overlap (by more than a hair), as readable strings for a failing expectation. */
export function overlapping(boxes: readonly Box[]): string[] {
  const shrink = (b: Box) => ({ x: b.x + 0.5, y: b.y + 0.5, width: b.width - 1, height: b.height - 1 });
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (overlaps(shrink(a), shrink(b))) out.push(`${JSON.stringify(a)} × ${JSON.stringify(b)}`);
    }
  });
  return out;
}

/** Every shape within the chart's bounds (a text by its anchor point). */
export function outOfBounds(chart: Chart): string[] {
  const ok = (x: number, y: number) =>
    x >= -0.5 && y >= -0.5 && x <= chart.width + 0.5 && y <= chart.height + 0.5;
  return chart.shapes
    .filter((s) => {
      switch (s.kind) {
        case 'rect':
          return !ok(s.x, s.y) || !ok(s.x + s.width, s.y + s.height);
        case 'line':
          return !ok(s.x1, s.y1) || !ok(s.x2, s.y2);
        case 'circle':
          return !ok(s.cx, s.cy);
        case 'polygon':
          return s.points.some(([x, y]) => !ok(x, y));
        case 'text':
          return !ok(s.x, s.y);
      }
    })
    .map((s) => s.key);
}

/** No NaN or infinite coordinate anywhere: the renderers would draw garbage or throw. */
export function badNumbers(chart: Chart): string[] {
  return chart.shapes
    .filter((s) => Object.values(s).some((v) => typeof v === 'number' && !Number.isFinite(v)))
    .map((s) => s.key);
}
