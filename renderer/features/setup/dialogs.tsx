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

/** Removing a participant deletes their votes: the confirmation says how many, read before it opens. */
export function RemoveParticipantDialog({
  participant,
  voteCount,
  onClose,
  onConfirm,
}: {
  participant: ParticipantRecord;
  voteCount(id: string): Promise<number>;
  onClose(): void;
  onConfirm(): Promise<boolean | null>;
}) {
  const { t } = useTranslator();
  const [votes, setVotes] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void voteCount(participant.id).then((n) => live && setVotes(n));
    return () => {
      live = false;
    };
  }, [participant.id, voteCount]);
  if (votes === null) return null;
  const name = participant.displayName;
  return (
    <ConfirmDialog
      title={t('setup.participants.removeTitle', { name })}
      body={
        votes === 0
          ? t('setup.participants.removeBodyNoVotes', { name })
          : t('setup.participants.removeBody', { name, count: votes })
      }
      confirm={t('setup.participants.removeConfirm')}
      onClose={onClose}
      onConfirm={onConfirm}
    />
  );
}
