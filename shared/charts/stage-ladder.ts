import { fitText, wrapText } from './labels';
import {
  estimateTextWidth,
  hatch,
  text,
  textBox,
  type Box,
  type Chart,
  type MeasureText,
  type Paint,
  type Shape,
} from './shapes';

/**
 * The stage ladder: one bar per practice stage (1–4) with its attainment (0–100 %), the threshold as a
 * dashed line (named in a key above the bars), and under each bar its name and, in words, whether it is reached. Bars use the grid's
 * stage ramp and the reached ones are outlined, as on the grid. A stage with no question in the set is
 * drawn as a hatched, dashed frame and said to be not assessed; a stage whose questions have no value
 * gets no bar, only its words — neither is drawn as a zero.
 */
export interface LadderStageInput {
  stage: number;
  /** Under the bar, e.g. "2 · Community Education" (shortened to fit). */
  name: string;
  attainment: number | null;
  notAssessed: boolean;
  reached: boolean;
  /** Above the bar: "68 %", or the words for no value / not assessed. */
  valueLabel: string;
  /** Under the name: "reached", "not reached", "not assessed". */
  status: string;
}

export interface LadderInput {
  width: number;
  height: number;
  stages: readonly LadderStageInput[];
  threshold: number;
  /** The key of the threshold line, e.g. "threshold 60 %". */
  thresholdLabel: string;
  fontSize?: number;
  measure?: MeasureText;
}

export interface LadderBar {
  stage: number;
  /** The bar; null when the stage has no value or is not assessed. */
  bar: Box | null;
  slot: Box;
}

export interface LadderGeometry extends Chart {
  plot: Box;
  thresholdY: number;
  bars: LadderBar[];
  textBoxes: Box[];
}

export function stageLadderGeometry(input: LadderInput): LadderGeometry {
  const fontSize = input.fontSize ?? 12;
  const measure = input.measure ?? estimateTextWidth;
  // Above the plot: the threshold's key, then room for a value label over a full bar. Below: two lines
  // of stage name and one of status.
  const plot = {
    x: 4,
    y: fontSize * 3.4,
    width: input.width - 8,
    height: input.height - fontSize * 3.4 - fontSize * 4.4,
  };
  const baseY = plot.y + plot.height;
  const toY = (v: number) => baseY - Math.min(1, Math.max(0, v)) * plot.height;
  const shapes: Shape[] = [];
  const textBoxes: Box[] = [];
  const addText = (shape: ReturnType<typeof text>) => {
    shapes.push(shape);
    textBoxes.push(textBox(shape, measure));
  };
  const count = Math.max(1, input.stages.length);
  const slotWidth = plot.width / count;
  const barWidth = Math.min(slotWidth * 0.62, fontSize * 7);

  shapes.push({
    kind: 'line',
    key: 'axis',
    x1: plot.x,
    y1: baseY,
    x2: plot.x + plot.width,
    y2: baseY,
    stroke: 'muted',
    strokeWidth: 1,
  });
  const bars: LadderBar[] = input.stages.map((s, i) => {
    const slot = { x: plot.x + i * slotWidth, y: plot.y, width: slotWidth, height: plot.height };
    const x = slot.x + (slotWidth - barWidth) / 2;
    const centre = slot.x + slotWidth / 2;
    let bar: Box | null = null;
    if (s.notAssessed) {
      const frame = { x, y: plot.y, width: barWidth, height: plot.height };
      shapes.push(...hatch(`hatch-${s.stage}`, frame, 8, 'rule'));
      shapes.push({
        kind: 'rect',
        key: `frame-${s.stage}`,
        ...frame,
        stroke: 'muted',
        strokeWidth: 1,
        dash: [4, 3],
      });
    } else if (s.attainment !== null) {
      const top = toY(s.attainment);
      bar = { x, y: top, width: barWidth, height: baseY - top };
      shapes.push({
        kind: 'rect',
        key: `bar-${s.stage}`,
        ...bar,
        fill: `band${Math.min(4, Math.max(0, s.stage))}` as Paint,
        stroke: 'ink',
        strokeWidth: s.reached ? 3 : 1,
      });
    }
    const valueY = s.notAssessed || bar === null ? baseY - fontSize * 0.5 : bar.y - fontSize * 0.45;
    addText(
      text(`value-${s.stage}`, s.valueLabel, centre, s.notAssessed ? plot.y + plot.height / 2 : valueY, {
        size: s.attainment === null ? fontSize - 1 : fontSize + 1,
        anchor: 'middle',
        weight: s.attainment === null ? 'normal' : 'bold',
        fill: s.attainment === null ? 'muted' : 'ink',
        halo: s.notAssessed,
      }),
    );
    wrapText(s.name, slotWidth - 6, fontSize, 2, measure).forEach((line, l) =>
      addText(
        text(`name-${s.stage}-${l}`, line, centre, baseY + fontSize * (1.3 + 1.2 * l), {
          size: fontSize,
          anchor: 'middle',
        }),
      ),
    );
    addText(
      text(
        `status-${s.stage}`,
        fitText(s.status, slotWidth - 6, fontSize, measure),
        centre,
        baseY + fontSize * 4,
        {
          size: fontSize,
          anchor: 'middle',
          weight: s.reached ? 'bold' : 'normal',
          fill: s.reached ? 'ink' : 'muted',
        },
      ),
    );
    return { stage: s.stage, bar, slot };
  });

  const thresholdY = toY(input.threshold);
  shapes.push({
    kind: 'line',
    key: 'threshold',
    x1: plot.x,
    y1: thresholdY,
    x2: plot.x + plot.width,
    y2: thresholdY,
    stroke: 'ink',
    strokeWidth: 1.5,
    dash: [6, 4],
  });
  // The key: a short dashed line and its words, top right, above any value label.
  const keyY = fontSize * 1.1;
  const key = text('threshold-label', input.thresholdLabel, input.width - 4, keyY, {
    size: fontSize - 1,
    anchor: 'end',
    fill: 'muted',
  });
  const keyStart = textBox(key, measure).x - 30;
  const lineY = keyY - fontSize * 0.3;
  shapes.push({
    kind: 'line',
    key: 'threshold-key',
    x1: keyStart,
    y1: lineY,
    x2: keyStart + 24,
    y2: lineY,
    stroke: 'ink',
    strokeWidth: 1.5,
    dash: [6, 4],
  });
  addText(key);
  return { width: input.width, height: input.height, shapes, plot, thresholdY, bars, textBoxes };
}
