import type { jsPDF } from 'jspdf';
import {
  barChartGeometry,
  distributionChart,
  gapChartGeometry,
  maturityGridGeometry,
  stageLadderGeometry,
  type Chart,
  type Paint,
  type PaintRole,
  type Shape,
} from '../../../../shared/charts';
import type { ReportFigure } from '../../../../shared/report';
import type { TextEngine } from './text';
import type { TypeScale } from './theme';

/**
 * The chart roles in print: the light theme's colours (renderer/styles/charts.css; a test keeps the two
 * equal), so a chart in the PDF looks like the one on screen and its stage ramp reads in greyscale.
 */
export const PRINT_PAINTS: Record<PaintRole, string> = {
  ink: '#1b1f24',
  muted: '#4a5058',
  rule: '#c3c8cf',
  paper: '#ffffff',
  bar: '#4f6f94',
  barLight: '#c9d6e6',
  band0: '#eef3f9',
  band1: '#d3e0ef',
  band2: '#a9c1de',
  band3: '#2f5685',
  band4: '#17324f',
  onBand0: '#1b1f24',
  onBand1: '#1b1f24',
  onBand2: '#1b1f24',
  onBand3: '#ffffff',
  onBand4: '#ffffff',
};

const paint = (p: Paint) => (p.startsWith('#') ? p : PRINT_PAINTS[p as PaintRole]);

export interface DrawnChart {
  height: number;
  draw(x: number, y: number): void;
}

/**
 * Lays a figure out with its `shared/charts` geometry (the same as the screen's) at the width it gets on
 * the page, in the report's chart type size and measured with the embedded font, then draws its shapes.
 */
export function drawChart(
  doc: jsPDF,
  text: TextEngine,
  figure: ReportFigure,
  width: number,
  type: TypeScale,
): DrawnChart {
  const fontSize = type.chart.size;
  const measure = (t: string, size: number) => text.width(t, { size, weight: 'normal' });
  const sized = { width, fontSize, measure };
  const chart = ((): Chart => {
    switch (figure.kind) {
      case 'grid':
        return maturityGridGeometry({ ...figure.input, ...sized, height: width * figure.aspect });
      case 'ladder':
        return stageLadderGeometry({ ...figure.input, ...sized, height: width * figure.aspect });
      case 'bars':
        return barChartGeometry({ ...figure.input, ...sized });
      case 'gaps':
        return gapChartGeometry({ ...figure.input, ...sized });
      case 'distribution':
        return distributionChart(
          figure.frequencies,
          figure.median,
          { width, height: width * figure.aspect, fontSize },
          figure.medianLabel,
          figure.previous,
        );
    }
  })();
  // Stroke widths and dashes are drawn for 12 px text on screen: scale them with the type.
  const k = fontSize / 12;
  return { height: chart.height, draw: (x, y) => drawShapes(doc, text, chart.shapes, x, y, k) };
}

function drawShapes(
  doc: jsPDF,
  text: TextEngine,
  shapes: readonly Shape[],
  ox: number,
  oy: number,
  k: number,
) {
  for (const shape of shapes) {
    if (shape.kind === 'text') {
      const style = {
        size: shape.size,
        weight: shape.weight,
        color: paint(shape.fill),
        leading: shape.size * 1.2,
      };
      const align = shape.anchor === 'start' ? 'left' : shape.anchor === 'end' ? 'right' : 'center';
      text.draw(shape.text, ox + shape.x, oy + shape.y, style, align, { halo: shape.halo === true });
      continue;
    }
    const fill = 'fill' in shape && shape.fill !== undefined ? paint(shape.fill) : null;
    const stroke =
      shape.stroke !== undefined ? paint(shape.stroke) : shape.kind === 'line' ? paint('ink') : null;
    if (fill !== null) doc.setFillColor(fill);
    if (stroke !== null) {
      doc.setDrawColor(stroke);
      doc.setLineWidth((shape.strokeWidth ?? 1) * k);
      doc.setLineDashPattern(shape.dash ? shape.dash.map((d) => d * k) : [], 0);
    }
    const style = fill !== null && stroke !== null ? 'FD' : fill !== null ? 'F' : 'S';
    if (fill === null && stroke === null) continue;
    switch (shape.kind) {
      case 'rect':
        if (shape.width <= 0 || shape.height <= 0) break;
        if (shape.radius) {
          doc.roundedRect(
            ox + shape.x,
            oy + shape.y,
            shape.width,
            shape.height,
            shape.radius,
            shape.radius,
            style,
          );
        } else {
          doc.rect(ox + shape.x, oy + shape.y, shape.width, shape.height, style);
        }
        break;
      case 'line':
        doc.line(ox + shape.x1, oy + shape.y1, ox + shape.x2, oy + shape.y2);
        break;
      case 'circle':
        doc.circle(ox + shape.cx, oy + shape.cy, shape.r, style);
        break;
      case 'polygon': {
        const [first, ...rest] = shape.points;
        if (first === undefined) break;
        let [px, py] = first;
        const deltas = rest.map(([x, y]) => {
          const d: [number, number] = [x - px, y - py];
          [px, py] = [x, y];
          return d;
        });
        doc.lines(deltas, ox + first[0], oy + first[1], [1, 1], style, true);
        break;
      }
    }
    if (stroke !== null && shape.dash) doc.setLineDashPattern([], 0);
  }
}
