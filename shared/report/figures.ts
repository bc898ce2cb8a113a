import type { BarRowInput } from '../charts';
import { entryRows, gridInput, ladderStages, mixRows, thresholdLabel, type ComparedGroup } from '../results';
import type { ProfileEntry } from '../scoring/types';
import type { ReportContext } from './context';
import type { ReportBlock } from './types';

/**
 * The report's charts, as inputs of the `shared/charts` geometry the screens draw, each with its text
 * equivalent (the PDF is untagged, so the words beside a chart carry every figure it shows).
 */

/**
 * The maturity grid as the results screen draws it (shared/results): the stage reached outlined, the
 * target named, the whole group and, when asked, each team with its colour and marker shape. The
 * participants' dots are left out: the page is for the group and its teams.
 */
export function gridFigure(
  ctx: ReportContext,
  title: string,
  aspect: number,
  teams: readonly ComparedGroup[],
): ReportBlock {
  // With a comparison, the earlier workshop's point is drawn hollow with an arrow to today's.
  const before = ctx.earlierResult?.group.gridPoint ?? null;
  const earlierDate = ctx.input.earlier?.workshop.date ?? '';
  const {
    width: _w,
    height: _h,
    ...input
  } = gridInput({
    result: ctx.result,
    framework: ctx.framework,
    teams,
    teamPoint: (key) => teams.find((g) => g.key === key)?.result.group.gridPoint ?? null,
    groupLabel: ctx.t('report.grid.group'),
    targetStage: ctx.settings.targetStage,
    size: { width: 0, height: 0 },
    tr: ctx.tr,
    participants: false,
    earlier:
      before === null
        ? null
        : {
            label: ctx.t('report.grid.earlier', { date: ctx.tr.formatDate(earlierDate) }),
            x: before.x,
            y: before.y,
          },
  });
  return {
    kind: 'figure',
    figure: { kind: 'grid', title, aspect, input },
    description: gridDescription(ctx, teams),
  };
}

/** The chart in words: every point's coordinates, so the extracted text holds what the chart shows. */
export function gridDescription(
  ctx: ReportContext,
  teams: readonly ComparedGroup[],
  withEarlier = true,
): string {
  const { t } = ctx;
  const point = (p: { x: number | null; y: number }, stage: number) =>
    p.x === null
      ? t('report.grid.pointNoX', { y: ctx.num(p.y), stage })
      : t('report.grid.point', { x: ctx.num(p.x), y: ctx.num(p.y), stage });
  const g = ctx.result.group;
  if (g.gridPoint === null) return '';
  const stage = g.stageReached ?? 0;
  const parts = [t('report.grid.groupAt', { point: point(g.gridPoint, stage) })];
  if (g.gridPoint.leftOfBand) {
    parts.push(t('session.summary.leftOfBand', { stage, name: ctx.stageName(stage) }));
  }
  const before = ctx.earlierResult?.group.gridPoint ?? null;
  if (before !== null && withEarlier) {
    const date = ctx.tr.formatDate(ctx.input.earlier?.workshop.date ?? '');
    parts.push(
      t('report.grid.earlierAt', { date, point: point(before, ctx.earlierResult?.group.stageReached ?? 0) }),
    );
  }
  const list = teams.flatMap((tm) =>
    tm.result.group.gridPoint === null
      ? []
      : [`${tm.label} ${point(tm.result.group.gridPoint, tm.result.group.stageReached ?? 0)}`],
  );
  if (list.length > 0) parts.push(t('report.grid.teamsAt', { list: list.join('; ') }));
  return parts.join(' ');
}

/** Bars as words, one row after the other: the text equivalent of a bar chart. */
const barWords = (rows: readonly BarRowInput[]) =>
  `${rows.map((r) => `${r.label} ${r.valueLabel}`).join('; ')}.`;

/**
 * The archetype mix as the results draw it: a bar per archetype, largest first, with its min–max spread;
 * archetypes nobody rated yet named as such. `brief` keeps each name beside its bar (the summary's half
 * page).
 */
export function mixBlocks(ctx: ReportContext, brief = false): ReportBlock[] {
  const { t } = ctx;
  const mix = ctx.result.group.archetypeMix;
  const title = t('report.mix.title');
  const blocks: ReportBlock[] = [{ kind: 'heading', level: 3, text: title }];
  const full = mixRows(mix, ctx.framework, ctx.tr);
  // On the summary each bar carries its share only; the whiskers show the spread, and the profile
  // section gives it in words.
  const rows = brief
    ? full.map((r) => (r.value === null ? r : { ...r, valueLabel: ctx.pct(r.value) }))
    : full;
  if (mix === null || !rows.some((r) => (r.value ?? 0) > 0)) {
    blocks.push({ kind: 'paragraph', text: t('report.mix.none'), tone: 'muted' });
    return blocks;
  }
  const notAsked = mix.notAssessed.map((id) => ctx.archetypeName(id));
  const description = [
    barWords(rows),
    brief ? '' : t('report.mix.pooled', { count: mix.pooled }),
    notAsked.length > 0 ? t('report.mix.notAsked', { names: notAsked.join(', ') }) : '',
  ];
  blocks.push({
    kind: 'figure',
    figure: { kind: 'bars', title, input: { rows, ...(brief ? { labelShare: 0.62 } : {}) } },
    description: description.filter(Boolean).join(' '),
  });
  return blocks;
}

const PROFILE_TITLES = {
  enablers: 'report.enablers.title',
  areas: 'report.areas.title',
  goals: 'report.goals.title',
} as const;

export type ProfileKind = keyof typeof PROFILE_TITLES;

/** A profile (enablers, responsibility areas or goals) as the results draw it; "no value" where nothing was rated. */
export function profileBlocks(ctx: ReportContext, which: ProfileKind): ReportBlock[] {
  const { t, coverage } = ctx;
  if (!{ enablers: coverage.enablers, areas: coverage.areas, goals: coverage.goals }[which]) return [];
  const group = ctx.result.group;
  const entries: ProfileEntry[] = {
    enablers: group.enablers,
    areas: group.responsibilityAreas,
    goals: group.goals,
  }[which];
  if (entries.length === 0) return [];
  const name = { enablers: ctx.enablerName, areas: ctx.areaName, goals: ctx.goalName }[which];
  const rows = entryRows(entries, name, ctx.tr);
  const title = t(PROFILE_TITLES[which]);
  return [
    { kind: 'heading', level: 3, text: title },
    { kind: 'figure', figure: { kind: 'bars', title, input: { rows } }, description: barWords(rows) },
  ];
}

/** The stage ladder: attainment per stage against the threshold, reached ones outlined. */
export function ladderBlocks(ctx: ReportContext): ReportBlock[] {
  const threshold = ctx.settings.thresholds.stageThreshold;
  const stages = ladderStages(ctx.result.group, ctx.framework, ctx.tr);
  const label = thresholdLabel(threshold, ctx.tr);
  const title = ctx.t('report.ladder.title');
  return [
    { kind: 'heading', level: 3, text: title },
    {
      kind: 'figure',
      figure: { kind: 'ladder', title, aspect: 0.42, input: { stages, threshold, thresholdLabel: label } },
      description: `${stages.map((s) => `${s.name}: ${s.valueLabel}, ${s.status}`).join('; ')}. ${label}.`,
    },
  ];
}
