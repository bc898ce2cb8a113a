import type { DecisionWithHistory, Participant, Team, Vote } from '../model/types';
import type { WorkshopData } from './workshop-data';

/** How one kind of row fared in a merge. */
export interface MergeCounts {
  /** Only in the other file: added. */
  added: number;
  /** The same on both sides (or the other side's is an older version of this one). */
  identical: number;
  /** The other side's is a later version of this one (a decision edited there, a round revealed there). */
  updated: number;
  /** Different on the two sides: the facilitator chooses. */
  conflicting: number;
}

interface ConflictBase {
  /** Stable key of the thing in conflict, e.g. `vote:<question>:<round>:<participant>`. */
  key: string;
}

/** A team or a participant whose details (name, team, role, colour) differ between the two files. */
export interface TeamConflict extends ConflictBase {
  kind: 'team';
  mine: Team;
  theirs: Team;
}

export interface ParticipantConflict extends ConflictBase {
  kind: 'participant';
  mine: Participant;
  theirs: Participant;
}

/** The same participant, question and round with a different value. */
export interface VoteConflict extends ConflictBase {
  kind: 'vote';
  mine: Vote;
  theirs: Vote;
}

/**
 * A vote one file has in a round the other file revealed without it: adding it would change a result
 * the room has already seen, so the facilitator decides. Exactly one side holds the vote.
 */
export interface UnrevealedVoteConflict extends ConflictBase {
  kind: 'unrevealedVote';
  mine: Vote | null;
  theirs: Vote | null;
}

/** The agreed value, rationale or notes of a question, edited differently on the two computers. */
export interface DecisionConflict extends ConflictBase {
  kind: 'decision';
  mine: DecisionWithHistory;
  theirs: DecisionWithHistory;
}

export type MergeConflict =
  TeamConflict | ParticipantConflict | VoteConflict | UnrevealedVoteConflict | DecisionConflict;

export type ConflictChoice = 'mine' | 'theirs';

export interface MergeReport {
  teams: MergeCounts;
  participants: MergeCounts;
  rounds: MergeCounts;
  votes: MergeCounts;
  decisions: MergeCounts;
  /** Conflicts found settled by an earlier merge of the same things (not asked again). */
  settledEarlier: number;
  /** Added participants whose name is already taken by someone else here: perhaps the same person. */
  sameNames: string[];
  /** The title, date, question set or consensus rules differ: this computer's are kept. */
  detailsDiffer: boolean;
}

/** A merge worked out but not yet written: the result with every conflict still at this computer's side. */
export interface MergePlan {
  merged: WorkshopData;
  conflicts: MergeConflict[];
  report: MergeReport;
  /** Whether writing `merged` with every conflict kept as it is here would change anything. */
  changes: boolean;
}

export type MergeResult =
  { ok: true; plan: MergePlan } | { ok: false; reason: 'differentWorkshop' | 'differentFramework' };
