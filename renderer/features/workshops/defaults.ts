import { DEFAULT_THRESHOLDS, type WorkshopSettings } from '../../../shared/model/types';
import { DEFAULT_FRAMEWORK } from '../../app/frameworks';

/** Settings of a new workshop: the built-in framework's full question set; the setup screen changes them. */
export function defaultWorkshopSettings(): WorkshopSettings {
  const full = DEFAULT_FRAMEWORK.presets.find((p) => p.id === 'full');
  return {
    frameworkId: DEFAULT_FRAMEWORK.id,
    frameworkVersion: DEFAULT_FRAMEWORK.version,
    questionIds: full ? [...full.questionIds] : DEFAULT_FRAMEWORK.questions.map((q) => q.id),
    targetStage: null,
    anonymity: 'names',
    thresholds: { ...DEFAULT_THRESHOLDS },
  };
}
