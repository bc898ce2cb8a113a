import type { QuestionLine, ResultsSummary } from '../results';
import type { QuestionResult } from '../scoring/types';
import type { ReportContext } from './context';
import type { ListItem, ReportBlock } from './types';

/**
 * The summary's lists, from the results layer's choice of strengths, gaps, open questions and next
 * steps (shared/results, the same as the results screen); the report only sets them as lists.
 */

/** How many strengths, gaps and open questions the one-page summary names (the appendix has them all). */
export const SUMMARY_ITEMS = 3;

/** "Value 3 · Consensus", or "Agreed value 3 (computed 2) · Split" when the room overrode the median. */
export function valueDetail(ctx: ReportContext, q: QuestionResult): string {
  const status = ctx.statusWord(q.status);
  if (q.scoringValue === null) return status;
  if (q.overridden && q.agreedValue !== null) {
    return ctx.t('report.value.agreed', {
      value: ctx.value(q.agreedValue),
      computed: q.consensusValue === null ? '—' : ctx.value(q.consensusValue),
      status,
    });
  }
  return ctx.t('report.value.computed', { value: ctx.value(q.scoringValue), status });
}

const resultOf = (ctx: ReportContext, id: string) =>
  ctx.questions.find((q) => q.questionId === id) as QuestionResult;

function lineList(ctx: ReportContext, lines: readonly QuestionLine[], empty: string): ReportBlock {
  if (lines.length === 0) return { kind: 'paragraph', text: empty, tone: 'muted' };
  const items = lines.slice(0, SUMMARY_ITEMS).map((l): ListItem => ({
    lead: l.ref,
    text: l.statement,
    detail: valueDetail(ctx, resultOf(ctx, l.questionId)),
  }));
  return { kind: 'list', compact: true, items };
}

export function strengthsBlocks(ctx: ReportContext, summary: ResultsSummary): ReportBlock[] {
  return [
    { kind: 'heading', level: 3, text: ctx.t('report.summary.strengths') },
    lineList(ctx, summary.strengths, ctx.t('report.summary.noStrengths')),
  ];
}

export function gapsBlocks(ctx: ReportContext, summary: ResultsSummary): ReportBlock[] {
  return [
    { kind: 'heading', level: 3, text: ctx.t('report.summary.gaps') },
    lineList(ctx, summary.gaps, ctx.t('report.summary.noGaps')),
  ];
}

/** The checklist items of the next stage that scored lowest, with their score and questions. */
export function nextStepsBlocks(ctx: ReportContext, summary: ResultsSummary): ReportBlock[] {
  const { t } = ctx;
  const heading: ReportBlock = { kind: 'heading', level: 3, text: t('report.summary.nextSteps') };
  if (ctx.result.group.stageReached === 4) {
    return [heading, { kind: 'paragraph', text: t('report.summary.noNextStage'), tone: 'muted' }];
  }
  if (summary.nextSteps.length === 0) {
    return [heading, { kind: 'paragraph', text: t('report.summary.noChecklist'), tone: 'muted' }];
  }
  const items = summary.nextSteps.map((step): ListItem => ({
    lead: t('report.stage.short', { stage: step.stage }),
    text: step.text,
    detail:
      step.score === null
        ? t('report.summary.stepUnrated')
        : t('report.summary.stepScore', { score: step.score, questions: step.refs.join(', ') }),
  }));
  return [heading, { kind: 'list', items, ordered: true, compact: true }];
}

/** Polarized questions first (the room is divided), then split ones, each in question order. */
export function withoutConsensusBlocks(ctx: ReportContext, summary: ResultsSummary): ReportBlock[] {
  const { t } = ctx;
  const open = [...summary.withoutConsensus].sort(
    (a, b) => Number(b.status === 'polarized') - Number(a.status === 'polarized'),
  );
  const heading: ReportBlock = {
    kind: 'heading',
    level: 3,
    text: t('report.summary.withoutConsensus', { count: open.length }),
  };
  if (open.length === 0) {
    return [heading, { kind: 'paragraph', text: t('report.summary.allConsensus'), tone: 'muted' }];
  }
  const items = open.slice(0, SUMMARY_ITEMS).map((line): ListItem => {
    const q = line.result;
    const s = q.statistics;
    const figures =
      s === null
        ? ctx.statusWord(q.status)
        : t(line.status === 'polarized' ? 'report.summary.polarizedDetail' : 'report.summary.splitDetail', {
            status: ctx.statusWord(q.status),
            median: ctx.value(s.median),
            cns: ctx.num(s.cns),
            a: ctx.num(s.agreementA),
          });
    const agreed =
      q.overridden && q.agreedValue !== null
        ? ` · ${t('report.summary.agreedAnyway', { value: ctx.value(q.agreedValue) })}`
        : '';
    return { lead: line.ref, text: line.statement, detail: figures + agreed };
  });
  const blocks: ReportBlock[] = [heading, { kind: 'list', items, compact: true }];
  const rest = open.slice(SUMMARY_ITEMS);
  if (rest.length > 0) {
    blocks.push({
      kind: 'paragraph',
      tone: 'small',
      text: t('report.summary.moreOpen', { list: rest.map((l) => l.ref).join(', ') }),
    });
  }
  return blocks;
}
