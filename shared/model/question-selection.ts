/**
 * The question set of a workshop: a preset of the framework or a hand-picked, ordered subset. Pure
 * helpers for the setup screen; the saved result is `settings.questionIds`.
 */
import type { Framework, FrameworkQuestion } from '../framework/schema';

export type QuestionSetChoice = 'full' | 'short' | 'custom';

/** What a group of questions informs, in the order the setup screen lists them. */
export type QuestionGroupKey =
  | { kind: 'stagePractice'; stage: number }
  | { kind: 'involvement' }
  | { kind: 'enabler' }
  | { kind: 'archetype' }
  | { kind: 'goal'; goal: string };

export interface QuestionGroup {
  key: QuestionGroupKey;
  questions: FrameworkQuestion[];
}

export function presetIds(framework: Framework, preset: 'full' | 'short'): string[] {
  const found = framework.presets.find((p) => p.id === preset);
  if (found) return [...found.questionIds];
  return preset === 'full' ? framework.questions.map((q) => q.id) : [];
}

/** Which choice the saved ids correspond to: a preset when they equal it exactly (same order). */
export function choiceOf(framework: Framework, questionIds: readonly string[]): QuestionSetChoice {
  const same = (ids: readonly string[]) =>
    ids.length === questionIds.length && ids.every((id, i) => id === questionIds[i]);
  if (same(presetIds(framework, 'full'))) return 'full';
  const short = presetIds(framework, 'short');
  if (short.length > 0 && same(short)) return 'short';
  return 'custom';
}

function groupId(key: QuestionGroupKey): string {
  if (key.kind === 'stagePractice') return `stage-${key.stage}`;
  return key.kind === 'goal' ? `goal-${key.goal}` : key.kind;
}

/** The group a question belongs to: what it informs (a stage, involvement, an enabler, an archetype, a goal). */
export function groupKeyOf(informs: FrameworkQuestion['informs']): QuestionGroupKey {
  switch (informs.kind) {
    case 'stagePractice':
      return { kind: 'stagePractice', stage: informs.stage };
    case 'goal':
      return { kind: 'goal', goal: informs.goal };
    default:
      return { kind: informs.kind };
  }
}

/**
 * Every question of the framework, grouped: stage 1…4 practices, involvement, enablers, archetypes,
 * then one group per goal in the framework's order (not the order of the question ids).
 */
export function groupQuestions(framework: Framework): QuestionGroup[] {
  const groups = new Map<string, QuestionGroup>();
  const keys: QuestionGroupKey[] = [
    ...[1, 2, 3, 4].map((stage) => ({ kind: 'stagePractice' as const, stage })),
    { kind: 'involvement' },
    { kind: 'enabler' },
    { kind: 'archetype' },
    ...framework.goals.map((g) => ({ kind: 'goal' as const, goal: g.id })),
  ];
  for (const key of keys) groups.set(groupId(key), { key, questions: [] });
  for (const q of framework.questions) groups.get(groupId(groupKeyOf(q.informs)))?.questions.push(q);
  return [...groups.values()].filter((g) => g.questions.length > 0);
}

/**
 * Selects or deselects a question. A newly selected question goes after the selected questions that
 * come before it in the framework, so a hand-picked set keeps the framework's order unless reordered.
 */
export function toggleQuestion(
  framework: Framework,
  questionIds: readonly string[],
  id: string,
  selected: boolean,
): string[] {
  const without = questionIds.filter((q) => q !== id);
  if (!selected) return without;
  const order = framework.questions.map((q) => q.id);
  const rank = order.indexOf(id);
  let insertAt = 0;
  without.forEach((q, i) => {
    const r = order.indexOf(q);
    if (r !== -1 && r < rank) insertAt = i + 1;
  });
  return [...without.slice(0, insertAt), id, ...without.slice(insertAt)];
}

/** Moves a question one place up (-1) or down (+1); unchanged at either end. */
export function moveQuestion(questionIds: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = questionIds.indexOf(id);
  const to = from + delta;
  if (from === -1 || to < 0 || to >= questionIds.length) return [...questionIds];
  const next = [...questionIds];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

export type QuestionSetProblem = { code: 'empty' } | { code: 'unknown'; ids: string[] };

export function validateQuestionSet(
  framework: Framework,
  questionIds: readonly string[],
): QuestionSetProblem[] {
  const known = new Set(framework.questions.map((q) => q.id));
  const unknown = questionIds.filter((id) => !known.has(id));
  const problems: QuestionSetProblem[] = [];
  if (questionIds.length === 0) problems.push({ code: 'empty' });
  if (unknown.length > 0) problems.push({ code: 'unknown', ids: unknown });
  return problems;
}

/** Questions in the saved set that the new set drops (their votes stay stored, hidden from results). */
export function removedQuestions(saved: readonly string[], next: readonly string[]): string[] {
  const keep = new Set(next);
  return saved.filter((id) => !keep.has(id));
}
