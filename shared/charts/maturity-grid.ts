import { GRID_BANDS } from '../scoring/grid';

/**
 * Geometry of the maturity grid: the staircase of stage bands (each higher stage starts further
 * right on involvement and runs to the right edge), the consensus point and each team's point, with
 * direct labels. The screen draws it as SVG; the report draws the same shapes.
 */
export interface GridChartInput {
  width: number;
  height: number;
  /** Stage names, bottom (0) to top (4). */
  stageNames: readonly string[];
  stageReached: number | null;
  points: readonly {
    id: string;
    label: string;
    x: number | null;
    y: number;
    kind: 'group' | 'team' | 'participant';
    color?: string;
  }[];
}

export interface GridChartBand {
  stage: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** 0 (lightest) … 4 (darkest): one sequential ramp, so the staircase reads in greyscale too. */
  shade: number;
  /** "4 · Leadership", or just the stage number where the band is too narrow for the name. */
  label: string;
  /** The label ends at labelX (text-anchor end). */
  labelX: number;
  labelY: number;
  reached: boolean;
}

export interface GridChartPoint {
  id: string;
  label: string;
  kind: 'group' | 'team' | 'participant';
  color?: string;
  cx: number;
  cy: number;
  labelX: number;
  labelY: number;
  /** How the label text is anchored at (labelX, labelY). */
  anchor: 'start' | 'end' | 'middle';
}

export interface GridChartGeometry {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bands: GridChartBand[];
  points: GridChartPoint[];
}

/** Rough text width for label fitting (average glyph ≈ 0.6 em in the UI and report fonts). */
const textWidth = (text: string, fontSize: number) => text.length * fontSize * 0.6;

export function maturityGridGeometry(
  input: GridChartInput,
  options: { fontSize?: number; margin?: { left: number; right: number; top: number; bottom: number } } = {},
): GridChartGeometry {
  const margin = options.margin ?? { left: 8, right: 8, top: 8, bottom: 8 };
  const fontSize = options.fontSize ?? 12;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: input.width - margin.left - margin.right,
    height: input.height - margin.top - margin.bottom,
  };
  const toX = (x: number) => plot.x + x * plot.width;
  const toY = (y: number) => plot.y + (1 - y) * plot.height;
  const bands = GRID_BANDS.map((b) => {
    const x = toX(b.xStart);
    const yTop = toY(b.yEnd);
    const height = toY(b.yStart) - yTop;
    return {
      stage: b.stage,
      x,
      y: yTop,
      width: toX(b.xEnd) - x,
      height,
      shade: b.stage,
      label: fitLabel(b.stage, input.stageNames[b.stage] ?? '', toX(b.xEnd) - x - 12, fontSize),
      // Right-aligned at the band's end: points gather towards the start of a band (little involvement
      // beyond what the stage needs), so the names stay clear of them and line up in one column.
      labelX: toX(b.xEnd) - 6,
      labelY: yTop + Math.min(18, height - 4),
      reached: input.stageReached === b.stage,
    };
  });
  // A point without involvement has no x: it is not placed on the grid (the text says why).
  const placed = input.points.filter((p) => p.x !== null);
  // The group's label is placed first, then teams, then participants: the most important label gets the
  // best spot. Each label takes the first side (right, left, above, below) where it overlaps no band
  // label, no earlier point label and no marker, and stays inside the chart.
  const rank = { group: 0, team: 1, participant: 2 } as const;
  const taken: Box[] = bands.map((b) => ({
    x: b.labelX - textWidth(b.label, fontSize),
    y: b.labelY - fontSize,
    width: textWidth(b.label, fontSize),
    height: fontSize + 2,
  }));
  for (const p of placed) taken.push(markerBox(toX(p.x ?? 0), toY(p.y)));
  const labels = new Map<string, { labelX: number; labelY: number; anchor: 'start' | 'end' | 'middle' }>();
  for (const p of [...placed].sort((a, b) => rank[a.kind] - rank[b.kind])) {
    const cx = toX(p.x ?? 0);
    const cy = toY(p.y);
    const size = p.kind === 'group' ? fontSize + 1 : fontSize;
    const w = textWidth(p.label, size);
    const candidates = [
      {
        labelX: cx + 10,
        labelY: cy + size / 3,
        anchor: 'start' as const,
        box: { x: cx + 10, y: cy - size / 2 - 1, width: w, height: size + 2 },
      },
      {
        labelX: cx - 10,
        labelY: cy + size / 3,
        anchor: 'end' as const,
        box: { x: cx - 10 - w, y: cy - size / 2 - 1, width: w, height: size + 2 },
      },
      {
        labelX: cx,
        labelY: cy - 10,
        anchor: 'middle' as const,
        box: { x: cx - w / 2, y: cy - 10 - size, width: w, height: size + 2 },
      },
      {
        labelX: cx,
        labelY: cy + 10 + size,
        anchor: 'middle' as const,
        box: { x: cx - w / 2, y: cy + 10, width: w, height: size + 2 },
      },
    ];
    const inside = (b: Box) =>
      b.x >= 0 && b.y >= 0 && b.x + b.width <= input.width && b.y + b.height <= input.height;
    const free = (b: Box) => inside(b) && !taken.some((t) => overlaps(t, b));
    const choice =
      candidates.find((c) => free(c.box)) ?? candidates.find((c) => inside(c.box)) ?? candidates[0]!;
    taken.push(choice.box);
    labels.set(p.id, { labelX: choice.labelX, labelY: choice.labelY, anchor: choice.anchor });
  }
  const points = placed.map((p) => ({
    id: p.id,
    label: p.label,
    kind: p.kind,
    ...(p.color ? { color: p.color } : {}),
    cx: toX(p.x ?? 0),
    cy: toY(p.y),
    ...labels.get(p.id)!,
  }));
  return { width: input.width, height: input.height, plot, bands, points };
}

function fitLabel(stage: number, name: string, room: number, fontSize: number): string {
  const full = name ? `${stage} · ${name}` : String(stage);
  return textWidth(full, fontSize) <= room ? full : String(stage);
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The space a point's marker takes (a 7 px circle or a 10 px square, with a little air). */
const markerBox = (cx: number, cy: number): Box => ({ x: cx - 8, y: cy - 8, width: 16, height: 16 });
