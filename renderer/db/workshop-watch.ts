import type { VotesByRound } from '../../shared/scoring';
import { collectChanges, noChanges, VIEW_TABLES, type ViewTable, type WorkshopChanges } from './changes';
import type { Repositories } from './repositories';
import type {
  DecisionRecord,
  ParticipantRecord,
  RoundRecord,
  SessionRecord,
  TeamRecord,
  VoteRecord,
  WorkshopRecord,
} from './records';

/**
 * One workshop as the session shows it, kept current as writes commit. Every list keeps its identity
 * until what it holds changes, so a screen (and the incremental scorer) can tell what changed by
 * comparing references: a vote replaces the list of its round, and nothing else.
 */
export interface WorkshopView {
  workshopId: string;
  workshop: WorkshopRecord | null;
  participants: readonly ParticipantRecord[];
  teams: readonly TeamRecord[];
  rounds: readonly RoundRecord[];
  decisions: readonly DecisionRecord[];
  position: SessionRecord | null;
  /** Votes by question id, then round number. */
  votes: VotesByRound;
  /**
   * False while the votes of other questions than the one in focus are still being read: until then the
   * whole-workshop figures would be wrong, so they wait.
   */
  complete: boolean;
}

export interface WorkshopWatch {
  close(): void;
}

type Tables = Pick<WorkshopView, 'workshop' | 'participants' | 'teams' | 'rounds' | 'decisions' | 'position'>;

/**
 * Keeps a WorkshopView of one workshop and calls `onView` with each new one. After the first read, a
 * committed write costs what it changed: a vote re-reads its round's votes (one row, at most one vote
 * per participant), never the workshop's. Reads go one at a time, the question
 * in focus first, so a read for the whole workshop never holds up the current question's.
 */
