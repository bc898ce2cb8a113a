import { useEffect, useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useTranslator } from '../../app/i18n';
import type { ParticipantRecord, TeamRecord } from '../../db/records';

/** Renames a team or a participant; the repository checks the name and refuses duplicates. */
export function RenameDialog({
  title,
  label,
  initial,
  onClose,
  onSave,
}: {
  title: string;
  label: string;
  initial: string;
  onClose(): void;
  onSave(value: string): Promise<boolean | null>;
}) {
  const { t } = useTranslator();
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (value.trim() === '') {
      setError(t('common.required', { field: label }));
      return;
    }
    if (value.trim() === initial || (await onSave(value))) onClose();
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <TextField
          label={label}
          value={value}
          error={error}
          onChange={(e) => setValue(e.target.value)}
          onFocus={(e) => e.currentTarget.select()}
          data-autofocus
          required
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button-primary">
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function ConfirmDialog({
  title,
  body,
  confirm,
  onClose,
  onConfirm,
}: {
  title: string;
  body: string;
  confirm: string;
  onClose(): void;
  onConfirm(): Promise<boolean | null>;
}) {
  const { t } = useTranslator();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog role="alertdialog" title={title} onClose={onClose} description={<p>{body}</p>}>
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button-danger"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            const ok = await onConfirm();
            setBusy(false);
            if (ok) onClose();
          }}
        >
          {confirm}
        </button>
      </div>
    </Dialog>
  );
}

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
