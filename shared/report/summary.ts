import { summarizeResults, type ResultsSummary } from '../results';
import type { ProfileResult } from '../scoring/types';
import type { ReportContext } from './context';
import { gridDescription, gridFigure, ladderBlocks, mixBlocks, profileBlocks } from './figures';
import { gapsBlocks, nextStepsBlocks, strengthsBlocks, withoutConsensusBlocks } from './summary-items';
import { reportTeams } from './teams';
import type { ReportBlock, ReportSection } from './types';

/**
 * The one page a CTO reads: where we are against the target, the grid and the mix, the top strengths
 * and gaps, what to do next, where the room did not agree, and how far to trust the numbers.
 */
export function summarySection(
  ctx: ReportContext,
  moved: ReportBlock[],
  shown: { teams: boolean; profile: boolean },
): ReportSection {
  const { t } = ctx;
  const summary = summarizeResults(ctx.result, ctx.framework, ctx.tr);
  const left = ctx.coverage.stages
    ? gridBlocks(ctx, shown.teams)
    : profileBlocks(ctx, ctx.coverage.goals ? 'goals' : 'areas');
  const right = ctx.coverage.archetypes ? mixBlocks(ctx, shown.profile) : profileBlocks(ctx, 'enablers');
  const blocks: ReportBlock[] = [headline(ctx, summary)];
  if (left.length > 0 || right.length > 0) {
    blocks.push({ kind: 'columns', columns: [left, right], widths: [0.56, 0.44] });
  }
  blocks.push({ kind: 'columns', columns: [strengthsBlocks(ctx, summary), gapsBlocks(ctx, summary)] });
  blocks.push({
    kind: 'columns',
    columns: [ctx.coverage.stages ? nextStepsBlocks(ctx, summary) : [], withoutConsensusBlocks(ctx, summary)],
  });
  blocks.push({ kind: 'heading', level: 3, text: t('report.summary.agreement') });
  // The results' own sentences: how many questions reached consensus (the headline's last), then α.
  const agreement = summary.headline.at(-1) ?? '';
  blocks.push({ kind: 'paragraph', text: `${agreement} ${summary.alpha.reading}` });
  blocks.push(...moved);
  return { id: 'summary', title: t('report.summary.title'), blocks, onePage: true };
}

/**
 * Where the group stands, in more detail than the summary has room for: the stage ladder, then every
 * profile the framework has (enablers, responsibility areas, goals). Null when there is none.
 */
export function profileSection(ctx: ReportContext): ReportSection | null {
  const blocks: ReportBlock[] = [
    ...(ctx.coverage.stages ? ladderBlocks(ctx) : []),
    ...(ctx.coverage.archetypes ? mixBlocks(ctx) : []),
    ...profileBlocks(ctx, 'goals'),
    ...profileBlocks(ctx, 'enablers'),
    ...profileBlocks(ctx, 'areas'),
  ];
  if (blocks.length === 0) return null;
  const intro: ReportBlock = { kind: 'paragraph', text: ctx.t('report.profile.intro'), tone: 'lede' };
  return { id: 'profile', title: ctx.t('report.profile.title'), blocks: [intro, ...blocks] };
}

function headline(ctx: ReportContext, summary: ResultsSummary): ReportBlock {
  const { t, result } = ctx;
  if (!ctx.coverage.stages) {
    return {
      kind: 'keyFigure',
      label: t('report.summary.consensusLabel'),
      value: t('report.summary.consensusValue', {
        consensus: summary.counts.consensus,
        total: summary.counts.questions,
      }),
    };
  }
  const g = result.group;
  const stage = g.stageReached ?? 0;
  // With a target, the results' sentence on it (met, or how many stages to go and where the next
  // stands); without one, how far the next stage is.
  const target = result.targetGap === null ? null : (summary.headline[1] ?? null);
  return {
    kind: 'keyFigure',
    label: t('report.summary.stageLabel'),
    value: t('report.stage.named', { stage, name: ctx.stageName(stage) }),
    note: target ?? nextStageNote(ctx, g, stage),
  };
}

/** How far the stage after the one reached is. */
function nextStageNote(ctx: ReportContext, g: ProfileResult, reached: number): string {
  const { t } = ctx;
  const next = g.attainment.find((a) => a.stage === reached + 1);
  if (next === undefined) return t('report.summary.topStage');
  if (next.notAssessed) return t('session.summary.notAssessed', { stage: next.stage, reached });
  return t('report.summary.nextStage', {
    stage: next.stage,
    value: next.attainment === null ? '—' : ctx.pct(next.attainment),
    threshold: ctx.pct(next.threshold),
  });
}

/**
 * On the summary's half-page grid, the teams are drawn up to this many: more would crowd the group's own
 * point; then the team comparison's full-width grid draws them all.
 */
export const SUMMARY_GRID_TEAMS = 5;

function gridBlocks(ctx: ReportContext, teamsSectionShown: boolean): ReportBlock[] {
  const title = ctx.t('report.grid.title');
  const teams = reportTeams(ctx);
  const drawn = !teamsSectionShown || teams.length <= SUMMARY_GRID_TEAMS ? teams : [];
  const grid = gridFigure(ctx, title, 0.7, drawn);
  // Each team's coordinates are in the team comparison's table; the summary names them in words only
  // when that section is left out, so the page stays one page. The move since an earlier workshop is
  // in words in "what moved", below.
  if (grid.kind === 'figure') {
    grid.description = [
      gridDescription(ctx, teamsSectionShown ? [] : drawn, false),
      drawn.length < teams.length ? ctx.t('report.grid.teamsElsewhere', { count: teams.length }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }
  return [{ kind: 'heading', level: 3, text: title }, grid];
}
