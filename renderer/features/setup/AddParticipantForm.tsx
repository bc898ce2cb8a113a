import { useRef, useState, type FormEvent } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import { TextField } from '../../ui/TextField';
import { PARTICIPANT_ROLES } from '../../../shared/model/palette';
import type { TeamRecord } from '../../db/records';
import { roleLabel } from '../../../shared/model/labels';
import type { SetupActions } from './use-setup-actions';

export function TeamOptions({ teams }: { teams: TeamRecord[] }) {
  const { t } = useTranslator();
  return (
    <>
      <option value="">{t('setup.participants.noTeam')}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
}

/** The roles of the matrix of experts; a role stored by another version of the app stays selectable. */
export function RoleOptions({ current }: { current?: string | null }) {
  const { t } = useTranslator();
  const roles: string[] = [...PARTICIPANT_ROLES];
  if (current && !roles.includes(current)) roles.push(current);
  return (
    <>
      <option value="">{t('setup.participants.noRole')}</option>
      {roles.map((role) => (
        <option key={role} value={role}>
          {roleLabel(role, t)}
        </option>
      ))}
    </>
  );
}

/** One participant at a time; team and role stay chosen so a run of colleagues goes fast. */
export function AddParticipantForm({ teams, actions }: { teams: TeamRecord[]; actions: SetupActions }) {
  const { t, message } = useTranslator();
  const owned = useOwnedWork();
  const [name, setName] = useState('');
  const [teamId, setTeamId] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | undefined>();
  const nameRef = useRef<HTMLDivElement>(null);
  const focusName = () => nameRef.current?.querySelector('input')?.focus();
  const validTeam = teams.some((team) => team.id === teamId) ? teamId : '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError(t('common.required', { field: t('setup.participants.name') }));
      focusName();
      return;
    }
    setError(undefined);
    // A name already taken is said at the name field, where the facilitator types the fix.
    const added = await actions.addParticipant(
      { displayName: name, teamId: validTeam || null, role: role || null },
      (n) => t('setup.participants.added', { name: n }),
      (refusal) => {
        if (!owned.alive()) return;
        setError(message(refusal));
        focusName();
      },
    );
    if (added && owned.alive()) {
      setName('');
      focusName();
    }
  }

  return (
    <form className="setup-add-participant" onSubmit={submit} noValidate>
      <h3>{t('setup.participants.addHeading')}</h3>
      <div className="setup-add-row">
        <div ref={nameRef} className="setup-add-name">
          <TextField
            label={t('setup.participants.name')}
            value={name}
            error={error}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="add-participant-team">{t('setup.participants.team')}</label>
          <select id="add-participant-team" value={validTeam} onChange={(e) => setTeamId(e.target.value)}>
            <TeamOptions teams={teams} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="add-participant-role">{t('setup.participants.role')}</label>
          <select id="add-participant-role" value={role} onChange={(e) => setRole(e.target.value)}>
            <RoleOptions />
          </select>
        </div>
        <button type="submit">{t('setup.participants.add')}</button>
      </div>
    </form>
  );
}
