/**
 * The assessment engine: votes in, every result out. The screens, the PDF and the files call this;
 * nothing else computes a result.
 */
export { scoreWorkshop } from './score-workshop';
export { createWorkshopScorer, groupVotesByRound } from './scorer';
export type { GroupedWorkshop, VotesByRound, WorkshopScorer } from './scorer';
export { revealedVotes, scoreRevealed } from './counted-votes';
export type { StoredWorkshop } from './counted-votes';
export {
  summarizeQuestionRounds,
  latestRoundWithVotes,
  reVoteAdvice,
  FAR_FROM_MEDIAN,
  MAX_ROUNDS,
} from './round-summary';
export type { QuestionRoundsSummary, RoundSummary } from './round-summary';
export { agreementStatus, SCALE_POINTS } from './vote-statistics';
export { GRID_BANDS, GRID_BAND_X_START, MAX_BAND_PROGRESS, STAGE_COUNT, gridBand } from './grid';
export type { GridBand } from './grid';
export { HIGHLIGHT_LIMIT, NEXT_STEP_LIMIT, STRENGTH_MIN_VALUE } from './highlights';
export { SCORING_RULES } from './rules';
export type { RuleMessageKey, ScoringRuleId } from './rules';
export type * from './types';
