import { informsLabel } from '../model/labels';
import type { Vote } from '../model/types';
import { revealedVotes } from '../scoring/counted-votes';
import { summarizeQuestionRounds, type RoundSummary } from '../scoring/round-summary';
import type { QuestionResult, VoteStatistics } from '../scoring/types';
import type { ReportContext } from './context';
import { valueDetail } from './summary-items';
import type { ReportBlock, ReportSection } from './types';

/**
 * The full record behind the summary, one block per question in the workshop's order: what it informs,
 * the distribution of the round that counts, every agreement figure, the rounds, the agreed value with
 * its rationale, and the notes.
 */
export function questionsSection(ctx: ReportContext): ReportSection {
  const { t } = ctx;
  const stored = ctx.input.stored;
  const byQuestion = new Map<string, Vote[]>();
  for (const v of revealedVotes(stored.votes, stored.rounds)) {
    const list = byQuestion.get(v.questionId);
    if (list === undefined) byQuestion.set(v.questionId, [v]);
    else list.push(v);
  }
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: t('report.questions.intro'), tone: 'lede' }];
  for (const q of ctx.questions) {
    const rounds = summarizeQuestionRounds(
      q.questionId,
      byQuestion.get(q.questionId) ?? [],
      stored.participants,
      ctx.settings.thresholds,
    ).rounds;
    blocks.push({ kind: 'group', blocks: questionBlocks(ctx, q, rounds) });
  }
  return { id: 'questions', title: t('report.questions.title'), blocks };
}

function questionBlocks(ctx: ReportContext, q: QuestionResult, rounds: RoundSummary[]): ReportBlock[] {
  const { t } = ctx;
  const question = ctx.question(q.questionId);
  const blocks: ReportBlock[] = [
    {
      kind: 'heading',
      level: 3,
      text: t('report.question.heading', {
        label: ctx.questionLabel(q.questionId),
        statement: question?.statement ?? q.questionId,
      }),
      outline: true,
    },
    { kind: 'paragraph', text: informsText(ctx, q), tone: 'small' },
  ];
  const s = q.statistics;
  if (s === null || q.round === null) {
    blocks.push({ kind: 'paragraph', text: t('report.question.noVotes'), tone: 'muted' });
  } else {
    blocks.push({
      kind: 'columns',
      columns: [
        [distribution(ctx, q.round, s, rounds)],
        [{ kind: 'facts', rows: figures(ctx, q, s), compact: true }],
      ],
      widths: [0.48, 0.52],
    });
  }
  const history = roundsText(ctx, rounds);
  if (history !== null) blocks.push({ kind: 'paragraph', text: history, tone: 'small' });
  if (q.overridden && q.agreedValue !== null) {
    blocks.push({
      kind: 'paragraph',
      text: t('report.question.agreed', {
        agreed: ctx.value(q.agreedValue),
        computed: q.consensusValue === null ? '—' : ctx.value(q.consensusValue),
        rationale: ctx.redact(q.rationale),
      }),
    });
  }
  if (q.notes.trim() !== '') {
    blocks.push({ kind: 'paragraph', text: t('report.question.notes', { notes: ctx.redact(q.notes) }) });
  }
  return blocks;
}

function informsText(ctx: ReportContext, q: QuestionResult): string {
  const question = ctx.question(q.questionId);
  if (question === undefined) return '';
  const label = informsLabel(question, ctx.framework, ctx.tr);
  const informs = question.informs;
  if (informs.kind === 'stagePractice' && informs.checklistItem !== undefined) {
    const item = ctx.framework.checklistItems.find((c) => c.id === informs.checklistItem);
    if (item) return ctx.t('report.question.checklist', { label, item: item.text });
  }
  if (informs.kind === 'archetype') {
    return ctx.t('report.question.archetype', { label, name: ctx.archetypeName(informs.archetype) });
  }
  return label;
}

function distribution(
  ctx: ReportContext,
  round: number,
  s: VoteStatistics,
  rounds: RoundSummary[],
): ReportBlock {
  const { t } = ctx;
  const earlier = rounds.filter((r) => r.round < round && r.statistics !== null).at(-1);
  const counts = (f: readonly number[]) =>
    f.map((count, value) => t('session.chart.bar', { value, count })).join(', ');
  const parts = [t('report.distribution.votes', { round, list: counts(s.frequencies) })];
  if (earlier?.statistics) {
    parts.push(
      `${t('session.chart.previous', { round: earlier.round })}: ${counts(earlier.statistics.frequencies)}`,
    );
  }
  return {
    kind: 'figure',
    figure: {
      kind: 'distribution',
      aspect: 0.42,
      title: t('session.chart.title', { round }),
      frequencies: [...s.frequencies],
      median: s.median,
      previous: earlier?.statistics ? [...earlier.statistics.frequencies] : null,
      medianLabel: t('session.chart.median', { value: ctx.value(s.median) }),
    },
    description: parts.join('. '),
  };
}

function figures(ctx: ReportContext, q: QuestionResult, s: VoteStatistics) {
  const { t } = ctx;
  return [
    {
      label: t('report.question.votes'),
      value: t('report.question.votesValue', {
        n: s.n,
        dontKnow: q.dontKnowCount,
        notApplicable: q.notApplicableCount,
      }),
    },
    { label: t('session.stats.median'), value: ctx.value(s.median) },
    { label: t('session.stats.iqr'), value: ctx.num(s.iqr) },
    { label: t('session.stats.within'), value: ctx.pct(s.withinOneShare) },
    { label: t('session.stats.cns'), value: ctx.num(s.cns) },
    { label: t('session.stats.a'), value: ctx.num(s.agreementA) },
    { label: t('report.question.rwg'), value: s.rwg === null ? '—' : ctx.num(s.rwg) },
    { label: t('report.question.status'), value: ctx.statusWord(q.status) },
    { label: t('report.question.used'), value: valueDetail(ctx, q) },
  ];
}

/** Every round in one line each, with the stability of a re-vote; null for a single round. */
function roundsText(ctx: ReportContext, rounds: RoundSummary[]): string | null {
  const { t } = ctx;
  const voted = rounds.filter((r) => r.statistics !== null);
  if (voted.length < 2) return null;
  return voted
    .map((r) => {
      const s = r.statistics as VoteStatistics;
      const line = t('session.history.round', {
        round: r.round,
        median: ctx.value(s.median),
        status: ctx.statusWord(s.status),
      });
      const st = r.stability;
      if (st === null || st.changedShare === null) return line;
      const share = ctx.pct(st.changedShare);
      const move = st.stable
        ? t('session.history.stable', { share })
        : st.medianUnchanged
          ? t('session.history.churn', { median: ctx.value(s.median), share })
          : t('session.history.moved', {
              from: ctx.value(st.previousMedian),
              to: ctx.value(s.median),
              share,
            });
      return `${line}. ${move}`;
    })
    .join('. ');
}
