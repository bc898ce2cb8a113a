import { z } from '../zod';
import { PAINTS, type Chart } from '../charts/shapes';
import type { AgreementStatus } from '../scoring/types';

/**
 * What the facilitator's window sends to the projector, and back. The projector draws only what a slide
 * carries, already worded and laid out: it reads no votes and no names of its own, so it can show nothing
 * the facilitator's window did not decide to show. The same messages travel over a BroadcastChannel in
 * the browser and between the two windows of the desktop app.
 */
export interface QuestionSlide {
  kind: 'question';
  /** "Question 3 of 12 · Stage 2 practice · Round 2" */
  meta: string;
  statement: string;
  help: string;
  anchors: { zero: string; four: string };
  /** Before the reveal: "7 of 9 voted"; the votes themselves never travel before the reveal. */
  hidden: { voted: string } | null;
  revealed: {
    chart: Chart;
    status: AgreementStatus;
    statusLabel: string;
    /** "Median 3 · IQR 1 · 9 votes" */
    figures: string;
    /** Who sits far from the median: names only when the workshop and the facilitator allow it. */
    far: string;
  } | null;
}

export interface ResultsSlide {
  kind: 'results';
  title: string;
  lines: string[];
  charts: { label: string; chart: Chart }[];
}

export interface IdleSlide {
  kind: 'idle';
}

export type Slide = QuestionSlide | ResultsSlide | IdleSlide;

export type ProjectorMessage =
  | { type: 'slide'; workshopId: string; seq: number; slide: Slide }
  /** The projector opened (or reloaded) and asks for what to show. */
  | { type: 'hello'; workshopId: string };

const num = z.number().finite();
const paint = z.union([z.enum(PAINTS), z.string().regex(/^#[0-9a-fA-F]{6}$/)]);
const stroke = {
  stroke: paint.optional(),
  strokeWidth: num.optional(),
  dash: z.array(num).max(8).optional(),
};
const shape = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('rect'),
    key: z.string(),
    x: num,
    y: num,
    width: num,
    height: num,
    fill: paint.optional(),
    radius: num.optional(),
    ...stroke,
  }),
  z.object({ kind: z.literal('line'), key: z.string(), x1: num, y1: num, x2: num, y2: num, ...stroke }),
  z.object({
    kind: z.literal('circle'),
    key: z.string(),
    cx: num,
    cy: num,
    r: num,
    fill: paint.optional(),
    ...stroke,
  }),
  z.object({
    kind: z.literal('polygon'),
    key: z.string(),
    points: z.array(z.tuple([num, num])).max(64),
    fill: paint.optional(),
    ...stroke,
  }),
  z.object({
    kind: z.literal('text'),
    key: z.string(),
    text: z.string().max(500),
    x: num,
    y: num,
    size: num,
    anchor: z.enum(['start', 'middle', 'end']),
    weight: z.enum(['normal', 'bold']),
    fill: paint,
    halo: z.boolean().optional(),
  }),
]);
const chart = z.object({ width: num, height: num, shapes: z.array(shape).max(5000) });
const text = z.string().max(2000);
const status = z.enum(['consensus', 'split', 'polarized', 'undetermined', 'noVotes']);

const slide = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('question'),
    meta: text,
    statement: text,
    help: text,
    anchors: z.object({ zero: text, four: text }),
    hidden: z.object({ voted: text }).nullable(),
    revealed: z.object({ chart, status, statusLabel: text, figures: text, far: text }).nullable(),
  }),
  z.object({
    kind: z.literal('results'),
    title: text,
    lines: z.array(text).max(20),
    charts: z.array(z.object({ label: text, chart })).max(6),
  }),
  z.object({ kind: z.literal('idle') }),
]);

const message = z.discriminatedUnion('type', [
  z.object({ type: z.literal('slide'), workshopId: z.string(), seq: z.number().int(), slide }),
  z.object({ type: z.literal('hello'), workshopId: z.string() }),
]);

/** A message as received; anything malformed (another version of the app, a stray post) is null. */
export function parseProjectorMessage(data: unknown): ProjectorMessage | null {
  const parsed = message.safeParse(data);
  return parsed.success ? (parsed.data as ProjectorMessage) : null;
}

/** The channel both windows of one workshop talk on. */
export const projectorChannelName = (workshopId: string) => `ospo-projector:${workshopId}`;
