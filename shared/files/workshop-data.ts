import type { Framework } from '../framework/schema';
import type {
  DecisionWithHistory,
  Participant,
  Round,
  SessionPosition,
  Team,
  Vote,
  WorkshopSettings,
} from '../model/types';

/**
 * A whole workshop as one value: what a workshop file carries, what an import writes in one
 * transaction, and what a merge combines. Rows keep their `workshopId`, as the database stores them;
 * the file leaves it out of each row (it is the workshop's id) and the reader puts it back.
 */
export interface WorkshopData {
  workshop: WorkshopInfo;
  /** The framework the workshop runs on, embedded so the file opens on any computer. */
  framework: Framework;
  teams: Team[];
  participants: Participant[];
  rounds: Round[];
  votes: Vote[];
  decisions: DecisionWithHistory[];
  /** Where the session was; null when it never started. */
  session: SessionPosition | null;
  resolvedConflicts: ResolvedConflict[];
}

/** The workshop's own fields. The time it was last opened belongs to one computer and is not carried. */
export interface WorkshopInfo {
  id: string;
  title: string;
  organization: string;
  /** The day of the workshop, YYYY-MM-DD. */
  date: string;
  facilitator: string;
  createdAt: number;
  updatedAt: number;
  settings: WorkshopSettings;
}

/**
 * A merge conflict the facilitator settled: which thing (`key`, e.g. a vote's participant, question and
 * round), the version kept and the version not kept (each as canonical JSON, so nothing is lost), and
 * when. Kept with the workshop so that merging the same file again finds it settled.
 */
export interface ResolvedConflict {
  key: string;
  kept: string;
  rejected: string;
  at: number;
}
