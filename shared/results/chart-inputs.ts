import type { BarRowInput } from '../charts/bar-chart';
import type { GapChartInput } from '../charts/gap-chart';
import type { GridChartInput, GridPointInput } from '../charts/maturity-grid';
import type { LadderStageInput } from '../charts/stage-ladder';
import type { MarkerKind } from '../charts/shapes';
import type { Framework } from '../framework';
import { quantile } from '../stats/quantile';
import type { ArchetypeMix, GridPoint, ProfileEntry, ProfileResult, WorkshopResult } from '../scoring/types';
import type { GroupComparison } from './comparison';
import { decimal, percent, scaleValue, type Words } from './format';
import { stageName } from './summary';
import { archetypeName } from '../framework/names';

/**
 * The results in the shape each chart geometry takes, worded from the catalog: one mapping for the
 * screen and the report, so both draw the same chart from the same figures.
 */

/** Participants are drawn as dots up to this many (a workshop room is 4–30 people). */
export const MAX_PARTICIPANT_DOTS = 60;

export interface Series {
  key: string;
  label: string;
  color: string;
  marker: MarkerKind;
}

/**
 * The grid for one result: its group point (named `groupLabel`), each team's point, each participant's
 * as a dot, the middle half of the participants as the spread (from four participants placed), the
 * target stage, and the axes. Only for a framework with stages (`result.group.gridPoint` not null).
 */
export function gridInput(options: {
  result: WorkshopResult;
  framework: Framework;
  /** The teams to draw, in this order (the team list's, so each keeps its marker). */
  teams: readonly Series[];
  /**
   * Where a team's point comes from when the caller has scored the teams itself (the report's comparison:
   * its table and its grid read one list); else the engine's team profile, which gives the same point.
   */
  teamPoint?: (teamId: string) => GridPoint | null;
  groupLabel: string;
  targetStage: number | null;
  size: { width: number; height: number; fontSize?: number };
  tr: Words;
  /** Participants' dots: off on the projector and when the view is about teams only. */
  participants?: boolean;
  /** Over time: the earlier workshop's point, drawn hollow with an arrow to this one. */
  earlier?: { label: string; x: number | null; y: number } | null;
}): GridChartInput {
  const { result, framework, tr } = options;
  const group = result.group.gridPoint;
  const points: GridPointInput[] = [];
  const dots =
    options.participants === false
      ? []
      : result.participants.flatMap((p) => (p.profile.gridPoint ? [p.profile.gridPoint] : []));
  // Beyond a room's worth of people the dots become a texture that hides the teams' points; the spread
  // (the middle half of them) still says where they are.
  if (dots.length <= MAX_PARTICIPANT_DOTS) {
    for (const [i, point] of dots.entries()) {
      points.push({ id: `p${i}`, label: '', x: point.x, y: point.y, kind: 'participant' });
    }
  }
  for (const series of options.teams) {
    const team = result.teams.find((t) => t.teamId === series.key);
    if (!team || team.participantIds.length === 0) continue;
    const point = options.teamPoint ? options.teamPoint(series.key) : team.profile.gridPoint;
    if (!point) continue;
    points.push({
      id: team.teamId,
      label: series.label,
      x: point.x,
      y: point.y,
      kind: 'team',
      color: series.color,
      marker: series.marker,
      leftOfBand: point.leftOfBand ? { stage: point.stageReached } : null,
    });
  }
  const earlier = options.earlier ?? null;
  if (earlier)
    points.push({
      id: 'earlier',
      label: earlier.label,
      x: earlier.x,
      y: earlier.y,
      kind: 'earlier',
      marker: 'circle',
    });
  if (group) {
    points.push({
      id: 'group',
      label: options.groupLabel,
      x: group.x,
      y: group.y,
      kind: 'group',
      leftOfBand: group.leftOfBand ? { stage: group.stageReached } : null,
    });
  }
  const placed = dots.filter((d): d is typeof d & { x: number } => d.x !== null);
  const xs = quartiles(placed.map((d) => d.x));
  const ys = quartiles(placed.map((d) => d.y));
  const spread =
    placed.length >= 4
      ? { x0: xs[0], x1: xs[1], y0: ys[0], y1: ys[1], label: tr.t('results.grid.spread') }
      : null;
  const target = options.targetStage;
  const axes = framework.axes;
  return {
    ...options.size,
    stageNames: framework.stages.map((s) => s.name),
    stageReached: result.group.stageReached,
    target: target === null ? null : { stage: target, label: tr.t('results.grid.target') },
    spread,
    points,
    moves:
      earlier && earlier.x !== null && group && group.x !== null
        ? [{ key: 'group', from: { x: earlier.x, y: earlier.y }, to: { x: group.x, y: group.y } }]
        : [],
    axes: axes
      ? {
          x: tr.t('results.grid.axisX', { name: axes.involvement.name }),
          y: tr.t('results.grid.axisY', { name: axes.execution.name }),
          levels: axes.involvement.levels,
        }
      : null,
  };
}

