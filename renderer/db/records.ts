import type { Decision, Participant, Round, Team, Vote, WorkshopSettings } from '../../shared/model/types';

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
}

export type TeamRecord = Team;
export type ParticipantRecord = Participant;

export type VoteRecord = Vote;

export type CaptureMode = 'facilitator' | 'pass';

export type RoundRecord = Round;

export interface DecisionVersion {
  agreedValue: Decision['agreedValue'];
  rationale: string;
  notes: string;
  at: number;
}

/** The facilitator's agreed value and notes; every earlier version is kept with its time. */
export interface DecisionRecord extends Decision {
  createdAt: number;
  history: DecisionVersion[];
}

/** Where the session is, so a reload or a crash resumes exactly there. */
export interface SessionRecord {
  workshopId: string;
  questionId: string | null;
  captureMode: CaptureMode;
  /** Questions the facilitator skipped, to come back to. */
  skipped: string[];
  updatedAt: number;
}

export type JournalTable = 'votes' | 'rounds' | 'decisions';

/** One undoable action: the rows it changed, as they were before. */
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
