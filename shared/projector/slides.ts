import {
  barChartGeometry,
  distributionChart,
  gapChartGeometry,
  maturityGridGeometry,
  stageLadderGeometry,
  type Chart,
} from '../charts';
import type { Framework, FrameworkQuestion } from '../framework';
import type { Translator } from '../i18n';
import { informsLabel } from '../model/labels';
import { roomSeesVoters, shownName } from '../model/participant-name';
import type { Anonymity, Participant } from '../model/types';
import type { RoundSummary } from '../scoring/round-summary';
import type { WorkshopResult } from '../scoring/types';
import {
  comparisonGapInput,
  comparisonGridInput,
  entryRows,
  gridInput,
  ladderStages,
  mixRows,
  questionRefs,
  summarizeResults,
  thresholdLabel,
  type GroupComparison,
  type Series,
} from '../results';
import type { QuestionSlide, ResultsSlide } from './messages';

/**
 * The slides the projector shows, built in the facilitator's window. Sized for 1920 × 1080 and read from
 * the back of a room (ui.md): chart text at 26 px, above the 24 px floor.
 */
export const PROJECTOR_FONT = 26;
/** The main chart and the one beside it, in a 1920 px wide slide with its margins. */
const WIDE = { width: 1040, height: 620 };
const SIDE_WIDTH = 640;
const HALF = { width: 860, height: 560 };
/** Beyond this many groups compared, their stages run on in one paragraph. */
const MANY_GROUPS = 4;

type Words = Pick<Translator, 't' | 'formatNumber' | 'formatPercent'>;

export function questionSlide(input: {
  question: FrameworkQuestion;
  framework: Framework;
  position: number;
  total: number;
  round: number;
  /** The current round; undefined before anyone voted. */
  current: RoundSummary | undefined;
  revealed: boolean;
  voted: number;
  participants: readonly Participant[];
  anonymity: Anonymity;
  /** The facilitator's choice at the reveal to show who voted what (off by default). */
  whoVotedWhat: boolean;
  tr: Words;
}): QuestionSlide {
  const { question, tr, current } = input;
  const { t } = tr;
  const meta = [
    t('session.questionOf', { n: input.position, total: input.total }),
    informsLabel(question, input.framework, tr),
    t('session.round', { round: input.round }),
  ].join(' · ');
  const base = {
    kind: 'question' as const,
    meta,
    statement: question.statement,
    help: question.help,
    anchors: question.anchors,
  };
  if (!input.revealed) {
    return {
      ...base,
      hidden: { voted: t('session.voted', { voted: input.voted, total: input.participants.length }) },
      revealed: null,
    };
  }
  const stats = current?.statistics ?? null;
  const median = stats?.median ?? null;
  const format = (v: number) => tr.formatNumber(v, Number.isInteger(v) ? 0 : 1);
  const chart = distributionChart(
    stats?.frequencies ?? [0, 0, 0, 0, 0],
    median,
    { width: 1000, height: 460, fontSize: PROJECTOR_FONT + 4 },
    median === null ? '' : t('session.chart.median', { value: format(median) }),
  );
  const far = current?.farFromMedian ?? [];
  const byId = new Map(input.participants.map((p) => [p.id, p]));
  const farText =
    far.length === 0
      ? t('session.stats.nobodyFar')
      : roomSeesVoters(input.anonymity, input.whoVotedWhat)
        ? t('session.stats.far', {
            names: far
              .flatMap((id) => (byId.has(id) ? [shownName(byId.get(id)!, input.anonymity, tr)] : []))
              .join(', '),
          })
        : t('session.stats.farCount', { count: far.length });
  return {
    ...base,
    hidden: null,
    revealed: {
      chart,
      status: stats?.status ?? 'noVotes',
      statusLabel: t(`session.status.${stats?.status ?? 'noVotes'}`),
      figures: stats
        ? t('results.projector.figures', {
            median: format(stats.median),
            iqr: format(stats.iqr),
            count: stats.n,
          })
        : t('session.status.noVotes'),
      far: farText,
    },
  };
}

