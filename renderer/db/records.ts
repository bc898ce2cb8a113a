import type {
  CaptureMode,
  DecisionVersion,
  DecisionWithHistory,
  Participant,
  Round,
  SessionPosition,
  Team,
  Vote,
  WorkshopSettings,
} from '../../shared/model/types';
import type { ResolvedConflict } from '../../shared/files/workshop-data';
import type { ReportOptions } from '../../shared/report/types';
import type { Framework } from '../../shared/framework/schema';

export type { CaptureMode, DecisionVersion };

/** A workshop as stored. Dates are ISO calendar dates (YYYY-MM-DD); times are epoch milliseconds. */
export interface WorkshopRecord {
  id: string;
  title: string;
  organization: string;
  /** The day the workshop takes place (calendar date, no time zone). */
  date: string;
  facilitator: string;
  createdAt: number;
  updatedAt: number;
  /** When the facilitator last opened it; null until then. Indexed to sort the home list. */
  lastOpenedAt: number | null;
  settings: WorkshopSettings;
  /**
   * Merge conflicts the facilitator settled, with the side not kept: a later merge of the same file
   * finds them settled instead of asking again. Absent until a merge asks something.
   */
  resolvedConflicts?: ResolvedConflict[];
  /** The options of the last report export on this computer; absent until the first export. */
  reportOptions?: ReportOptions;
}

/** An installed framework: imported by the facilitator, or embedded in an imported workshop file. */
export interface FrameworkRecord {
  id: string;
  version: string;
  framework: Framework;
  installedAt: number;
}

export type TeamRecord = Team;
export type ParticipantRecord = Participant;

/** `ballotId`: the vote came from a phone (phone voting), with that ballot; typed votes have none. */
export type VoteRecord = Vote & { ballotId?: string };

/** One vote as its round's row keeps it (vote-store.ts): the round's key is the row's. */
export interface StoredVote {
  participantId: string;
  value: Vote['value'];
  at: number;
  ballotId?: string;
}

/** The votes of one round of one question: at most one per participant, in participant id order. */
export interface RoundVotesRecord {
  workshopId: string;
  questionId: string;
  round: number;
  votes: StoredVote[];
}

export type RoundRecord = Round;

/** The facilitator's agreed value and notes; every earlier version is kept with its time. */
export type DecisionRecord = DecisionWithHistory;

/** Where the session is, so a reload or a crash resumes exactly there. */
export type SessionRecord = SessionPosition;

export type JournalTable = 'votes' | 'rounds' | 'decisions';

/**
 * One undoable action: what it changed, as it was before. A 'votes' change is one vote (its key and
 * the vote or null), whichever row of its round holds it.
 */
export interface JournalEntry {
  seq?: number;
  workshopId: string;
  at: number;
  action: 'vote' | 'clearVote' | 'reveal' | 'newRound' | 'decision';
  questionId: string;
  participantId?: string;
  value?: Vote['value'] | null;
  round?: number;
  changes: { table: JournalTable; key: unknown[]; before: unknown }[];
}
