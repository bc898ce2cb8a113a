/**
 * What the facilitator's app publishes to the room for phones: the rule in one place. The question is
 * shown only when it is open for phone voting (or was, and is now revealed); the votes of the round go
 * to the server (which sends each phone its own); the distribution only once revealed and shared.
 */
import type { FrameworkQuestion } from '../framework';
import type { RoomQuestionState } from '../ipc/room';
import type { VoteValue } from '../model/vote-scale';
import type { PhoneDistribution, PhoneQuestion } from './protocol';
import { MAX_NAME_LENGTH, MAX_TEXT_LENGTH } from './protocol';

export interface PublishInput {
  workshopId: string;
  question: FrameworkQuestion | null;
  position: number;
  total: number;
  scale: Pick<PhoneQuestion, 'scale' | 'dontKnowLabel' | 'notApplicableLabel'>;
  round: number;
  revealed: boolean;
  /** The question and round the facilitator opened for phones, if any. */
  phoneVoting: { questionId: string; round: number } | null;
  /** This round's votes, by participant. */
  votes: ReadonlyMap<string, VoteValue>;
  shareDistribution: boolean;
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function phoneRoomState(input: PublishInput): RoomQuestionState {
  const q = input.question;
  const opened =
    q !== null && input.phoneVoting?.questionId === q.id && input.phoneVoting.round === input.round;
  const question: PhoneQuestion | null =
    opened && q
      ? {
          id: q.id,
          position: input.position,
          total: input.total,
          statement: cut(q.statement, MAX_TEXT_LENGTH),
          help: cut(q.help, MAX_TEXT_LENGTH),
          anchors: { zero: cut(q.anchors.zero, MAX_TEXT_LENGTH), four: cut(q.anchors.four, MAX_TEXT_LENGTH) },
          scale: input.scale.scale.map((s) => ({ value: s.value, label: cut(s.label, MAX_NAME_LENGTH) })),
          dontKnowLabel: cut(input.scale.dontKnowLabel, MAX_NAME_LENGTH),
          notApplicableLabel: cut(input.scale.notApplicableLabel, MAX_NAME_LENGTH),
        }
      : null;
  const votes: Record<string, VoteValue> = {};
  if (question) for (const [participantId, value] of input.votes) votes[participantId] = value;
  return {
    workshopId: input.workshopId,
    question,
    round: input.round,
    open: question !== null && !input.revealed,
    revealed: question !== null && input.revealed,
    votes,
    distribution:
      question && input.revealed && input.shareDistribution ? distributionOf(input.votes.values()) : null,
  };
}

export function distributionOf(values: Iterable<VoteValue>): PhoneDistribution {
  const d: PhoneDistribution = { counts: [0, 0, 0, 0, 0], dontKnow: 0, notApplicable: 0 };
  for (const value of values) {
    if (value === 'dontKnow') d.dontKnow++;
    else if (value === 'notApplicable') d.notApplicable++;
    else d.counts[value]++;
  }
  return d;
}
