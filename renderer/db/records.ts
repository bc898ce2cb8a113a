import type { Participant, Team, WorkshopSettings } from '../../shared/model/types';

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
