import { useState, type FormEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import { TextField } from '../../ui/TextField';
import { TEAM_PALETTE } from '../../../shared/model/palette';
import type { ParticipantRecord, TeamRecord } from '../../db/records';
import { colorName } from '../../../shared/model/labels';
import { Section, Swatch, useFocusAfterRemoval } from './parts';
import { DeleteTeamDialog } from './dialogs';
import { RenameDialog } from '../../ui/RenameDialog';
import type { SetupActions } from './use-setup-actions';

type Pending = { kind: 'rename' | 'delete'; team: TeamRecord } | null;

/** Teams with their colour (always with its name), renamed or deleted through a dialog. */
export function TeamsSection({
  teams,
  participants,
  actions,
}: {
  teams: TeamRecord[];
  participants: ParticipantRecord[];
  actions: SetupActions;
}) {
  const { t, message } = useTranslator();
  const owned = useOwnedWork();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState<Pending>(null);
  const markRemoved = useFocusAfterRemoval(
    'setup-teams',
    teams.map((x) => x.id),
  );

  async function add(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') return;
    setError(undefined);
    // A name already taken is said at the field, not in the notice corner.
    const added = await actions.addTeam(
      name,
      (n) => t('setup.teams.added', { name: n }),
      (refusal) => owned.alive() && setError(message(refusal)),
    );
    if (added && owned.alive()) setName('');
  }

  const members = (team: TeamRecord) => participants.filter((p) => p.teamId === team.id).length;

  return (
    <Section id="setup-teams" title={t('setup.teams.heading')}>
      {teams.length === 0 ? (
        <p className="muted">{t('setup.teams.none')}</p>
      ) : (
        <ul className="setup-teams" aria-label={t('setup.teams.list')}>
          {teams.map((team) => {
            const nameId = `team-${team.id}-name`;
            return (
              <li key={team.id} className="setup-team">
                <Swatch color={team.color} />
                <span className="setup-team-name">
                  <strong id={nameId}>{team.name}</strong>
                  <span className="muted"> · {t('setup.teams.members', { count: members(team) })}</span>
                </span>
                <label className="setup-inline-field">
                  <span id={`team-${team.id}-color`}>{t('setup.teams.color')}</span>
                  {/* "Colour Legal", "Rename Legal": each name says which team it acts on. */}
                  <select
                    value={team.color}
                    aria-labelledby={`team-${team.id}-color ${nameId}`}
                    onChange={(e) => void actions.updateTeam(team.id, { color: e.target.value })}
                  >
                    {TEAM_PALETTE.map((c) => (
                      <option key={c.hex} value={c.hex}>
                        {colorName(c.hex, t)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="button"
                  id={`team-${team.id}-rename`}
                  aria-labelledby={`team-${team.id}-rename ${nameId}`}
                  onClick={() => setPending({ kind: 'rename', team })}
                >
                  {t('setup.teams.rename')}
                </button>
                <button
                  type="button"
                  className="button-quiet-danger"
                  id={`team-${team.id}-delete`}
                  aria-labelledby={`team-${team.id}-delete ${nameId}`}
                  onClick={() => setPending({ kind: 'delete', team })}
                >
                  {t('setup.teams.delete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form className="setup-add-row" onSubmit={add} noValidate>
        <TextField
          label={t('setup.teams.newName')}
          value={name}
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            setError(undefined);
          }}
        />
        <button type="submit">{t('setup.teams.add')}</button>
      </form>
      {pending?.kind === 'rename' ? (
        <RenameDialog
          title={t('setup.teams.renameTitle')}
          label={t('setup.teams.name')}
          initial={pending.team.name}
          onClose={() => setPending(null)}
          onSave={(value, refuse) =>
            actions.updateTeam(
              pending.team.id,
              { name: value },
              t('setup.teams.renamed', { name: value.trim() }),
              refuse,
            )
          }
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <DeleteTeamDialog
          team={pending.team}
          members={members(pending.team)}
          onClose={() => setPending(null)}
          onConfirm={async () => {
            const ok = await actions.removeTeam(
              pending.team.id,
              t('setup.teams.deleted', { name: pending.team.name }),
            );
            if (ok && owned.alive()) markRemoved(pending.team.id);
            return ok;
          }}
        />
      ) : null}
    </Section>
  );
}
