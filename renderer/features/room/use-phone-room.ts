import { useEffect, useMemo } from 'react';
import { useAppStore } from '../../store/app-store';
import { selectAttachRoom, selectPhoneVoting, selectPublishRoom, selectRoom } from '../../store/selectors';
import type { Framework, FrameworkQuestion } from '../../../shared/framework';
import type { VoteValue } from '../../../shared/model/vote-scale';
import { phoneRoomState } from '../../../shared/room/publish';
import type { RoundState } from '../session/session-model';

/**
 * Connects the session to the room server while it is on screen, and publishes what phones may see
 * whenever it changes: the question when it is open for phones, the round's votes, the reveal.
 */
export function usePhoneRoom(input: {
  workshopId: string;
  framework: Framework;
  question: FrameworkQuestion | undefined;
  position: number;
  total: number;
  state: RoundState | null;
}) {
  const attach = useAppStore(selectAttachRoom);
  const publish = useAppStore(selectPublishRoom);
  const room = useAppStore(selectRoom);
  const phoneVoting = useAppStore(selectPhoneVoting);
  useEffect(() => attach(), [attach]);

  const { workshopId, framework, question, position, total, state } = input;
  const open = room.room?.workshopId === workshopId;
  const share = room.room?.shareDistribution ?? false;
  const votes = state?.votes;
  const message = useMemo(() => {
    if (!open || !state) return null;
    const values = new Map<string, VoteValue>();
    for (const [participantId, vote] of votes ?? []) values.set(participantId, vote.value);
    return phoneRoomState({
      workshopId,
      question: question ?? null,
      position,
      total,
      scale: {
        scale: framework.scale.labels.map((l) => ({ value: l.value, label: l.label })),
        dontKnowLabel: framework.scale.dontKnowLabel,
        notApplicableLabel: framework.scale.notApplicableLabel,
      },
      round: state.round,
      revealed: state.revealed,
      phoneVoting,
      votes: values,
      shareDistribution: share,
    });
  }, [open, state, votes, workshopId, question, position, total, framework, phoneVoting, share]);
  // Published when its content changes, not on every render.
  const key = message ? JSON.stringify(message) : null;
  useEffect(() => {
    if (message) void publish(message);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the content (key) decides, not the object
  }, [key, publish]);
}
