import type { Framework, QuestionInforms } from '../framework';
import type {
  ConsensusThresholds,
  Decision,
  Participant,
  Team,
  Vote,
  WorkshopSettings,
} from '../model/types';
import type { GridBand } from './grid';

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

export interface CastVote {
  participantId: string;
  value: 0 | 1 | 2 | 3 | 4;
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
  /** Participants who voted 0–4 in both rounds. */
  votersInBoth: number;
  changedVotes: number;
  /** changedVotes / votersInBoth; null when nobody voted in both rounds. */
  changedShare: number | null;
  /** Median unchanged and changedShare ≤ stableMaxChangedShare (Delphi stopping rule). */
  stable: boolean;
}

export interface QuestionResult {
  questionId: string;
  informs: QuestionInforms;
  /** Rounds that hold at least one 0–4 vote, ascending. */
  roundsWithVotes: number[];
  /** The round the figures come from: the latest with votes (or with any answer); null when unanswered. */
  round: number | null;
  votes: CastVote[];
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
}

export interface QuestionValue {
  questionId: string;
  value: number;
}

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
  used: QuestionValue[];
  /** Stage questions in play that had no value (no votes, or only "not applicable"/"don't know"). */
  withoutValue: string[];
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
  /** x lies left of where the band of the stage reached starts; null when x is null. */
  leftOfBand: boolean | null;
  /** Plain words for the call-out when leftOfBand is true. */
  note: string | null;
  involvementUsed: QuestionValue[];
}

export interface ProfileEntry {
  id: string;
  /** Mean value / 4 of the questions used; null when none has a value. */
  value: number | null;
  used: QuestionValue[];
}

export interface ArchetypeShare {
  archetypeId: string;
  share: number;
  /** Spread across the mixes pooled (min–max); equal to share for a single participant. */
  min: number;
  max: number;
}

export interface ArchetypeMix {
  shares: ArchetypeShare[];
  /** How many participants' mixes were pooled (1 for a participant's own mix). */
  pooled: number;
  /** Archetypes with no statement in the question set: not part of the mix. */
  notAssessed: string[];
}

export interface ProfileResult {
  stageReached: 0 | 1 | 2 | 3 | 4;
  attainment: StageAttainment[];
  /** Attainment of the stage after the one reached (null at stage 4 or when it has no value). */
  nextStageAttainment: number | null;
  gridPoint: GridPoint;
  enablers: ProfileEntry[];
  responsibilityAreas: ProfileEntry[];
  archetypeMix: ArchetypeMix | null;
}

export interface TeamQuestionValue {
  questionId: string;
  median: number | null;
  n: number;
}

export interface TeamResult {
  teamId: string;
  name: string;
  participantIds: string[];
  questions: TeamQuestionValue[];
  profile: ProfileResult;
}

export interface ParticipantResult {
  participantId: string;
  teamId: string | null;
  profile: ProfileResult;
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
  stageReached: 0 | 1 | 2 | 3 | 4;
  gridPoint: GridPoint;
  archetypeMix: ArchetypeMix | null;
}

export interface TeamComparison {
  sideBySide: TeamSideBySide[];
  pairs: TeamPairComparison[];
}

export interface WorkshopAlpha {
  level: 'ordinal';
  /** null when undefined (too little variation or too few votes). */
  value: number | null;
  /** ≥ .800 reliable, ≥ .667 tentative, below: a conversation starter (Krippendorff 2004). */
  reading: 'reliable' | 'tentative' | 'low' | 'undefined';
  units: number;
  coders: number;
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

export interface WorkshopResult {
  frameworkId: string;
  frameworkVersion: string;
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
  recommendedNextSteps: NextStep[];
  teamComparison: TeamComparison;
  targetGap: TargetGap | null;
  /** Stages with no practice question in the question set, ascending (see StageAttainment.notAssessed). */
  notAssessedStages: (1 | 2 | 3 | 4)[];
  /** Input that was ignored: question ids not in the framework, votes from unknown participants. */
  ignored: {
    unknownQuestionIds: string[];
    votesFromUnknownParticipants: number;
    votesOnQuestionsNotInPlay: number;
  };
}
