import type { OspoDatabase } from './database';
import type { JournalEntry, RoundRecord } from './records';
import { StorageError } from './errors';
import { countRoundVotes, type RoundKey, type VoteKey } from './vote-store';
import { roundsOfQuestion, voteRoundError } from './round-rules';

/**
 * Whether an undo step may be applied, checked before anything is written: every vote it puts back or
 * takes away must belong to a participant still in the workshop, on a question still in its question
 * set, in the round the round rules allow once the step's own round changes are applied; and a round it
 * removes must hold no vote afterwards. Null when it may; else the refusal to report.
 */
export async function checkUndo(db: OspoDatabase, entry: JournalEntry): Promise<StorageError | null> {
  const voteChanges = entry.changes.filter((c) => c.table === 'votes');
  const roundChanges = entry.changes.filter((c) => c.table === 'rounds');
  if (voteChanges.length === 0 && roundChanges.length === 0) return null;
  const gone = new StorageError('error.undo.gone', 'conflict');
  const workshop = await db.workshops.get(entry.workshopId);
  if (!workshop?.settings.questionIds.includes(entry.questionId)) return gone;

  // The question's rounds as they will be once this step's round changes are undone.
  const rounds = new Map<number, RoundRecord>(
    (await roundsOfQuestion(db, entry.workshopId, entry.questionId)).map((r) => [r.round, r]),
  );
  for (const change of roundChanges) {
    const [, , round] = change.key as RoundKey;
    if (change.before === null) rounds.delete(round);
    else rounds.set(round, change.before as RoundRecord);
  }

  for (const change of voteChanges) {
    const [workshopId, questionId, round, participantId] = change.key as VoteKey;
    if (questionId !== entry.questionId) return gone;
    const participant = await db.participants.get(participantId);
    if (participant?.workshopId !== workshopId) return gone;
    const refused = voteRoundError([...rounds.values()], round);
    if (refused) return refused;
  }

  for (const change of roundChanges) {
    if (change.before !== null) continue;
    const [workshopId, questionId, round] = change.key as RoundKey;
    const taken = voteChanges.filter((c) => c.before === null && (c.key as VoteKey)[2] === round).length;
    const held = await countRoundVotes(db, [workshopId, questionId, round]);
    if (held > taken) return gone;
  }
  return null;
}
