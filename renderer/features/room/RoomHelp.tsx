import { useTranslator } from '../../app/i18n';

const CAUSES = [
  'room.help.sameNetwork',
  'room.help.guestWifi',
  'room.help.firewall',
  'room.help.macos',
  'room.help.hotspot',
  'room.help.address',
] as const;

/** "Can't connect?": the usual causes, in the order they are worth checking. */
export function RoomHelp() {
  const { t } = useTranslator();
  return (
    <details className="room-help">
      <summary>{t('room.help.title')}</summary>
      <ul>
        {CAUSES.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </details>
  );
}
