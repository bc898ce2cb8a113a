import { useEffect, useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { Dialog } from '../../ui/Dialog';
import { useAppStore } from '../../store/app-store';
import { selectCloseRoom, selectDecideDevice, selectOpenRoom, selectRoom } from '../../store/selectors';
import { getPlatform } from '../../platform';
import type { ParticipantRecord, WorkshopRecord } from '../../db/records';
import type { RoomAddress, RoomInfo } from '../../../shared/ipc/room';
import { QrCode } from './QrCode';
import { RoomHelp } from './RoomHelp';
import { PrintCards } from './PrintCards';

interface RoomPanelProps {
  workshop: WorkshopRecord;
  participants: readonly ParticipantRecord[];
  onClose(): void;
}

/**
 * The join panel: choose the network and open the room; then the QR code, the address and the room code
 * for the room to read, who has joined, second devices to confirm, and what to check when a phone cannot
 * connect. Shown on the facilitator's screen (or the projector) while people join.
 */
export function RoomPanel({ workshop, participants, onClose }: RoomPanelProps) {
  const { t } = useTranslator();
  const status = useAppStore(selectRoom);
  const open = status.room?.workshopId === workshop.id ? status.room : null;
  return (
    <Dialog title={t('room.panel.title')} onClose={onClose} className="room-dialog">
      {open ? (
        <OpenRoom room={open} participants={participants} />
      ) : (
        <OpenForm workshop={workshop} participants={participants} />
      )}
      <RoomHelp />
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}

function OpenForm({ workshop, participants }: Omit<RoomPanelProps, 'onClose'>) {
  const { t } = useTranslator();
  const openRoom = useAppStore(selectOpenRoom);
  const [addresses, setAddresses] = useState<RoomAddress[] | null>(null);
  const [address, setAddress] = useState('');
  const [share, setShare] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const look = () => {
    setAddresses(null);
    getPlatform()
      .listRoomAddresses()
      .then(
        (found) => {
          setAddresses(found);
          setAddress((current) =>
            found.some((a) => a.address === current) ? current : (found[0]?.address ?? ''),
          );
        },
        (e: unknown) => {
          setAddresses([]);
          setError(e instanceof Error ? e.message : String(e));
        },
      );
  };
  useEffect(look, []);

  const start = async () => {
    setBusy(true);
    await openRoom({
      address,
      workshopId: workshop.id,
      title: workshop.title,
      participants: participants.map((p) => ({ id: p.id, name: p.displayName })),
      shareDistribution: share,
    });
    setBusy(false);
  };

  return (
    <div className="room-open-form">
      <p>{t('room.panel.intro')}</p>
      {error ? <p className="room-error">{error}</p> : null}
      {addresses && addresses.length === 0 && !error ? <p>{t('room.address.none')}</p> : null}
      <div className="field">
        <label htmlFor="room-address">{t('room.address.label')}</label>
        <div className="room-address-row">
          <select
            id="room-address"
            value={address}
            disabled={!addresses || addresses.length === 0}
            onChange={(e) => setAddress(e.target.value)}
          >
            {(addresses ?? []).map((a) => (
              <option key={a.address} value={a.address}>
                {a.internal
                  ? t('room.address.local', { address: a.address })
                  : t('room.address.option', { name: a.name, address: a.address })}
              </option>
            ))}
          </select>
          <button type="button" onClick={look}>
            {t('room.address.refresh')}
          </button>
        </div>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />{' '}
        {t('room.distribution.label')}
      </label>
      <div className="dialog-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!address || busy}
          onClick={() => void start()}
          data-autofocus
        >
          {t('room.start')}
        </button>
      </div>
    </div>
  );
}

function OpenRoom({ room, participants }: { room: RoomInfo; participants: readonly ParticipantRecord[] }) {
  const { t } = useTranslator();
  const status = useAppStore(selectRoom);
  const closeRoom = useAppStore(selectCloseRoom);
  const decide = useAppStore(selectDecideDevice);
  const [personal, setPersonal] = useState<string | null>(null);
  const person = participants.find((p) => p.id === personal);
  const qr = person ? room.links.find((l) => l.participantId === person.id)?.url : room.joinUrl;
  const code = `${room.code.slice(0, 3)} ${room.code.slice(3)}`;

  return (
    <div className="room-open">
      <section className="room-join" aria-labelledby="room-join-title">
        <h3 id="room-join-title">
          {person ? t('room.people.linkOf', { name: person.displayName }) : t('room.join.scan')}
        </h3>
        {qr ? <QrCode text={qr} size={248} label={t('room.join.qrLabel', { url: room.typedUrl })} /> : null}
        {person ? (
          <button type="button" onClick={() => setPersonal(null)}>
            {t('room.people.hideLink')}
          </button>
        ) : (
          <>
            <p className="room-type-hint">{t('room.join.orType')}</p>
            <p className="room-url" data-testid="room-url">
              {room.typedUrl}
            </p>
            <p className="room-code">
              <span className="room-code-label">{t('room.join.code')}</span>{' '}
              <span data-testid="room-code" aria-label={room.code.split('').join(' ')}>
                {code}
              </span>
            </p>
          </>
        )}
      </section>
      <section className="room-people" aria-labelledby="room-people-title">
        <h3 id="room-people-title">{t('room.people.title')}</h3>
        <ul>
          {participants.map((p) => {
            const devices = status.devices.filter((d) => d.participantId === p.id);
            const active = devices.find((d) => d.state === 'active');
            const waiting = devices.find((d) => d.state === 'pending');
            return (
              <li key={p.id} data-participant={p.id}>
                <span className="room-person" id={`room-person-${p.id}`}>
                  {p.displayName}
                </span>
                <span className={`room-person-state ${active ? 'is-joined' : ''}`}>
                  {active
                    ? active.connected
                      ? `✓ ${t('room.people.joined')}`
                      : `✓ ${t('room.people.joined')} · ${t('room.people.offline')}`
                    : t('room.people.notJoined')}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-describedby={`room-person-${p.id}`}
                  onClick={() => setPersonal(p.id)}
                >
                  {t('room.people.link')}
                </button>
                {waiting ? (
                  <div className="room-confirm" role="group" aria-label={t('room.confirm.title')}>
                    <p>{t('room.confirm.body', { name: p.displayName })}</p>
                    <button
                      type="button"
                      className="button-primary"
                      onClick={() => void decide(waiting.deviceId, true)}
                    >
                      {t('room.confirm.accept', { name: p.displayName })}
                    </button>
                    <button type="button" onClick={() => void decide(waiting.deviceId, false)}>
                      {t('room.confirm.refuse')}
                    </button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
        <div className="room-people-actions">
          <button type="button" onClick={() => window.print()}>
            {t('room.print')}
          </button>
          <button type="button" className="button-danger" onClick={() => void closeRoom()}>
            {t('room.close')}
          </button>
        </div>
        <PrintCards room={room} participants={participants} />
      </section>
    </div>
  );
}
