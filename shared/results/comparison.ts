import { markerFor, type MarkerKind } from '../charts/shapes';
import { TEAM_PALETTE } from '../model/palette';
import type { Team } from '../model/types';
import type { AgreementStatus, WorkshopResult } from '../scoring/types';

/**
 * Team and role comparison: two or more groups of participants, each scored on its own votes (see
 * subset.ts), side by side. Per question, each group's value (the median of its members' votes), its own
 * agreement, and the gap between the highest and the lowest value; the questions are ranked by that gap,
 * largest first, so the room sees where the groups differ most.
 */
export interface ComparedGroup {
  key: string;
  label: string;
  /** A palette colour, always shown with the label and the marker shape. */
  color: string;
  marker: MarkerKind;
  result: WorkshopResult;
}

export interface QuestionComparison {
  questionId: string;
  /** One per group, in the groups' order: the median of its members' votes; null when none voted. */
  values: (number | null)[];
  /** Each group's own agreement on the question. */
  statuses: AgreementStatus[];
  /** Each group's vote counts for 0..4 (all zero when it has no votes). */
  frequencies: number[][];
  /** Highest minus lowest value; null when fewer than two groups have a value. */
  gap: number | null;
  /**
   * Groups that each agree among themselves (consensus) yet sit a whole point or more apart: the groups'
   * keys, or empty. A disagreement between groups rather than within them.
   */
  agreeApart: string[];
}

export interface GroupComparison {
  groups: ComparedGroup[];
  /** Ranked by gap, largest first; questions without a gap last; ties keep the question order. */
  questions: QuestionComparison[];
}

const NO_VOTES = [0, 0, 0, 0, 0];

export function compareGroups(groups: readonly ComparedGroup[]): GroupComparison {
  const first = groups[0]?.result.questions ?? [];
  const rows = first.map((q, order) => {
    const entries = groups.map((g) => g.result.questions[order]);
    const values = entries.map((e) => e?.consensusValue ?? null);
    const statuses = entries.map((e) => e?.status ?? 'noVotes');
    const present = values.filter((v): v is number => v !== null);
    const gap = present.length >= 2 ? Math.max(...present) - Math.min(...present) : null;
    const agreeing = groups.flatMap((g, i) => (statuses[i] === 'consensus' && values[i] !== null ? [i] : []));
    const apart = new Set<string>();
    for (const i of agreeing) {
      for (const j of agreeing) {
        if (Math.abs((values[i] as number) - (values[j] as number)) >= 1) apart.add(groups[i]!.key);
      }
    }
    return {
      row: {
        questionId: q.questionId,
        values,
        statuses,
        frequencies: entries.map((e) => e?.statistics?.frequencies ?? NO_VOTES),
        gap,
        agreeApart: groups.filter((g) => apart.has(g.key)).map((g) => g.key),
      },
      order,
    };
  });
  rows.sort((a, b) => (b.row.gap ?? -1) - (a.row.gap ?? -1) || a.order - b.order);
  return { groups: [...groups], questions: rows.map((r) => r.row) };
}

/** Teams as compared series: their own colour, and a marker shape by their place in the team list. */
export function teamSeries(
  teams: readonly Team[],
): { key: string; label: string; color: string; marker: MarkerKind }[] {
  return [...teams]
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((t, i) => ({ key: t.id, label: t.name, color: t.color, marker: markerFor(i) }));
}

/** Roles (and other groups without a colour of their own): palette colours and markers by position. */
export function seriesStyle(index: number): { color: string; marker: MarkerKind } {
  return { color: TEAM_PALETTE[index % TEAM_PALETTE.length]!.hex, marker: markerFor(index) };
}