/** The overview of one result (the whole group, a team or a role): headline, grid, ladder and mix. */
export function overviewSlide(input: {
  result: WorkshopResult;
  framework: Framework;
  title: string;
  groupLabel: string;
  targetStage: number | null;
  teams: readonly Series[];
  tr: Words;
}): ResultsSlide {
  const { result, framework, tr } = input;
  const g = result.group;
  const summary = summarizeResults(result, framework, tr);
  const charts: { label: string; chart: Chart }[] = [];
  const fontSize = PROJECTOR_FONT;
  // Two charts at most, large enough for the back of the room: where the group stands (the grid, or the
  // ladder when the point has no involvement value) and what kind of OSPO it is (the mix), or its goals.
  if (result.measures.stages && g.gridPoint?.x != null) {
    const grid = gridInput({
      result,
      framework,
      teams: input.teams,
      groupLabel: input.groupLabel,
      targetStage: input.targetStage,
      size: WIDE,
      tr,
      participants: false,
    });
    charts.push({ label: tr.t('results.grid.title'), chart: maturityGridGeometry({ ...grid, fontSize }) });
  } else if (result.measures.stages) {
    const threshold = result.thresholds.stageThreshold;
    charts.push({
      label: tr.t('results.ladder.title'),
      chart: stageLadderGeometry({
        ...WIDE,
        stages: ladderStages(g, framework, tr),
        threshold,
        thresholdLabel: thresholdLabel(threshold, tr),
        fontSize,
      }),
    });
  }
  if (result.measures.archetypeMix && g.archetypeMix) {
    charts.push({
      label: tr.t('results.mix.title'),
      chart: barChartGeometry({ width: SIDE_WIDTH, rows: mixRows(g.archetypeMix, framework, tr), fontSize }),
    });
  }
  if (result.measures.goals && g.goals.some((e) => e.value !== null)) {
    const name = (id: string) => framework.goals.find((x) => x.id === id)?.name ?? id;
    charts.push({
      label: tr.t('results.goals.title'),
      chart: barChartGeometry({ width: SIDE_WIDTH, rows: entryRows(g.goals, name, tr), fontSize }),
    });
  }
  return {
    kind: 'results',
    title: input.title,
    lines: summary.headline.slice(0, 3),
    charts: charts.slice(0, 2),
  };
}

/** Teams or roles compared: each one's stage in words, their points on the grid, the largest gaps. */
export function comparisonSlide(input: {
  comparison: GroupComparison;
  framework: Framework;
  title: string;
  targetStage: number | null;
  tr: Words;
}): ResultsSlide {
  const { comparison, framework, tr } = input;
  const stageName = (s: number) => framework.stages.find((x) => x.stage === s)?.name ?? '';
  const stages = comparison.groups.map((g) =>
    g.result.group.stageReached === null
      ? g.label
      : tr.t('results.projector.groupStage', {
          name: g.label,
          stage: g.result.group.stageReached,
          stageName: stageName(g.result.group.stageReached),
        }),
  );
  // A line per group reads best for a few; more would push the charts off the screen, so they run on.
  const lines = stages.length <= MANY_GROUPS ? stages : [stages.join(' · ')];
  const charts: { label: string; chart: Chart }[] = [];
  if (comparison.groups[0]?.result.measures.stages) {
    const grid = comparisonGridInput(comparison.groups, framework, input.targetStage, tr);
    charts.push({
      label: tr.t('results.compare.gridTitle'),
      chart: maturityGridGeometry({ ...grid, ...HALF, fontSize: PROJECTOR_FONT }),
    });
  }
  const ref = questionRefs(comparison.groups[0]!.result, tr);
  // On the projector the rows are named by their reference alone: the statements are read from the laptop.
  // Up to six questions, as many as fit beside the grid: many groups on one value make tall rows.
  const width = charts.length > 0 ? HALF.width : WIDE.width;
  const gapChart = (limit: number) => {
    const gaps = comparisonGapInput(comparison, () => '', ref, limit, tr);
    return gapChartGeometry({
      ...gaps,
      rows: gaps.rows.map((r) => ({ ...r, label: ref(r.key) })),
      width,
      fontSize: PROJECTOR_FONT,
    });
  };
  let chart = gapChart(6);
  for (let limit = 5; limit >= 1 && chart.height > HALF.height; limit--) chart = gapChart(limit);
  charts.push({ label: tr.t('results.compare.gapsTitle'), chart });
  return { kind: 'results', title: input.title, lines, charts };
}
