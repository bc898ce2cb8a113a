import { useEffect, useRef, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { useAppStore } from '../../store/app-store';
import { selectNotify, selectPhoneVoting, selectRoom, selectSetPhoneVoting } from '../../store/selectors';
import type { ParticipantRecord, WorkshopRecord } from '../../db/records';
import { RoomPanel } from './RoomPanel';
import { isLetterKey } from '../session/session-keys';

interface RoomControlsProps {
  workshop: WorkshopRecord;
  participants: readonly ParticipantRecord[];
  questionId: string;
  round: number;
  revealed: boolean;
}

/**
 * The session's phone voting controls: the room (open it, see who joined) and, once it is open, opening
 * the current question for phones. A second device waiting for confirmation is announced.
 */
export function RoomControls({ workshop, participants, questionId, round, revealed }: RoomControlsProps) {
  const { t } = useTranslator();
  const status = useAppStore(selectRoom);
  const phoneVoting = useAppStore(selectPhoneVoting);
  const setPhoneVoting = useAppStore(selectSetPhoneVoting);
  const notify = useAppStore(selectNotify);
  const [panel, setPanel] = useState(false);
  const open = status.room?.workshopId === workshop.id;
  const joined = new Set(status.devices.filter((d) => d.state === 'active').map((d) => d.participantId)).size;
  const isOpenHere = phoneVoting?.questionId === questionId && phoneVoting.round === round;

  // A new round of the question phones were voting on stays open for phones.
  useEffect(() => {
    if (phoneVoting?.questionId === questionId && phoneVoting.round < round && !revealed) {
      setPhoneVoting({ questionId, round });
    }
  }, [phoneVoting, questionId, round, revealed, setPhoneVoting]);

  // P opens the phones panel from anywhere on the session screen, as G opens "Go to question".
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isLetterKey(event, 'p')) return;
      event.preventDefault();
      setPanel(true);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const announced = useRef(new Set<string>());
  useEffect(() => {
    for (const device of status.devices) {
      if (device.state !== 'pending' || announced.current.has(device.deviceId)) continue;
      announced.current.add(device.deviceId);
      const name = participants.find((p) => p.id === device.participantId)?.displayName ?? '';
      notify('info', t('room.notice.secondDevice', { name }));
    }
  }, [status.devices, participants, notify, t]);

  return (
    <div className="room-controls">
      <button type="button" onClick={() => setPanel(true)} aria-haspopup="dialog" aria-keyshortcuts="P">
        {open ? t('room.show', { joined, total: participants.length }) : t('room.open')} <kbd>P</kbd>
      </button>
      {open && !revealed ? (
        <button
          type="button"
          className={isOpenHere ? undefined : 'button-primary'}
          onClick={() => setPhoneVoting(isOpenHere ? null : { questionId, round })}
        >
          {isOpenHere ? t('room.phoneVoting.close') : t('room.phoneVoting.open')}
        </button>
      ) : null}
      <span className="room-phone-state" role="status">
        {open && isOpenHere && !revealed ? t('room.phoneVoting.isOpen') : ''}
      </span>
      {panel ? (
        <RoomPanel workshop={workshop} participants={participants} onClose={() => setPanel(false)} />
      ) : null}
    </div>
  );
}
