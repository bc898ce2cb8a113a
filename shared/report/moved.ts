import { compareOverTime, questionRefs } from '../results';
import type { ReportContext } from './context';
import type { ReportBlock } from './types';

/** How many questions "what moved" names on the summary page. */
export const MOVES_LISTED = 3;

/**
 * What moved since the earlier workshop the facilitator chose (shared/results' compareOverTime, as the
 * results screen shows it): the stage, the grid point, the questions that moved most, and the questions
 * asked only once. Nothing when no earlier workshop was chosen.
 */
export function movedBlocks(ctx: ReportContext): ReportBlock[] {
  const earlier = ctx.input.earlier;
  if (earlier === null || ctx.earlierResult === null) return [];
  const { t, tr } = ctx;
  const moves = compareOverTime(ctx.earlierResult, ctx.result);
  const rows: { label: string; value: string }[] = [];
  const arrow = (before: number | null, after: number | null, format: (v: number) => string) =>
    t('report.moved.arrow', {
      before: before === null ? '—' : format(before),
      after: after === null ? '—' : format(after),
    });
  if (moves.stage) {
    rows.push({
      label: t('report.moved.stage'),
      value: arrow(moves.stage.before, moves.stage.after, String),
    });
  }
  if (moves.grid) {
    rows.push({
      label: t('report.moved.grid'),
      value: t('report.moved.gridValue', {
        x: arrow(moves.grid.x.before, moves.grid.x.after, (v) => ctx.num(v)),
        y: arrow(moves.grid.y.before, moves.grid.y.after, (v) => ctx.num(v)),
      }),
    });
  }
  // One line for the questions that moved most: the appendix has each statement.
  const ref = questionRefs(ctx.result, tr);
  const top = moves.questions.filter((m) => (m.delta ?? 0) !== 0).slice(0, MOVES_LISTED);
  if (top.length > 0) {
    rows.push({
      label: t('report.moved.questions'),
      value: top.map((q) => `${ref(q.questionId)} ${arrow(q.before, q.after, ctx.value)}`).join(', '),
    });
  }
  if (moves.onlyBefore.length + moves.onlyAfter.length > 0) {
    rows.push({
      label: t('report.moved.onlyOnceLabel'),
      value: t('report.moved.onlyOnce', { before: moves.onlyBefore.length, after: moves.onlyAfter.length }),
    });
  }
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: 3,
      text: t('report.moved.title', {
        title: earlier.workshop.title,
        date: tr.formatDate(earlier.workshop.date, 'long'),
      }),
    },
  ];
  blocks.push(
    rows.length > 0
      ? { kind: 'facts', rows, compact: true }
      : { kind: 'paragraph', text: t('report.moved.nothing'), tone: 'muted' },
  );
  return blocks;
}
