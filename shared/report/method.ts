import { MAX_ROUNDS } from '../scoring/round-summary';
import type { ScoringRuleId } from '../scoring/rules';
import {
  alphaReading,
  explainAlpha,
  explainGridPoint,
  explainStages,
  explainTargetGap,
  questionRefs,
  ruleText,
} from '../results';
import type { ReportContext, ReportCoverage } from './context';
import type { ReportBlock, ReportSection } from './types';

/** Which rules a report explains: those behind figures the framework and question set produce. */
const RULES_BY_COVERAGE: { rule: ScoringRuleId; needs?: keyof ReportCoverage }[] = [
  { rule: 'votes' },
  { rule: 'round' },
  { rule: 'consensusValue' },
  { rule: 'status' },
  { rule: 'stability' },
  { rule: 'stageAttainment', needs: 'stages' },
  { rule: 'stageReached', needs: 'stages' },
  { rule: 'gridY', needs: 'stages' },
  { rule: 'gridX', needs: 'involvement' },
  { rule: 'enablers', needs: 'enablers' },
  { rule: 'responsibilityAreas', needs: 'areas' },
  { rule: 'archetypeMix', needs: 'archetypes' },
  { rule: 'teams' },
  { rule: 'participants' },
  { rule: 'alpha' },
  { rule: 'strengths' },
  { rule: 'gaps' },
  { rule: 'nextSteps', needs: 'stages' },
  { rule: 'targetGap', needs: 'stages' },
  { rule: 'teamComparison' },
  { rule: 'goals', needs: 'goals' },
];

/** How every figure was computed, with the thresholds this workshop used, and α with its reading. */
export function methodSection(ctx: ReportContext): ReportSection {
  const { t } = ctx;
  const th = ctx.settings.thresholds;
  const scale = ctx.framework.scale;
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('report.method.intro'), tone: 'lede' },
    { kind: 'heading', level: 3, text: t('report.method.scale') },
    {
      kind: 'facts',
      rows: [
        ...scale.labels.map((l) => ({ label: String(l.value), value: l.label })),
        { label: t('vote.dontKnowShort'), value: scale.dontKnowLabel },
        { label: t('vote.notApplicableShort'), value: scale.notApplicableLabel },
      ],
    },
    { kind: 'heading', level: 3, text: t('report.method.thresholds') },
    {
      kind: 'facts',
      rows: [
        { label: t('report.method.maxIqr'), value: ctx.num(th.maxIqr) },
        { label: t('report.method.minCns'), value: ctx.num(th.minCns) },
        { label: t('report.method.polarized'), value: ctx.num(th.polarizedBelowA) },
        ...(ctx.coverage.stages
          ? [{ label: t('report.method.stageThreshold'), value: ctx.pct(th.stageThreshold) }]
          : []),
        { label: t('report.method.stable'), value: ctx.pct(th.stableMaxChangedShare) },
        { label: t('report.method.maxRounds'), value: String(MAX_ROUNDS) },
      ],
    },
    { kind: 'heading', level: 3, text: t('report.method.statistics') },
    {
      kind: 'list',
      items: (['median', 'iqr', 'within', 'cns', 'a', 'rwg'] as const).map((k) => ({
        lead: t(`report.method.term.${k}`),
        text: t(`report.method.define.${k}`),
      })),
    },
    { kind: 'heading', level: 3, text: t('report.method.rules') },
    {
      kind: 'list',
      items: RULES_BY_COVERAGE.filter((r) => r.needs === undefined || ctx.coverage[r.needs]).map((r) => ({
        text: ruleText(r.rule, ctx.tr),
      })),
    },
    ...workingsBlocks(ctx),
    ...alphaBlocks(ctx),
  ];
  return { id: 'method', title: t('report.method.title'), blocks };
}

function alphaBlocks(ctx: ReportContext): ReportBlock[] {
  const { t } = ctx;
  const a = ctx.result.alpha;
  return [
    { kind: 'heading', level: 3, text: t('report.method.alpha') },
    {
      kind: 'facts',
      rows: [
        { label: t('report.method.alphaValue'), value: a.value === null ? '—' : ctx.num(a.value, 3) },
        { label: t('report.method.alphaUnits'), value: String(a.units) },
        { label: t('report.method.alphaValues'), value: String(a.pairableValues) },
        { label: t('report.method.alphaCoders'), value: String(a.coders) },
      ],
    },
    { kind: 'paragraph', text: alphaReading(ctx.result, ctx.tr).reading },
    { kind: 'paragraph', text: t('report.method.alphaMeaning'), tone: 'small' },
  ];
}

/**
 * This workshop's own workings, as the results screen explains them on demand: why each stage is or
 * is not reached, where the grid point comes from, the gap to the target and what α was computed from.
 */
function workingsBlocks(ctx: ReportContext): ReportBlock[] {
  const { result, tr } = ctx;
  const ref = questionRefs(result, tr);
  const lines: string[] = [];
  const g = result.group;
  if (ctx.coverage.stages) {
    lines.push(...explainStages(g, tr, ref).lines);
    if (g.gridPoint !== null) lines.push(...explainGridPoint(g.gridPoint, g, tr, ref).lines);
    if (result.targetGap !== null) lines.push(...explainTargetGap(result.targetGap, tr).lines);
  }
  lines.push(...explainAlpha(result.alpha, tr).lines);
  return [
    { kind: 'heading', level: 3, text: ctx.t('report.method.workings') },
    { kind: 'list', items: lines.map((text) => ({ text })) },
  ];
}
