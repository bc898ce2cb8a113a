import { roleLabel } from '../model/labels';
import {
  compareGroups,
  filterWorkshop,
  rolesPresent,
  seriesStyle,
  teamSeries,
  type ComparedGroup,
  type GroupComparison,
} from '../results';
import { scoreRevealed } from '../scoring/counted-votes';
import type { ReportContext } from './context';
import { gridFigure } from './figures';
import type { ReportBlock, ReportSection } from './types';

/** How many questions "where they differ most" lists. */
export const DIFFERENCES_LISTED = 10;

/**
 * Teams side by side (stage, grid point, top archetype), the grid with every team, and the questions
 * where they differ most; then the same for roles (the matrix of experts). Each group is scored on its
 * own members' votes by the results layer, as the results screen compares them. Only when there is
 * something to compare: two teams (or roles) with members.
 */
export function teamsSection(ctx: ReportContext): ReportSection | null {
  const { t } = ctx;
  const stored = ctx.input.stored;
  const teams = reportTeams(ctx);
  const roles = comparable(
    ctx,
    rolesPresent(stored.participants).map((role, i) => ({
      key: role,
      label: roleLabel(role, t),
      ...seriesStyle(i),
      result: scoreRevealed(filterWorkshop(stored, { kind: 'role', role }, ctx.result)),
    })),
  );
  if (teams.length < 2 && roles.length < 2) return null;
  const blocks: ReportBlock[] = [];
  if (teams.length >= 2) {
    blocks.push({ kind: 'paragraph', text: t('report.teams.intro'), tone: 'lede' });
    blocks.push(sideBySide(ctx, teams, 'report.teams.team'));
    if (ctx.coverage.stages) {
      const title = t('report.teams.gridTitle');
      blocks.push({
        kind: 'group',
        blocks: [{ kind: 'heading', level: 3, text: title }, gridFigure(ctx, title, 0.55, teams)],
      });
    }
    blocks.push(...differences(ctx, compareGroups(teams), 'report.teams.differTitle'));
  }
  if (roles.length >= 2) {
    blocks.push({ kind: 'heading', level: 2, text: t('report.roles.title'), outline: true });
    blocks.push({ kind: 'paragraph', text: t('report.roles.intro'), tone: 'lede' });
    blocks.push(sideBySide(ctx, roles, 'report.roles.role'));
    blocks.push(...differences(ctx, compareGroups(roles), 'report.roles.differTitle'));
  }
  if (ctx.anonymity === 'anonymous') {
    blocks.push({ kind: 'paragraph', text: t('report.teams.smallLeftOut'), tone: 'small' });
  }
  return { id: 'teams', title: t('report.teams.title'), blocks };
}

const scoredTeams = new WeakMap<ReportContext, ComparedGroup[]>();

/**
 * The report's teams, each scored on its own members' votes: one list, so the comparison's table, the
 * grids that draw the teams and the words beside them show the same teams at the same points. Teams
 * without members are left out, and in an anonymous report a team of one.
 */
export function reportTeams(ctx: ReportContext): ComparedGroup[] {
  let teams = scoredTeams.get(ctx);
  if (teams === undefined) {
    const stored = ctx.input.stored;
    teams = comparable(
      ctx,
      teamSeries(stored.teams).map((s) => ({
        ...s,
        result: scoreRevealed(filterWorkshop(stored, { kind: 'team', teamId: s.key }, ctx.result)),
      })),
    );
    scoredTeams.set(ctx, teams);
  }
  return teams;
}

/** Groups with members; in an anonymous report a group of one would show one person's votes, so it is left out. */
function comparable(ctx: ReportContext, groups: ComparedGroup[]): ComparedGroup[] {
  const min = ctx.anonymity === 'anonymous' ? 2 : 1;
  return groups.filter((g) => g.result.participants.length >= min);
}

