import type { Framework, QuestionInforms } from '../framework';
import type {
  ConsensusThresholds,
  Decision,
  Participant,
  Team,
  Vote,
  WorkshopSettings,
} from '../model/types';
import type { ProfileResult, ParticipantResult, TeamComparison, TeamResult } from './profile-types';
import type { ALPHA_RULES, QUESTION_RULES, STABILITY_RULES, WORKSHOP_RULES } from './rules';

export type * from './profile-types';

/** Everything the engine needs; nothing else is read. */
export interface ScoringInput {
  framework: Framework;
  participants: readonly Participant[];
  teams: readonly Team[];
  votes: readonly Vote[];
  decisions: readonly Decision[];
  settings: WorkshopSettings;
}

/** 'noVotes': nobody voted 0–4; 'undetermined': one vote, agreement cannot be judged. */
export type AgreementStatus = 'consensus' | 'split' | 'polarized' | 'undetermined' | 'noVotes';

/** One participant's 0–4 vote. The engine shares one object per participant and value across questions. */
export interface CastVote {
  readonly participantId: string;
  readonly value: 0 | 1 | 2 | 3 | 4;
}

/** Agreement figures for one set of 0–4 votes (one question, one round). */
export interface VoteStatistics {
  n: number;
  /** Counts for 0, 1, 2, 3, 4. */
  frequencies: number[];
  median: number;
  q1: number;
  q3: number;
  iqr: number;
  /** Share of votes within ±1 of the median. */
  withinOneShare: number;
  cns: number;
  agreementA: number;
  /** null with fewer than two votes (no sample variance). */
  rwg: number | null;
  status: AgreementStatus;
}

export interface RoundStability {
  round: number;
  previousRound: number;
  previousMedian: number;
  medianUnchanged: boolean;
  /** Participants who answered in both rounds (0–4, "don't know" or "not applicable"). */
  votersInBoth: number;
  changedVotes: number;
  /** changedVotes / votersInBoth; null when nobody voted in both rounds. */
  changedShare: number | null;
  /** Median unchanged and changedShare ≤ stableMaxChangedShare (Delphi stopping rule). */
  stable: boolean;
  rules: typeof STABILITY_RULES;
}

export interface QuestionResult {
  questionId: string;
  informs: QuestionInforms;
  /** Rounds that hold at least one 0–4 vote, ascending. */
  roundsWithVotes: number[];
  /** The round the figures come from: the latest with votes (or with any answer); null when unanswered. */
  round: number | null;
  votes: readonly CastVote[];
  dontKnowCount: number;
  notApplicableCount: number;
  /** null when there are no 0–4 votes. */
  statistics: VoteStatistics | null;
  status: AgreementStatus;
  stability: RoundStability | null;
  /** The computed value: type-7 median of the round's votes. */
  consensusValue: number | null;
  agreedValue: 0 | 1 | 2 | 3 | 4 | null;
  rationale: string;
  notes: string;
  /** What scoring uses: the agreed value when there is one, else the consensus value. */
  scoringValue: number | null;
  overridden: boolean;
  rules: typeof QUESTION_RULES;
}

/** A question's value as one figure used it. The engine shares one object per question and value. */
export interface QuestionValue {
  readonly questionId: string;
  readonly value: number;
}

/** What one question contributed to the workshop's α. */
export interface AlphaUnitInput {
  questionId: string;
  /** Its 0–4 votes in the latest round (the pairable values, when there are at least two). */
  values: number;
  /** Counts of 0..4 among them: the unit's row of the coincidence data. */
  frequencies: readonly number[];
  /** With fewer than two values a question cannot be paired and is left out (Krippendorff 2011). */
  isUnit: boolean;
}

export interface WorkshopAlpha {
  level: 'ordinal';
  /** null when undefined (too little variation or too few votes). */
  value: number | null;
  /** ≥ .800 reliable, ≥ .667 tentative, below: a conversation starter (Krippendorff 2004). */
  reading: 'reliable' | 'tentative' | 'low' | 'undefined';
  /** Questions that were units (at least two values). */
  units: number;
  /** Values in those units: the pairable values α is computed from. */
  pairableValues: number;
  /** Participants (the coders), whether or not they voted. */
  coders: number;
  /** Every question in play, in question order, with what it put in. */
  perQuestion: AlphaUnitInput[];
  rules: typeof ALPHA_RULES;
}

export interface HighlightedQuestion {
  questionId: string;
  scoringValue: number;
  status: AgreementStatus;
  overridden: boolean;
}

export interface UnresolvedQuestion {
  questionId: string;
  status: 'split' | 'polarized';
  scoringValue: number | null;
  overridden: boolean;
}

export interface NextStep {
  checklistItemId: string;
  stage: number;
  /** Mean value / 4 of the item's questions; null when the item was not rated. */
  score: number | null;
  questionIds: string[];
}

export interface TargetGap {
  targetStage: 0 | 1 | 2 | 3 | 4;
  stageReached: 0 | 1 | 2 | 3 | 4;
  met: boolean;
  stagesToGo: number;
  /** For each stage above the one reached up to the target: how far attainment is below the threshold. */
  shortfalls: { stage: number; attainment: number | null; shortfall: number | null }[];
}

/**
 * Which figures the workshop's framework can give at all. A figure whose flag is false is absent from
 * every profile (null or an empty list) and is to be left out of a screen or report — not drawn as 0.
 * A flag that is true with no value yet (e.g. nobody rated an archetype statement) means "not known yet".
 */
export interface FrameworkMeasures {
  /** The five-stage model: stage ladder, stage reached, target gap, next steps and the maturity grid. */
  stages: boolean;
  archetypeMix: boolean;
  enablers: boolean;
  responsibilityAreas: boolean;
  /** A per-goal profile (e.g. GGI's Usage, Trust, Culture, Engagement, Strategy). */
  goals: boolean;
}

export interface WorkshopResult {
  frameworkId: string;
  frameworkVersion: string;
  measures: FrameworkMeasures;
  thresholds: ConsensusThresholds;
  questions: QuestionResult[];
  group: ProfileResult;
  teams: TeamResult[];
  participants: ParticipantResult[];
  alpha: WorkshopAlpha;
  strengths: HighlightedQuestion[];
  gaps: HighlightedQuestion[];
  /** Questions whose latest round is split or polarized (overridden ones included, flagged). */
  withoutConsensus: UnresolvedQuestion[];
  /** Empty without stages. */
  recommendedNextSteps: NextStep[];
  teamComparison: TeamComparison;
  /** null without a target stage, and always without stages. */
  targetGap: TargetGap | null;
  /**
   * Stages with no practice question in the question set, ascending (see StageAttainment.notAssessed);
   * empty when the framework has no stages at all (see measures.stages).
   */
  notAssessedStages: (1 | 2 | 3 | 4)[];
  /** Input that was ignored: question ids not in the framework, votes from unknown participants. */
  ignored: {
    unknownQuestionIds: string[];
    votesFromUnknownParticipants: number;
    votesOnQuestionsNotInPlay: number;
  };
  rules: typeof WORKSHOP_RULES;
}
