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
      labelX: x + 6,
      labelY: yTop + Math.min(18, height - 4),
      reached: input.stageReached === b.stage,
    };
  });
  // A point without involvement has no x: it is not placed on the grid (the text says why).
  const points = input.points
    .filter((p) => p.x !== null)
    .map((p) => {
      const cx = toX(p.x ?? 0);
      const cy = toY(p.y);
      const right = cx < plot.x + plot.width * 0.7;
      return {
        id: p.id,
        label: p.label,
        kind: p.kind,
        ...(p.color ? { color: p.color } : {}),
        cx,
        cy,
        labelX: right ? cx + 10 : cx - 10,
        labelY: cy + 4,
      };
    });
  return { width: input.width, height: input.height, plot, bands, points };
}

function fitLabel(stage: number, name: string, room: number, fontSize: number): string {
  const full = name ? `${stage} · ${name}` : String(stage);
  return textWidth(full, fontSize) <= room ? full : String(stage);
}
