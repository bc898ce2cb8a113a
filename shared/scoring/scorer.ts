import type { Decision, Round, Vote } from '../model/types';
import { assembleResult, latestDecisions, planScoring, type ScoringPlan } from './score-workshop';
import { questionResult } from './question-results';
import type { QuestionResult, ScoringInput, WorkshopResult } from './types';
import { codeQuestionVotes } from './vote-index';

/** A workshop's votes by question id, then by round number. */
export type VotesByRound = ReadonlyMap<string, ReadonlyMap<number, readonly Vote[]>>;

/**
 * A workshop with its votes grouped by question and round, as a live view keeps them. Each list holds
 * the votes of the question and round it is filed under, and stands for them until it is replaced: a
 * list is never changed in place, so the same list (by identity) means the same votes.
 */
export interface GroupedWorkshop extends Omit<ScoringInput, 'votes'> {
  rounds: readonly Round[];
  votes: VotesByRound;
}

export interface WorkshopScorer {
  /**
   * The same result as `scoreRevealed` on the same workshop (its votes as one list), computed again
   * only where something changed since the previous call: a question is re-scored when the lists of its
   * revealed rounds or its decision changed; the profiles, teams and highlights when any question, the
   * teams or the votes ignored changed. With nothing changed it returns the previous result itself.
   * The settings, participants or framework changing starts again from nothing.
   */
  scoreRevealed(workshop: GroupedWorkshop): WorkshopResult;
}

interface QuestionEntry {
  lists: readonly (readonly Vote[])[];
  decision: Decision | undefined;
  result: QuestionResult;
  codes: Int8Array | null;
  votesFromUnknownParticipants: number;
}

/**
 * A scorer that keeps what it computed for the next call: the live figures of a session, which change
 * one reveal at a time, cost the questions that changed rather than every vote of the workshop.
 */
export function createWorkshopScorer(): WorkshopScorer {
  let planned: { key: readonly unknown[]; plan: ScoringPlan; inPlay: ReadonlySet<string> } | null = null;
  let entries = new Map<string, QuestionEntry>();
  let last: { result: WorkshopResult; teams: string; notInPlay: number } | null = null;

  return {
    scoreRevealed(workshop) {
      const key = [
        workshop.framework,
        JSON.stringify(workshop.settings),
        JSON.stringify(workshop.participants),
      ];
      if (!planned || key.some((part, i) => part !== planned!.key[i])) {
        const plan = planScoring(workshop);
        planned = { key, plan, inPlay: new Set(plan.questionIds) };
        entries = new Map();
        last = null;
      }
      const { plan, inPlay } = planned;
      const revealed = revealedRoundsByQuestion(workshop.rounds);
      const decisions = latestDecisions(workshop.decisions);
      const next = new Map<string, QuestionEntry>();
      const results: QuestionResult[] = [];
      const latestCodes: (Int8Array | null)[] = [];
      let votesFromUnknownParticipants = 0;
      let changed = false;
      for (const question of plan.questions) {
        const lists = revealedLists(workshop.votes.get(question.id), revealed.get(question.id));
        const decision = decisions.get(question.id);
        let entry = entries.get(question.id);
        if (!entry || !sameLists(entry.lists, lists) || !sameDecision(entry.decision, decision)) {
          const coded = codeQuestionVotes(plan.participantIndex, lists);
          const { result, codes } = questionResult(
            coded.answers,
            question,
            decision,
            workshop.settings.thresholds,
            plan.cite,
          );
          entry = {
            lists,
            decision,
            result,
            codes,
            votesFromUnknownParticipants: coded.votesFromUnknownParticipants,
          };
          changed = true;
        }
        next.set(question.id, entry);
        results.push(entry.result);
        latestCodes.push(entry.codes);
        votesFromUnknownParticipants += entry.votesFromUnknownParticipants;
      }
      entries = next;

      let notInPlay = 0;
      for (const [questionId, byRound] of workshop.votes) {
        if (inPlay.has(questionId)) continue;
        for (const list of revealedLists(byRound, revealed.get(questionId))) notInPlay += list.length;
      }
      const teams = JSON.stringify(workshop.teams);
      if (!changed && last && last.teams === teams && last.notInPlay === notInPlay) return last.result;
      const result = assembleResult(workshop, plan, results, latestCodes, {
        votesFromUnknownParticipants,
        votesOnQuestionsNotInPlay: notInPlay,
      });
      last = { result, teams, notInPlay };
      return result;
    },
  };
}

/** Groups a list of votes by question and round: the input of a scorer's first call, or of a one-off. */
export function groupVotesByRound(votes: readonly Vote[]): VotesByRound {
  const out = new Map<string, Map<number, Vote[]>>();
  for (const vote of votes) {
    let byRound = out.get(vote.questionId);
    if (byRound === undefined) out.set(vote.questionId, (byRound = new Map()));
    const list = byRound.get(vote.round);
    if (list === undefined) byRound.set(vote.round, [vote]);
    else list.push(vote);
  }
  return out;
}

/** The revealed round numbers of each question, ascending (the rule of counted-votes.ts). */
function revealedRoundsByQuestion(rounds: readonly Round[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const r of rounds) {
    if (r.revealedAt === null) continue;
    const list = out.get(r.questionId);
    if (list === undefined) out.set(r.questionId, [r.round]);
    else list.push(r.round);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

function revealedLists(
  byRound: ReadonlyMap<number, readonly Vote[]> | undefined,
  revealed: readonly number[] | undefined,
): (readonly Vote[])[] {
  const lists: (readonly Vote[])[] = [];
  if (byRound === undefined || revealed === undefined) return lists;
  for (const round of new Set(revealed)) {
    const list = byRound.get(round);
    if (list !== undefined && list.length > 0) lists.push(list);
  }
  return lists;
}

function sameLists(a: readonly (readonly Vote[])[], b: readonly (readonly Vote[])[]): boolean {
  return a.length === b.length && a.every((list, i) => list === b[i]);
}

/** What of a decision a question's result uses. */
function sameDecision(a: Decision | undefined, b: Decision | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.agreedValue === b.agreedValue &&
      a.rationale === b.rationale &&
      a.notes === b.notes)
  );
}
