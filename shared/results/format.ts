import type { Translator } from '../i18n';
import { SCORING_RULES, type ScoringRuleId } from '../scoring/rules';
import type { QuestionValue, WorkshopResult } from '../scoring/types';

/**
 * How the results word their numbers, the same on screen and in the report: attainments and shares as
 * decimals where a rule compares them ("0.68 ≥ 0.60"), percentages where a reader takes them in at a
 * glance ("68 %"), medians as "3" or "2.5".
 */
export type Words = Pick<Translator, 't' | 'formatNumber' | 'formatPercent'>;

export const decimal = (tr: Words, value: number) => tr.formatNumber(value, 2);
export const percent = (tr: Words, value: number) => tr.formatPercent(value);
export const scaleValue = (tr: Words, value: number) =>
  tr.formatNumber(value, Number.isInteger(value) ? 0 : 1);

/** A question's short reference, "Q7": its place in the workshop's question set. */
export type QuestionRef = (questionId: string) => string;

export function questionRefs(result: Pick<WorkshopResult, 'questions'>, tr: Words): QuestionRef {
  const position = new Map(result.questions.map((q, i) => [q.questionId, i + 1]));
  return (id) => tr.t('results.questionRef', { n: position.get(id) ?? '?' });
}

/** "3, 2.5 and 4 (Q1, Q4, Q9)": the values a figure used, with where each came from. */
export function citedValues(used: readonly QuestionValue[], tr: Words, ref: QuestionRef): string {
  return tr.t('results.cited', {
    values: used.map((u) => scaleValue(tr, u.value)).join(', '),
    questions: used.map((u) => ref(u.questionId)).join(', '),
  });
}

export function meanOf(used: readonly QuestionValue[]): number {
  return used.reduce((sum, u) => sum + u.value, 0) / Math.max(1, used.length);
}

/** A rule of the engine in the reader's words, with the numbers the rule quotes. */
export function ruleText(id: ScoringRuleId, tr: Words): string {
  const rule = SCORING_RULES[id];
  return tr.t(rule.message, rule.params);
}

/** What an explanation panel shows: the workings with this workshop's numbers, then the rules. */
export interface Explanation {
  lines: string[];
  rules: string[];
}

export function explanation(lines: string[], rules: readonly ScoringRuleId[], tr: Words): Explanation {
  return { lines, rules: rules.map((id) => ruleText(id, tr)) };
}
