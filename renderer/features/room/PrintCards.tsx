import { createPortal } from 'react-dom';
import { useTranslator } from '../../app/i18n';
import type { ParticipantRecord } from '../../db/records';
import type { RoomInfo } from '../../../shared/ipc/room';
import { QrCode } from './QrCode';

/**
 * One card per participant with their personal QR code, for the facilitator to print and hand out: the
 * sheet is on the page only for the printer (room.css hides everything else when printing).
 */
export function PrintCards({
  room,
  participants,
}: {
  room: RoomInfo;
  participants: readonly ParticipantRecord[];
}) {
  const { t } = useTranslator();
  return createPortal(
    <div className="room-print-sheet" aria-hidden="true">
      {participants.map((p) => {
        const url = room.links.find((l) => l.participantId === p.id)?.url;
        if (!url) return null;
        return (
          <div key={p.id} className="room-print-card">
            <p className="room-print-name">{p.displayName}</p>
            <QrCode text={url} size={180} label={t('room.people.linkOf', { name: p.displayName })} />
            <p>{t('room.print.card', { name: p.displayName })}</p>
          </div>
        );
      })}
    </div>,
    document.body,
  );
}