export function watchWorkshop(
  repos: Pick<Repositories, 'workshops' | 'people' | 'session' | 'changes'>,
  workshopId: string,
  onView: (view: WorkshopView) => void,
  onError: (error: unknown) => void,
): WorkshopWatch {
  const dirty: WorkshopChanges = noChanges();
  VIEW_TABLES.forEach((t) => dirty.tables.add(t));
  dirty.everything = true;
  let tables: Tables | null = null;
  let votes = new Map<string, ReadonlyMap<number, readonly VoteRecord[]>>();
  /** Questions whose votes have been read whole at least once. */
  const loaded = new Set<string>();
  let focus: string | null = null;
  let closed = false;
  let running = false;

  const { workshops, people, session } = repos;
  const unsubscribe = repos.changes.subscribe((parts) => {
    collectChanges(dirty, parts, repos.changes.dbName, workshopId);
    void pump();
  });

  function questionsToRead(): string[] {
    if (!tables) return [];
    const ids = new Set(tables.workshop?.settings.questionIds ?? []);
    for (const r of tables.rounds) ids.add(r.questionId);
    const order = [...ids].filter((id) => !loaded.has(id) || dirty.questions.has(id));
    return focus !== null && order.includes(focus) ? [focus, ...order.filter((id) => id !== focus)] : order;
  }

  interface Step {
    read(): Promise<boolean>;
    /** The first reading of a question out of focus: shown with the others once all are in. */
    quiet: boolean;
  }

  /** The next read to do, the question in focus first; null when the view is up to date. */
  function nextStep(): Step | null {
    if (dirty.everything) {
      dirty.everything = false;
      loaded.clear();
      VIEW_TABLES.forEach((t) => dirty.tables.add(t));
    }
    if (dirty.tables.size > 0) {
      const which = new Set(dirty.tables);
      dirty.tables.clear();
      return { read: () => readTables(which), quiet: false };
    }
    const questions = questionsToRead();
    if (focus !== null && questions[0] === focus) return takeQuestion(focus);
    // A round of a question not read yet is read with the rest of its question.
    for (const id of dirty.rounds.keys()) if (!loaded.has(id)) dirty.rounds.delete(id);
    const focusRounds = focus === null ? undefined : dirty.rounds.get(focus);
    if (focus !== null && focusRounds) return takeRound(focus, focusRounds);
    const [other, rounds] = dirty.rounds.entries().next().value ?? [];
    if (other !== undefined && rounds !== undefined) return takeRound(other, rounds);
    return questions[0] === undefined ? null : takeQuestion(questions[0]);
  }

  function takeQuestion(questionId: string): Step {
    const quiet = questionId !== focus && !loaded.has(questionId);
    dirty.questions.delete(questionId);
    dirty.rounds.delete(questionId);
    const read = async () => {
      const rows = await session.votesOfQuestion(workshopId, questionId);
      loaded.add(questionId);
      const byRound = new Map<number, VoteRecord[]>();
      for (const vote of rows) {
        const list = byRound.get(vote.round);
        if (list) list.push(vote);
        else byRound.set(vote.round, [vote]);
      }
      return setQuestion(questionId, byRound);
    };
    return { read, quiet };
  }

  function takeRound(questionId: string, rounds: Set<number>): Step {
    const round = rounds.values().next().value as number;
    rounds.delete(round);
    if (rounds.size === 0) dirty.rounds.delete(questionId);
    const read = async () => {
      const rows = await session.votesOfRound(workshopId, questionId, round);
      const byRound = new Map(votes.get(questionId) ?? []);
      if (rows.length > 0) byRound.set(round, rows);
      else byRound.delete(round);
      return setQuestion(questionId, byRound);
    };
    return { read, quiet: false };
  }

  /** Stores a question's votes, keeping every round list whose votes did not change. */
  function setQuestion(questionId: string, next: Map<number, readonly VoteRecord[]>): boolean {
    const before = votes.get(questionId);
    let changed = (before?.size ?? 0) !== next.size;
    for (const [round, list] of next) {
      const old = before?.get(round);
      if (old && sameVotes(old, list)) next.set(round, old);
      else changed = true;
    }
    if (!changed) return false;
    votes = new Map(votes);
    if (next.size > 0) votes.set(questionId, next);
    else votes.delete(questionId);
    return true;
  }

  async function readTables(which: ReadonlySet<ViewTable>): Promise<boolean> {
    const read = <K extends keyof Tables>(table: ViewTable, key: K, fn: () => Promise<Tables[K]>) =>
      which.has(table) || !tables ? fn() : Promise.resolve((tables as Tables)[key]);
    const [workshop, participants, teams, rounds, decisions, position] = await Promise.all([
      read('workshops', 'workshop', async () => (await workshops.get(workshopId)) ?? null),
      read('participants', 'participants', () => people.participants(workshopId)),
      read('teams', 'teams', () => people.teams(workshopId)),
      read('rounds', 'rounds', () => session.roundsOfWorkshop(workshopId)),
      read('decisions', 'decisions', () => session.decisionsOfWorkshop(workshopId)),
      read('sessions', 'position', async () => (await session.session(workshopId)) ?? null),
    ]);
    tables = { workshop, participants, teams, rounds, decisions, position };
    // The question the session shows (the saved position, else the first): its reads go first.
    const ids = workshop?.settings.questionIds ?? [];
    focus =
      position?.questionId && ids.includes(position.questionId) ? position.questionId : (ids[0] ?? null);
    return true;
  }

  /** Shows the view once the question in focus is in; false when it is not yet. */
  function emit(): boolean {
    if (!tables || (focus !== null && !loaded.has(focus))) return false;
    onView({ workshopId, ...tables, votes, complete: questionsToRead().length === 0 });
    return true;
  }

  async function pump(): Promise<void> {
    if (running || closed) return;
    running = true;
    try {
      let pending = false;
      for (let step = nextStep(); step && !closed; step = nextStep()) {
        // A first reading always counts: at least the view's completeness changes with it.
        pending = (await step.read()) || pending || step.quiet;
        if (pending && !step.quiet && !closed && emit()) pending = false;
      }
      if (pending && !closed) emit();
    } catch (error) {
      if (!closed) onError(error);
    } finally {
      running = false;
    }
  }

  void pump();
  return {
    close() {
      closed = true;
      unsubscribe();
    },
  };
}

/** Same votes, in the same order (rows come sorted by key): what a re-read that changed nothing returns. */
function sameVotes(a: readonly VoteRecord[], b: readonly VoteRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as VoteRecord;
    const y = b[i] as VoteRecord;
    if (x.participantId !== y.participantId || x.value !== y.value || x.at !== y.at) return false;
  }
  return true;
}
