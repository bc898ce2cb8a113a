import { HIGHLIGHT_LIMIT, NEXT_STEP_LIMIT, STRENGTH_MIN_VALUE } from './highlights';

/**
 * The rules behind every figure. Result objects name the rules their figures follow (see the maps
 * below); the words for each rule are in the message catalog (`rule.*` in shared/i18n), so a screen or
 * the report's method appendix shows them in the reader's language, filling in `params`, the fixed
 * numbers a rule quotes. The engine itself holds no user-facing sentence.
 *
 * Decisions worth knowing when reading the code:
 * - stageAttainment: a stage whose practice questions all lack a value counts as not met. A stage with
 *   no practice question in the question set (a custom set, an imported framework) is flagged "not
 *   assessed" and also counts as not met: the model is cumulative and nothing shows its practices are
 *   in place, so the stage reached stops below it, and the flag lets the screens say why.
 * - gridY: only at stage 4 is progress capped below 1 (else E would reach 5); below stage 4 the next
 *   stage's attainment over the threshold is below 1 by construction.
 */
const rule = <K extends string>(message: `rule.${K}`, params: Readonly<Record<string, number>> = {}) => ({
  message,
  params,
});

export const SCORING_RULES = {
  votes: rule('rule.votes'),
  round: rule('rule.round'),
  consensusValue: rule('rule.consensusValue'),
  status: rule('rule.status'),
  stability: rule('rule.stability'),
  stageAttainment: rule('rule.stageAttainment'),
  stageReached: rule('rule.stageReached'),
  gridY: rule('rule.gridY'),
  gridX: rule('rule.gridX'),
  enablers: rule('rule.enablers'),
  responsibilityAreas: rule('rule.responsibilityAreas'),
  goals: rule('rule.goals'),
  archetypeMix: rule('rule.archetypeMix'),
  teams: rule('rule.teams'),
  participants: rule('rule.participants'),
  alpha: rule('rule.alpha'),
  strengths: rule('rule.strengths', { minValue: STRENGTH_MIN_VALUE, limit: HIGHLIGHT_LIMIT }),
  gaps: rule('rule.gaps', { limit: HIGHLIGHT_LIMIT }),
  nextSteps: rule('rule.nextSteps', { limit: NEXT_STEP_LIMIT }),
  targetGap: rule('rule.targetGap'),
  teamComparison: rule('rule.teamComparison'),
} as const;

export type ScoringRuleId = keyof typeof SCORING_RULES;
/** The catalog key that words a rule. */
export type RuleMessageKey = (typeof SCORING_RULES)[ScoringRuleId]['message'];

/**
 * Which rule each figure of a result object follows. Every explained object carries one of these maps
 * as its `rules` field, keyed by the figure's field name, so a screen can go from any number to the
 * rule behind it. The maps are shared constants: a large workshop holds thousands of objects that all
 * point at the same few maps instead of carrying copies.
 */
type RuleMap = Readonly<Record<string, ScoringRuleId>>;

export const QUESTION_RULES = {
  votes: 'votes',
  round: 'round',
  consensusValue: 'consensusValue',
  scoringValue: 'consensusValue',
  status: 'status',
} as const satisfies RuleMap;

export const STABILITY_RULES = { stable: 'stability' } as const satisfies RuleMap;

export const STAGE_RULES = {
  attainment: 'stageAttainment',
  notAssessed: 'stageAttainment',
  meetsThreshold: 'stageReached',
  reached: 'stageReached',
} as const satisfies RuleMap;

export const PROFILE_RULES = {
  stageReached: 'stageReached',
  nextStageAttainment: 'stageAttainment',
} as const satisfies RuleMap;

export const GRID_POINT_RULES = {
  x: 'gridX',
  leftOfBand: 'gridX',
  y: 'gridY',
  execution: 'gridY',
  progress: 'gridY',
} as const satisfies RuleMap;

export const ENABLER_RULES = { value: 'enablers' } as const satisfies RuleMap;
export const AREA_RULES = { value: 'responsibilityAreas' } as const satisfies RuleMap;
export const GOAL_RULES = { value: 'goals' } as const satisfies RuleMap;
export const MIX_RULES = { shares: 'archetypeMix' } as const satisfies RuleMap;
export const TEAM_RULES = { questions: 'teams', profile: 'teams' } as const satisfies RuleMap;
export const TEAM_VALUE_RULES = { median: 'teams' } as const satisfies RuleMap;
export const PARTICIPANT_RULES = { profile: 'participants' } as const satisfies RuleMap;
export const ALPHA_RULES = { value: 'alpha', reading: 'alpha' } as const satisfies RuleMap;

export const WORKSHOP_RULES = {
  strengths: 'strengths',
  gaps: 'gaps',
  withoutConsensus: 'status',
  recommendedNextSteps: 'nextSteps',
  teamComparison: 'teamComparison',
  targetGap: 'targetGap',
  notAssessedStages: 'stageAttainment',
} as const satisfies RuleMap;
