import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useTranslator } from '../../app/i18n';
import type { ParticipantRecord, TeamRecord } from '../../db/records';

export function DeleteTeamDialog({
  team,
  members,
  onClose,
  onConfirm,
}: {
  team: TeamRecord;
  members: number;
  onClose(): void;
  onConfirm(): Promise<boolean | null>;
}) {
  const { t } = useTranslator();
  return (
    <ConfirmDialog
      title={t('setup.teams.deleteTitle', { name: team.name })}
      body={
        members === 0 ? t('setup.teams.deleteBodyEmpty') : t('setup.teams.deleteBody', { count: members })
      }
      confirm={t('setup.teams.deleteConfirm')}
      onClose={onClose}
      onConfirm={onConfirm}
    />
  );
}

/**
 * Removing a participant deletes their votes: the confirmation says how many, read before it opens,
 * and says so plainly when some are in rounds the room has seen, since those results change.
 */
export function RemoveParticipantDialog({
  participant,
  voteCounts,
  onClose,
  onConfirm,
}: {
  participant: ParticipantRecord;
  voteCounts(id: string): Promise<{ total: number; revealed: number }>;
  onClose(): void;
  onConfirm(counts: { total: number; revealed: number }): Promise<boolean | null>;
}) {
  const { t } = useTranslator();
  const [counts, setCounts] = useState<{ total: number; revealed: number } | null>(null);
  useEffect(() => {
    let live = true;
    void voteCounts(participant.id).then((n) => live && setCounts(n));
    return () => {
      live = false;
    };
  }, [participant.id, voteCounts]);
  if (counts === null) return null;
  const name = participant.displayName;
  const body =
    counts.total === 0
      ? t('setup.participants.removeBodyNoVotes', { name })
      : counts.revealed === 0
        ? t('setup.participants.removeBody', { name, count: counts.total })
        : t('setup.participants.removeBodyRevealed', {
            name,
            count: counts.total,
            revealed: counts.revealed,
          });
  return (
    <ConfirmDialog
      title={t('setup.participants.removeTitle', { name })}
      body={body}
      confirm={
        counts.revealed === 0
          ? t('setup.participants.removeConfirm')
          : t('setup.participants.removeConfirmRevealed')
      }
      onClose={onClose}
      onConfirm={() => onConfirm(counts)}
    />
  );
}