const quartiles = (values: number[]): [number, number] =>
  values.length === 0 ? [0, 0] : [quantile(values, 0.25), quantile(values, 0.75)];

/** The ladder's stages in words: value, name and whether each is reached, not reached or not assessed. */
export function ladderStages(profile: ProfileResult, framework: Framework, tr: Words): LadderStageInput[] {
  return profile.attainment.map((a) => ({
    stage: a.stage,
    name: tr.t('results.ladder.name', { stage: a.stage, name: stageName(framework, a.stage) }),
    attainment: a.notAssessed ? null : a.attainment,
    notAssessed: a.notAssessed,
    reached: a.reached,
    valueLabel: a.notAssessed
      ? tr.t('results.ladder.notAssessed')
      : a.attainment === null
        ? tr.t('results.noValue')
        : percent(tr, a.attainment),
    status: tr.t(
      a.notAssessed
        ? 'results.ladder.notAssessed'
        : a.reached
          ? 'results.ladder.reached'
          : 'results.ladder.notReached',
    ),
  }));
}

export function thresholdLabel(threshold: number, tr: Words): string {
  return tr.t('results.ladder.threshold', {
    threshold: percent(tr, threshold),
    value: decimal(tr, threshold),
  });
}

/**
 * The mix as bars, largest share first, with the min–max spread as a whisker when more than one person
 * was pooled (the spread in numbers is in the mix's explanation). An archetype whose statements nobody
 * rated yet is "not rated yet", not 0 %.
 */
export function mixRows(mix: ArchetypeMix | null, framework: Framework, tr: Words): BarRowInput[] {
  if (mix === null) return [];
  const name = (id: string) => archetypeName(framework, id);
  const rated = (s: ArchetypeMix['shares'][number]) => s.contributions.some((c) => c.ratings.length > 0);
  return [...mix.shares]
    .sort((a, b) => Number(rated(b)) - Number(rated(a)) || b.share - a.share)
    .map((s) =>
      rated(s)
        ? {
            key: s.archetypeId,
            label: name(s.archetypeId),
            value: s.share,
            spread: mix.pooled > 1 ? { min: s.min, max: s.max } : null,
            valueLabel: percent(tr, s.share),
          }
        : {
            key: s.archetypeId,
            label: name(s.archetypeId),
            value: null,
            valueLabel: tr.t('results.mix.notRated'),
          },
    );
}

/** An enabler, area or goal profile as bars (mean / 4 as a percentage); "no value" where nothing was rated. */
export function entryRows(
  entries: readonly ProfileEntry[],
  nameOf: (id: string) => string,
  tr: Words,
): BarRowInput[] {
  return entries.map((e) => ({
    key: e.id,
    label: nameOf(e.id),
    value: e.value,
    valueLabel: e.value === null ? tr.t('results.noValue') : percent(tr, e.value),
  }));
}

export const PERCENT_TICKS = (tr: Words) =>
  [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, label: percent(tr, value) }));

/** The grid with one point per compared group (its colour, marker and name), and the target stage. */
export function comparisonGridInput(
  groups: readonly (Series & { result: WorkshopResult })[],
  framework: Framework,
  targetStage: number | null,
  tr: Words,
): Omit<GridChartInput, 'width' | 'height'> {
  const points: GridPointInput[] = groups.flatMap((g) => {
    const point = g.result.group.gridPoint;
    if (!point) return [];
    return [
      {
        id: g.key,
        label: g.label,
        x: point.x,
        y: point.y,
        kind: 'team' as const,
        color: g.color,
        marker: g.marker,
        leftOfBand: point.leftOfBand ? { stage: point.stageReached } : null,
      },
    ];
  });
  const axes = framework.axes;
  return {
    stageNames: framework.stages.map((s) => s.name),
    stageReached: null,
    target: targetStage === null ? null : { stage: targetStage, label: tr.t('results.grid.target') },
    points,
    axes: axes
      ? {
          x: tr.t('results.grid.axisX', { name: axes.involvement.name }),
          y: tr.t('results.grid.axisY', { name: axes.execution.name }),
          levels: axes.involvement.levels,
        }
      : null,
  };
}

/**
 * The per-question gap chart of a comparison: the first `limit` questions (ranked by gap), each labelled
 * "Q7 · statement" and with its gap in words.
 */
export function comparisonGapInput(
  comparison: GroupComparison,
  statementOf: (questionId: string) => string,
  ref: (questionId: string) => string,
  limit: number,
  tr: Words,
): Omit<GapChartInput, 'width'> {
  return {
    series: comparison.groups.map((g) => ({ key: g.key, label: g.label, color: g.color, marker: g.marker })),
    rows: comparison.questions.slice(0, limit).map((q) => ({
      key: q.questionId,
      label: tr.t('results.compare.rowLabel', {
        ref: ref(q.questionId),
        statement: statementOf(q.questionId),
      }),
      values: q.values,
      note:
        q.gap === null
          ? tr.t('results.compare.noGap')
          : tr.t('results.compare.gap', { gap: scaleValue(tr, q.gap) }),
    })),
  };
}
