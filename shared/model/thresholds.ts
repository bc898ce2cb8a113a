/**
 * Validation of the consensus rules a facilitator types on the setup screen. Pure: the form shows the
 * problems next to the fields, and only a draft without problems is ever saved.
 */
import { DEFAULT_THRESHOLDS, type ConsensusThresholds } from './types';

export type ThresholdName = keyof ConsensusThresholds;

export interface ThresholdRule {
  min: number;
  max: number;
  /** Whether the lower bound itself is allowed. */
  minInclusive: boolean;
  /** Shown and typed as a percentage (0–100) rather than a share (0–1). */
  percent: boolean;
}

/** The ranges that keep each rule meaningful on the 0–4 scale and for the statistics in methods. */
export const THRESHOLD_RULES: Record<ThresholdName, ThresholdRule> = {
  maxIqr: { min: 0, max: 4, minInclusive: true, percent: false },
  minCns: { min: 0, max: 1, minInclusive: true, percent: false },
  polarizedBelowA: { min: -1, max: 1, minInclusive: true, percent: false },
  stageThreshold: { min: 0, max: 1, minInclusive: false, percent: false },
  stableMaxChangedShare: { min: 0, max: 1, minInclusive: true, percent: true },
};

export const THRESHOLD_NAMES = Object.keys(THRESHOLD_RULES) as ThresholdName[];

export type ThresholdDraft = Record<ThresholdName, string>;

export type ThresholdProblem =
  | { field: ThresholdName; code: 'required' }
  | { field: ThresholdName; code: 'notANumber' }
  | { field: ThresholdName; code: 'outOfRange'; min: number; max: number; minInclusive: boolean };

/** Rounds away floating-point noise (0.15 × 100 = 15.000000000000002). */
function tidy(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** The text a field shows for a stored value (percentages for shares shown as percent). */
export function thresholdToText(name: ThresholdName, value: number): string {
  return String(tidy(THRESHOLD_RULES[name].percent ? value * 100 : value));
}

export function thresholdsToDraft(thresholds: ConsensusThresholds): ThresholdDraft {
  const draft = {} as ThresholdDraft;
  for (const name of THRESHOLD_NAMES) draft[name] = thresholdToText(name, thresholds[name]);
  return draft;
}

/** Accepts "0.7", "0,7", " .7 ", "−0.5" (typographic minus) and "15 %"; anything else is not a number. */
export function parseDecimal(text: string): number | null {
  const clean = text.trim().replace(/\s*%$/, '').replace(/^[−–]/, '-').replace(',', '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(clean)) return null;
  return Number(clean);
}

export function validateThresholds(draft: ThresholdDraft): {
  value: ConsensusThresholds | null;
  problems: ThresholdProblem[];
} {
  const problems: ThresholdProblem[] = [];
  const value = { ...DEFAULT_THRESHOLDS };
  for (const field of THRESHOLD_NAMES) {
    const rule = THRESHOLD_RULES[field];
    const text = draft[field] ?? '';
    if (text.trim() === '') {
      problems.push({ field, code: 'required' });
      continue;
    }
    const typed = parseDecimal(text);
    if (typed === null) {
      problems.push({ field, code: 'notANumber' });
      continue;
    }
    const parsed = rule.percent ? tidy(typed / 100) : typed;
    const tooLow = rule.minInclusive ? parsed < rule.min : parsed <= rule.min;
    if (tooLow || parsed > rule.max) {
      const scale = rule.percent ? 100 : 1;
      problems.push({
        field,
        code: 'outOfRange',
        min: rule.min * scale,
        max: rule.max * scale,
        minInclusive: rule.minInclusive,
      });
      continue;
    }
    value[field] = parsed;
  }
  return problems.length === 0 ? { value, problems } : { value: null, problems };
}

export function sameThresholds(a: ConsensusThresholds, b: ConsensusThresholds): boolean {
  return THRESHOLD_NAMES.every((name) => a[name] === b[name]);
}
