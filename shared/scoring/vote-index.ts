import type { Participant, Vote, VoteValue } from '../model/types';

/**
 * One pass over the votes builds the lookup every later step uses, so the engine never scans the vote
 * list twice (a large workshop holds 150 000 votes). Answers are coded in Int8Arrays per question and
 * round, one slot per participant: -1 no answer, 0–4 a vote, 5 "don't know", 6 "not applicable".
 */
export const NO_ANSWER = -1;
export const DONT_KNOW = 5;
export const NOT_APPLICABLE = 6;

export interface QuestionAnswers {
  /** Rounds with at least one answer of any kind, ascending. */
  rounds: number[];
  byRound: Map<number, Int8Array>;
}

export interface VoteIndex {
  /** Participants in a canonical order (their `order`, then id) so results never depend on input order. */
  participants: Participant[];
  participantIndex: Map<string, number>;
  /** Per question in play (aligned with the ids given to buildVoteIndex). */
  answers: QuestionAnswers[];
  votesFromUnknownParticipants: number;
  votesOnQuestionsNotInPlay: number;
}

export function canonicalParticipants(participants: readonly Participant[]): Participant[] {
  const seen = new Set<string>();
  const sorted = [...participants].sort((a, b) =>
    a.order !== b.order ? a.order - b.order : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  return sorted.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

export function buildVoteIndex(
  participants: readonly Participant[],
  questionIds: readonly string[],
  votes: readonly Vote[],
): VoteIndex {
  const canonical = canonicalParticipants(participants);
  const participantIndex = new Map<string, number>(canonical.map((p, i) => [p.id, i]));
  return { participants: canonical, participantIndex, ...indexVotes(participantIndex, questionIds, votes) };
}

/** The answers of each question in `questionIds`, coded for the participants of `participantIndex`. */
export function indexVotes(
  participantIndex: ReadonlyMap<string, number>,
  questionIds: readonly string[],
  votes: readonly Vote[],
): Pick<VoteIndex, 'answers' | 'votesFromUnknownParticipants' | 'votesOnQuestionsNotInPlay'> {
  const questionIndex = new Map<string, number>(questionIds.map((id, i) => [id, i]));
  const coders = questionIds.map(() => new QuestionCoder(participantIndex));
  let votesOnQuestionsNotInPlay = 0;
  // Votes arrive grouped by question in practice, so the last lookup is reused when it matches.
  let lastQuestionId: string | undefined;
  let coder: QuestionCoder | undefined;
  for (const vote of votes) {
    if (vote.questionId !== lastQuestionId) {
      lastQuestionId = vote.questionId;
      const q = questionIndex.get(vote.questionId);
      coder = q === undefined ? undefined : coders[q];
    }
    if (coder === undefined) votesOnQuestionsNotInPlay++;
    else coder.add(vote);
  }
  let votesFromUnknownParticipants = 0;
  const answers = coders.map((c) => {
    votesFromUnknownParticipants += c.votesFromUnknownParticipants;
    return c.finish();
  });
  return { answers, votesFromUnknownParticipants, votesOnQuestionsNotInPlay };
}

/**
 * Codes one question's votes, given in any number of lists (e.g. one per round): what the incremental
 * scorer does for a question whose votes changed, with the same coder as the full index.
 */
export function codeQuestionVotes(
  participantIndex: ReadonlyMap<string, number>,
  lists: readonly (readonly Vote[])[],
): { answers: QuestionAnswers; votesFromUnknownParticipants: number } {
  const coder = new QuestionCoder(participantIndex);
  for (const list of lists) for (const vote of list) coder.add(vote);
  return { answers: coder.finish(), votesFromUnknownParticipants: coder.votesFromUnknownParticipants };
}

/**
 * One question's answers, coded one vote at a time into an Int8Array per round with a slot per
 * participant of `participantIndex`; votes of people not in it are counted apart.
 */
class QuestionCoder {
  readonly answers: QuestionAnswers = { rounds: [], byRound: new Map() };
  votesFromUnknownParticipants = 0;
  // When a participant has several entries for one round, the latest `at` wins (ties: the higher code),
  // which makes the outcome independent of the order of the vote list.
  private readonly recordedAt = new Map<number, Float64Array>();
  private lastRound = Number.NaN;
  private codes: Int8Array | undefined;
  private times: Float64Array | undefined;

  constructor(private readonly participantIndex: ReadonlyMap<string, number>) {}

  add(vote: Vote): void {
    const p = this.participantIndex.get(vote.participantId);
    if (p === undefined) {
      this.votesFromUnknownParticipants++;
      return;
    }
    const code = answerCode(vote.value);
    if (code === NO_ANSWER) return;
    let codes = this.codes;
    let times = this.times;
    // Votes of one round arrive together in practice, so the last round's arrays are reused.
    if (vote.round !== this.lastRound || codes === undefined || times === undefined) {
      this.lastRound = vote.round;
      codes = this.answers.byRound.get(vote.round);
      times = this.recordedAt.get(vote.round);
      if (codes === undefined || times === undefined) {
        const count = this.participantIndex.size;
        codes = new Int8Array(count).fill(NO_ANSWER);
        times = new Float64Array(count).fill(-Infinity);
        this.answers.byRound.set(vote.round, codes);
        this.recordedAt.set(vote.round, times);
        this.answers.rounds.push(vote.round);
      }
      this.codes = codes;
      this.times = times;
    }
    const previousAt = times[p] as number;
    if (vote.at > previousAt || (vote.at === previousAt && code > (codes[p] as number))) {
      codes[p] = code;
      times[p] = vote.at;
    }
  }

  finish(): QuestionAnswers {
    this.answers.rounds.sort((a, b) => a - b);
    return this.answers;
  }
}

function answerCode(value: VoteValue): number {
  switch (value) {
    case 'dontKnow':
      return DONT_KNOW;
    case 'notApplicable':
      return NOT_APPLICABLE;
    default:
      return Number.isInteger(value) && value >= 0 && value <= 4 ? value : NO_ANSWER;
  }
}

/** True when the code is a 0–4 vote. */
export function isVote(code: number): boolean {
  return code >= 0 && code <= 4;
}
