import type { WorkshopSettings } from '../model/types';
import type { WorkshopResult } from '../scoring/types';

/**
 * Over time: an earlier workshop of the same organization and framework beside this one — what moved.
 * Questions are matched by id; a question asked in only one of the two is listed, never guessed.
 */
export interface Move {
  before: number | null;
  after: number | null;
  /** after − before; null unless both have a value. */
  delta: number | null;
}

export interface OverTime {
  /** null when the framework has no stages. */
  stage: Move | null;
  /** The grid point's involvement (x) and ability to execute (y); null without stages. */
  grid: { x: Move; y: Move } | null;
  /** Per archetype of either mix; null when the framework has no archetypes. */
  mix: (Move & { archetypeId: string })[] | null;
  /** Questions asked both times, largest move first (then in this workshop's order). */
  questions: (Move & { questionId: string })[];
  /** Asked only in the earlier workshop, or only in this one. */
  onlyBefore: string[];
  onlyAfter: string[];
  alpha: Move;
}

const move = (before: number | null, after: number | null): Move => ({
  before,
  after,
  delta: before === null || after === null ? null : after - before,
});

export function compareOverTime(before: WorkshopResult, after: WorkshopResult): OverTime {
  const stages = before.measures.stages && after.measures.stages;
  const b = before.group;
  const a = after.group;
  const grid =
    stages && b.gridPoint && a.gridPoint
      ? { x: move(b.gridPoint.x, a.gridPoint.x), y: move(b.gridPoint.y, a.gridPoint.y) }
      : null;

  let mix: OverTime['mix'] = null;
  if (before.measures.archetypeMix && after.measures.archetypeMix) {
    const ids = [...(a.archetypeMix?.shares ?? []), ...(b.archetypeMix?.shares ?? [])].map(
      (s) => s.archetypeId,
    );
    mix = [...new Set(ids)].map((archetypeId) => ({
      archetypeId,
      ...move(
        b.archetypeMix?.shares.find((s) => s.archetypeId === archetypeId)?.share ?? null,
        a.archetypeMix?.shares.find((s) => s.archetypeId === archetypeId)?.share ?? null,
      ),
    }));
  }

  const earlier = new Map(before.questions.map((q) => [q.questionId, q]));
  const later = new Set(after.questions.map((q) => q.questionId));
  const questions = after.questions
    .filter((q) => earlier.has(q.questionId))
    .map((q, order) => ({
      questionId: q.questionId,
      ...move(earlier.get(q.questionId)!.scoringValue, q.scoringValue),
      order,
    }))
    .sort((x, y) => Math.abs(y.delta ?? -1) - Math.abs(x.delta ?? -1) || x.order - y.order)
    .map(({ order: _order, ...rest }) => rest);

  return {
    stage: stages ? move(b.stageReached, a.stageReached) : null,
    grid,
    mix,
    questions,
    onlyBefore: before.questions.filter((q) => !later.has(q.questionId)).map((q) => q.questionId),
    onlyAfter: after.questions.filter((q) => !earlier.has(q.questionId)).map((q) => q.questionId),
    alpha: move(before.alpha.value, after.alpha.value),
  };
}

export interface WorkshopHeader {
  id: string;
  organization: string;
  date: string;
  title: string;
  settings: Pick<WorkshopSettings, 'frameworkId'>;
}

/**
 * The workshops this one can be compared with: the same organization (ignoring case and spaces at the
 * ends) and the same framework, held before it (or the same day), newest first.
 */
export function earlierWorkshops<W extends WorkshopHeader>(current: WorkshopHeader, all: readonly W[]): W[] {
  const org = (w: WorkshopHeader) => w.organization.trim().toLocaleLowerCase();
  return all
    .filter(
      (w) =>
        w.id !== current.id &&
        org(w) === org(current) &&
        org(w) !== '' &&
        w.settings.frameworkId === current.settings.frameworkId &&
        w.date <= current.date,
    )
    .sort((x, y) => (x.date < y.date ? 1 : x.date > y.date ? -1 : x.title.localeCompare(y.title)));
}
