/**
 * The workshop's data as the pure core sees it. The database stores these shapes (plus bookkeeping
 * such as timestamps); the engine in shared/scoring consumes them. Ids are strings (UUIDs) so that
 * workshops captured on several laptops can be merged without collisions.
 */

import type { ScaleValue, VoteValue } from './vote-scale';

export type { ScaleValue, VoteValue } from './vote-scale';

export type Anonymity = 'names' | 'aliases' | 'anonymous';

export interface ConsensusThresholds {
  /** Consensus needs IQR ≤ this (0–4 scale). Default 1. */
  maxIqr: number;
  /** …and Cns ≥ this. Default 0.7. */
  minCns: number;
  /** Polarized when van der Eijk's A < this. Default 0. */
  polarizedBelowA: number;
  /** A stage counts as reached when its attainment ≥ this. Default 0.6. */
  stageThreshold: number;
  /** A re-vote is stable when ≤ this share of voters changed. Default 0.15. */
  stableMaxChangedShare: number;
}

export const DEFAULT_THRESHOLDS: ConsensusThresholds = {
  maxIqr: 1,
  minCns: 0.7,
  polarizedBelowA: 0,
  stageThreshold: 0.6,
  stableMaxChangedShare: 0.15,
};

export interface Team {
  id: string;
  workshopId: string;
  name: string;
  /** One of the accessible palette colours (hex). Always shown with the name. */
  color: string;
  order: number;
}

export interface Participant {
  id: string;
  workshopId: string;
  displayName: string;
  /** Alias shown when the workshop's anonymity is 'aliases'. */
  alias: string;
  teamId: string | null;
  /** A role from the matrix of experts (legal, security, engineering-product, …) or null. */
  role: string | null;
  order: number;
}

export interface Vote {
  workshopId: string;
  questionId: string;
  participantId: string;
  /** 1-based round number. */
  round: number;
  value: VoteValue;
  /** Epoch ms when recorded. */
  at: number;
}

/** A voting round of one question. Its votes stay hidden until `revealedAt` is set. */
export interface Round {
  workshopId: string;
  questionId: string;
  /** 1-based. */
  round: number;
  startedAt: number;
  revealedAt: number | null;
}

export interface Decision {
  workshopId: string;
  questionId: string;
  /** Agreed value that replaces the computed one for scoring, or null when only notes are kept. */
  agreedValue: ScaleValue | null;
  /** Required whenever agreedValue is set. */
  rationale: string;
  notes: string;
  /** Epoch ms of the last edit. */
  updatedAt: number;
}

/** One earlier version of a decision, kept when it is edited (or when a merge keeps the other side's). */
export interface DecisionVersion {
  agreedValue: Decision['agreedValue'];
  rationale: string;
  notes: string;
  at: number;
}

/** A decision as kept: the current version and every earlier one with its time. */
export interface DecisionWithHistory extends Decision {
  createdAt: number;
  history: DecisionVersion[];
}

export type CaptureMode = 'facilitator' | 'pass';

/** Where the session is, so a reload, a crash or another laptop resumes exactly there. */
export interface SessionPosition {
  workshopId: string;
  questionId: string | null;
  captureMode: CaptureMode;
  /** Questions the facilitator skipped, to come back to. */
  skipped: string[];
  /**
   * The revealed round whose individual votes the facilitator chose to show by name ("show who voted
   * what"); absent or null keeps them off the shared screen. It names one question and round, so moving
   * on or starting a round hides them again. Kept with the position, not in a component, so every window
   * showing the session (the projector too) follows the same choice. Not written to workshop files: on
   * another laptop it starts hidden.
   */
  votersShown?: { questionId: string; round: number } | null;
  updatedAt: number;
}

export interface WorkshopSettings {
  frameworkId: string;
  frameworkVersion: string;
  /** Ordered question ids in play (full set, short preset or a hand-picked subset). */
  questionIds: string[];
  targetStage: 0 | 1 | 2 | 3 | 4 | null;
  anonymity: Anonymity;
  thresholds: ConsensusThresholds;
}
