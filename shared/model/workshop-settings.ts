/**
 * Validation of a workshop's settings as a whole, before the repository writes them: the setup
 * screen validates each section's own fields, this keeps a row from ever holding settings that the
 * session and the engine cannot use, whoever wrote them.
 */
import { THRESHOLD_NAMES, THRESHOLD_RULES } from './thresholds';
import type { WorkshopSettings } from './types';

export type SettingsProblem =
  'framework' | 'noQuestions' | 'duplicateQuestion' | 'targetStage' | 'anonymity' | 'thresholds';

const ANONYMITY = new Set(['names', 'aliases', 'anonymous']);

function inRange(name: (typeof THRESHOLD_NAMES)[number], value: unknown): boolean {
  const rule = THRESHOLD_RULES[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const aboveMin = rule.minInclusive ? value >= rule.min : value > rule.min;
  return aboveMin && value <= rule.max;
}

/** The first problem of the settings, or null when they can be stored. */
export function settingsProblem(settings: WorkshopSettings): SettingsProblem | null {
  const { frameworkId, frameworkVersion, questionIds, targetStage, anonymity, thresholds } = settings;
  if (typeof frameworkId !== 'string' || frameworkId === '' || typeof frameworkVersion !== 'string') {
    return 'framework';
  }
  if (!Array.isArray(questionIds) || questionIds.length === 0) return 'noQuestions';
  if (questionIds.some((id) => typeof id !== 'string' || id === '')) return 'noQuestions';
  if (new Set(questionIds).size !== questionIds.length) return 'duplicateQuestion';
  if (targetStage !== null && ![0, 1, 2, 3, 4].includes(targetStage)) return 'targetStage';
  if (!ANONYMITY.has(anonymity)) return 'anonymity';
  if (!thresholds || THRESHOLD_NAMES.some((name) => !inRange(name, thresholds[name]))) return 'thresholds';
  return null;
}
