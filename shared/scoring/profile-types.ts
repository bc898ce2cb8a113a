import type { GridBand } from './grid';
import type {
  AREA_RULES,
  ENABLER_RULES,
  GOAL_RULES,
  GRID_POINT_RULES,
  MIX_RULES,
  PARTICIPANT_RULES,
  PROFILE_RULES,
  STAGE_RULES,
  TEAM_RULES,
  TEAM_VALUE_RULES,
} from './rules';
import type { CastVote, QuestionValue } from './types';

/**
 * Result types of the profiles (group, team, participant) and of the team comparison. Every figure can
 * be traced: each object lists the values it was computed from and names its rules (`rules`, see
 * rules.ts). Lists of values reuse shared objects (one per question and value, one per participant and
 * vote), so tracing costs pointers, not copies.
 */

export interface StageAttainment {
  stage: 1 | 2 | 3 | 4;
  /** Mean value / 4 of the stage's practice questions that have a value; null when none has. */
  attainment: number | null;
  /**
   * No practice question of this stage is in the question set (a custom set or an imported framework),
   * so there is no evidence either way. The stage counts as not met, which stops the stage reached
   * below it; this flag lets the screens say so instead of showing a plain "not met".
   */
  notAssessed: boolean;
  threshold: number;
  meetsThreshold: boolean;
  /** Whether this stage and every stage below it meet the threshold (the model is cumulative). */
  reached: boolean;
  used: readonly QuestionValue[];
  /** Stage questions in play that had no value (no votes, or only "not applicable"/"don't know"). */
  withoutValue: readonly string[];
  rules: typeof STAGE_RULES;
}

export interface GridPoint {
  /** Involvement, 0..1; null when no involvement question has a value. */
  x: number | null;
  /** Ability to execute, E / 5, in [0, 1). */
  y: number;
  /** E = stage reached + progress, in [0, 5). */
  execution: number;
  stageReached: 0 | 1 | 2 | 3 | 4;
  /** Progress within the band of the stage reached, in [0, 1). */
  progress: number;
  band: GridBand;
  /**
   * x lies left of where the band of the stage reached starts: the stage's practices are in place with
   * less involvement than usually comes with them. null when x is null. The screens word the call-out
   * from this flag and stageReached (`session.summary.leftOfBand` in the catalog).
   */
  leftOfBand: boolean | null;
  involvementUsed: readonly QuestionValue[];
  rules: typeof GRID_POINT_RULES;
}

export interface ProfileEntry {
  id: string;
  /** Mean value / 4 of the questions used; null when none has a value. */
  value: number | null;
  used: readonly QuestionValue[];
  rules: typeof ENABLER_RULES | typeof AREA_RULES | typeof GOAL_RULES;
}

/** One participant's part in an archetype share. */
export interface ArchetypeContribution {
  participantId: string;
  /** Their own share of the archetype: the sum of `ratings` / `ratingTotal`. */
  share: number;
  /** Their 0–4 ratings of the archetype's statements in play ("don't know"/"not applicable" left out). */
  ratings: readonly QuestionValue[];
  /** The sum of all their archetype ratings, which their mix is normalized by. */
  ratingTotal: number;
}

export interface ArchetypeShare {
  archetypeId: string;
  share: number;
  /** Spread across the mixes pooled (min–max); equal to share for a single participant. */
  min: number;
  max: number;
  /**
   * What made the share: one entry per participant pooled, and share = the mean of their shares (linear
   * pool, equal weights); a participant's own mix has their entry alone. Entries are shared between the
   * participant's, their team's and the group's mix.
   */
  contributions: readonly ArchetypeContribution[];
}

export interface ArchetypeMix {
  shares: ArchetypeShare[];
  /** How many participants' mixes were pooled (1 for a participant's own mix). */
  pooled: number;
  /** Participants of the group or team left out of the pool: they rated every statement 0, or none. */
  withoutMix: readonly string[];
  /** Archetypes with no statement in the question set: not part of the mix. */
  notAssessed: readonly string[];
  rules: typeof MIX_RULES;
}

/**
 * One profile (group, team or participant). What the framework does not measure is absent, never zero
 * (see WorkshopResult.measures): without stages, `stageReached`, `nextStageAttainment` and `gridPoint`
 * are null and `attainment` is empty; a list of a kind the framework lacks (enablers, areas, goals) is
 * empty.
 */
export interface ProfileResult {
  /** null when the framework has no stages. */
  stageReached: 0 | 1 | 2 | 3 | 4 | null;
  /** Stages 1–4 in order; empty when the framework has no stages. */
  attainment: readonly StageAttainment[];
  /** Attainment of the stage after the one reached (null at stage 4, when it has no value, or without stages). */
  nextStageAttainment: number | null;
  /** null when the framework has no stages (no grid). */
  gridPoint: GridPoint | null;
  enablers: ProfileEntry[];
  responsibilityAreas: ProfileEntry[];
  /** One entry per goal of the framework, in its order (a per-goal profile); empty without goals. */
  goals: ProfileEntry[];
  /**
   * null when nobody has a mix yet, or when the framework has no archetypes: tell the two apart with
   * WorkshopResult.measures.archetypeMix.
   */
  archetypeMix: ArchetypeMix | null;
  rules: typeof PROFILE_RULES;
}

export interface TeamQuestionValue {
  questionId: string;
  median: number | null;
  n: number;
  /** The members' 0–4 votes in the question's latest round, the sample the median comes from. */
  votes: readonly CastVote[];
  rules: typeof TEAM_VALUE_RULES;
}

export interface TeamResult {
  teamId: string;
  name: string;
  participantIds: string[];
  questions: TeamQuestionValue[];
  profile: ProfileResult;
  rules: typeof TEAM_RULES;
}

export interface ParticipantResult {
  participantId: string;
  teamId: string | null;
  profile: ProfileResult;
  rules: typeof PARTICIPANT_RULES;
}

export interface QuestionGap {
  questionId: string;
  medianA: number;
  medianB: number;
  /** medianA − medianB. */
  gap: number;
}

export interface TeamPairComparison {
  teamA: string;
  teamB: string;
  /** Ranked by |gap|, largest first; ties in question order. */
  gaps: QuestionGap[];
}

export interface TeamSideBySide {
  teamId: string;
  /** null when the framework has no stages, as in ProfileResult. */
  stageReached: 0 | 1 | 2 | 3 | 4 | null;
  gridPoint: GridPoint | null;
  archetypeMix: ArchetypeMix | null;
}

export interface TeamComparison {
  sideBySide: TeamSideBySide[];
  pairs: TeamPairComparison[];
}
