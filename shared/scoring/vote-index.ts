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
  const questionIndex = new Map<string, number>(questionIds.map((id, i) => [id, i]));
  const count = canonical.length;
  const answers: QuestionAnswers[] = questionIds.map(() => ({ rounds: [], byRound: new Map() }));
  // When a participant has several entries for one question and round, the latest `at` wins (ties: the
  // higher code), which makes the outcome independent of the order of the vote list.
  const recordedAt: Map<number, Float64Array>[] = questionIds.map(() => new Map());
  let votesFromUnknownParticipants = 0;
  let votesOnQuestionsNotInPlay = 0;

  // Votes arrive grouped by question and round in practice, so the last lookup is reused when it matches.
  let lastQuestionId: string | undefined;
  let lastRound = Number.NaN;
  let q: number | undefined;
  let codes: Int8Array | undefined;
  let times: Float64Array | undefined;
  for (const vote of votes) {
    if (vote.questionId !== lastQuestionId) {
      lastQuestionId = vote.questionId;
      q = questionIndex.get(vote.questionId);
      lastRound = Number.NaN;
    }
    if (q === undefined) {
      votesOnQuestionsNotInPlay++;
      continue;
    }
    const p = participantIndex.get(vote.participantId);
    if (p === undefined) {
      votesFromUnknownParticipants++;
      continue;
    }
    const code = answerCode(vote.value);
    if (code === NO_ANSWER) continue;
    if (vote.round !== lastRound || codes === undefined || times === undefined) {
      lastRound = vote.round;
      const question = answers[q] as QuestionAnswers;
      codes = question.byRound.get(vote.round);
      times = (recordedAt[q] as Map<number, Float64Array>).get(vote.round);
      if (codes === undefined || times === undefined) {
        codes = new Int8Array(count).fill(NO_ANSWER);
        times = new Float64Array(count).fill(-Infinity);
        question.byRound.set(vote.round, codes);
        (recordedAt[q] as Map<number, Float64Array>).set(vote.round, times);
        question.rounds.push(vote.round);
      }
    }
    const previousAt = times[p] as number;
    if (vote.at > previousAt || (vote.at === previousAt && code > (codes[p] as number))) {
      codes[p] = code;
      times[p] = vote.at;
    }
  }
  for (const question of answers) question.rounds.sort((a, b) => a - b);
  return {
    participants: canonical,
    participantIndex,
    answers,
    votesFromUnknownParticipants,
    votesOnQuestionsNotInPlay,
  };
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
