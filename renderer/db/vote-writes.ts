import type { OspoDatabase } from './database';
import type { JournalEntry, ParticipantRecord, RoundRecord, VoteRecord } from './records';
import { StorageError } from './errors';
import { addJournalEntries } from './journal';
import { roundsOfQuestion, voteRoundError } from './round-rules';
import { RoundVotes, type RoundKey, type VoteKey } from './vote-store';
import type { Clock } from './workshops.repo';
import { isVoteValue, type VoteValue } from '../../shared/model/vote-scale';

export interface VoteInput {
  workshopId: string;
  questionId: string;
  participantId: string;
  round: number;
  value: VoteValue;
  /** A phone's ballot id: the same ballot delivered twice is recorded once (see writeVotes). */
  ballotId?: string;
}

const voteKey = (v: Omit<VoteInput, 'value'>): VoteKey => [
  v.workshopId,
  v.questionId,
  v.round,
  v.participantId,
];
const questionKey = (v: Pick<VoteInput, 'workshopId' | 'questionId'>) => [v.workshopId, v.questionId];
const text = (key: unknown[]) => JSON.stringify(key);

/**
 * Writes votes inside the caller's transaction, in order, each with its undo entry; a refused vote is
 * returned as its StorageError and writes nothing, while the others go in. Every read goes out at once
 * and every write after them: a batch costs two round trips to IndexedDB whatever its size, where a
 * vote that waited for the one before it would wait for the page too (rendering, focus) each time.
 * Each vote sees the ones before it in the batch (a person typed twice, a round the first vote opened),
 * and each is held to the round rules (round-rules.ts).
 */
export async function writeVotes(
  db: OspoDatabase,
  clock: Clock,
  inputs: readonly VoteInput[],
): Promise<(VoteRecord | StorageError)[]> {
  const valid = inputs.filter((i) => isVoteValue(i.value) && Number.isInteger(i.round) && i.round >= 1);
  const people = [...new Set(valid.map((i) => i.participantId))];
  const questions = [...new Map(valid.map((i) => [text(questionKey(i)), i])).values()];
  const roundKeys = valid.map((i): RoundKey => [i.workshopId, i.questionId, i.round]);
  const [participants, rounds, votes] = await Promise.all([
    db.participants.bulkGet(people),
    Promise.all(questions.map((q) => roundsOfQuestion(db, q.workshopId, q.questionId))),
    RoundVotes.load(db, roundKeys),
  ]);
  const participantOf = new Map<string, ParticipantRecord | undefined>(
    people.map((id, i) => [id, participants[i]]),
  );
  const roundsOf = new Map<string, RoundRecord[]>(
    questions.map((q, i) => [text(questionKey(q)), rounds[i]!]),
  );

  const writes: Promise<unknown>[] = [];
  const entries: Omit<JournalEntry, 'at'>[] = [];
  const results = inputs.map((input): VoteRecord | StorageError => {
    const { workshopId, questionId, participantId, round, value } = input;
    if (!isVoteValue(value)) return new StorageError('error.vote.value', 'validation');
    if (!Number.isInteger(round) || round < 1) return new StorageError('error.vote.round', 'validation');
    if (participantOf.get(participantId)?.workshopId !== workshopId) {
      return new StorageError('error.vote.stranger', 'validation');
    }
    const vKey = voteKey(input);
    const before = votes.get(vKey) ?? null;
    // A phone's ballot sent again (the app reloaded before its acknowledgement reached the phone) is
    // already this vote: it is not written twice, nor journaled as a second undo step.
    if (input.ballotId !== undefined && before?.ballotId === input.ballotId) return before;
    const questionRounds = roundsOf.get(text(questionKey(input))) ?? [];
    const refused = voteRoundError(questionRounds, round);
    if (refused) return refused;
    const opened = !questionRounds.some((r) => r.round === round);
    const changes: JournalEntry['changes'] = [{ table: 'votes', key: vKey, before }];
    const vote: VoteRecord = { workshopId, questionId, participantId, round, value, at: clock.now() };
    if (input.ballotId !== undefined) vote.ballotId = input.ballotId;
    votes.put(vote);
    if (opened) {
      const created: RoundRecord = { workshopId, questionId, round, startedAt: vote.at, revealedAt: null };
      writes.push(db.rounds.add(created));
      questionRounds.push(created);
      changes.push({ table: 'rounds', key: [workshopId, questionId, round], before: null });
    }
    entries.push({ workshopId, action: 'vote', questionId, participantId, round, value, changes });
    return vote;
  });
  writes.push(votes.save());
  writes.push(addJournalEntries(db, clock, entries));
  await Promise.all(writes);
  return results;
}
