import { DEFAULT_THRESHOLDS, type WorkshopSettings } from '../../../shared/model/types';

/** Settings of a new workshop; the setup screen changes them. */
export function defaultWorkshopSettings(): WorkshopSettings {
  return {
    frameworkId: 'ospo-maturity',
    frameworkVersion: '1',
    questionIds: [],
    targetStage: null,
    anonymity: 'names',
    thresholds: { ...DEFAULT_THRESHOLDS },
  };
}