function sideBySide(
  ctx: ReportContext,
  groups: readonly ComparedGroup[],
  nameHeader: 'report.teams.team' | 'report.roles.role',
): ReportBlock {
  const { t } = ctx;
  const columns = [
    { header: t(nameHeader), width: 0.24 },
    { header: t('report.teams.people'), width: 0.1, align: 'right' as const },
  ];
  if (ctx.coverage.stages) {
    columns.push(
      { header: t('report.teams.stage'), width: 0.1, align: 'right' },
      { header: t('report.teams.involvement'), width: 0.14, align: 'right' },
      { header: t('report.teams.execution'), width: 0.14, align: 'right' },
    );
  }
  if (ctx.coverage.archetypes) columns.push({ header: t('report.teams.topArchetype'), width: 0.28 });
  const scale = columns.reduce((s, c) => s + c.width, 0);
  const rows = groups.map((g) => {
    const p = g.result.group;
    const row = [g.label, String(g.result.participants.length)];
    if (ctx.coverage.stages) {
      const point = p.gridPoint;
      row.push(
        p.stageReached === null ? '—' : String(p.stageReached),
        point?.x == null ? '—' : ctx.num(point.x),
        point === null ? '—' : ctx.num(point.y),
      );
    }
    if (ctx.coverage.archetypes) {
      const top = [...(p.archetypeMix?.shares ?? [])].sort((a, b) => b.share - a.share)[0];
      row.push(top && top.share > 0 ? `${ctx.archetypeName(top.archetypeId)} ${ctx.pct(top.share)}` : '—');
    }
    return row;
  });
  return { kind: 'table', columns: columns.map((c) => ({ ...c, width: c.width / scale })), rows };
}

/**
 * The questions where the groups' values lie furthest apart, largest gap first: a dot plot with each
 * group's marker per question, then the same in a table with the statements, the highest and lowest.
 */
function differences(
  ctx: ReportContext,
  comparison: GroupComparison,
  titleKey: 'report.teams.differTitle' | 'report.roles.differTitle',
): ReportBlock[] {
  const { t } = ctx;
  const title = t(titleKey);
  const heading: ReportBlock = { kind: 'heading', level: 3, text: title };
  const ranked = comparison.questions.filter((q) => (q.gap ?? 0) > 0).slice(0, DIFFERENCES_LISTED);
  if (ranked.length === 0) {
    return [heading, { kind: 'paragraph', text: t('report.teams.noDifferences'), tone: 'muted' }];
  }
  const groups = comparison.groups;
  const extreme = (values: (number | null)[], pick: (a: number, b: number) => boolean) => {
    let best = -1;
    values.forEach((v, i) => {
      if (v !== null && (best < 0 || pick(v, values[best] as number))) best = i;
    });
    return best < 0 ? '—' : `${groups[best]?.label ?? ''} ${ctx.value(values[best] as number)}`;
  };
  const gapText = (gap: number) => t('report.teams.gapValue', { gap: ctx.value(gap) });
  return [
    heading,
    {
      kind: 'figure',
      figure: {
        kind: 'gaps',
        title,
        input: {
          series: groups.map((g) => ({ key: g.key, label: g.label, color: g.color, marker: g.marker })),
          rows: ranked.map((q) => ({
            key: q.questionId,
            label: ctx.questionLabel(q.questionId),
            values: q.values,
            note: gapText(q.gap as number),
          })),
        },
      },
      // Every group's value on every row, so the extracted text holds what the dots show.
      description: ranked
        .map((q) => {
          const values = q.values.map(
            (v, i) => `${groups[i]?.label ?? ''} ${v === null ? '—' : ctx.value(v)}`,
          );
          return `${ctx.questionLabel(q.questionId)}: ${values.join(', ')}`;
        })
        .join('; '),
    },
    {
      kind: 'table',
      columns: [
        { header: t('report.question.short'), width: 0.07 },
        { header: t('report.question.statement'), width: 0.51 },
        { header: t('report.teams.highest'), width: 0.16 },
        { header: t('report.teams.lowest'), width: 0.16 },
        { header: t('report.teams.gap'), width: 0.1, align: 'right' },
      ],
      rows: ranked.map((q) => [
        ctx.questionLabel(q.questionId),
        ctx.question(q.questionId)?.statement ?? q.questionId,
        extreme(q.values, (a, b) => a > b),
        extreme(q.values, (a, b) => a < b),
        ctx.value(q.gap as number),
      ]),
    },
  ];
}
