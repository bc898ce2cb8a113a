import { useState } from 'react';
import { useTranslator } from '../../app/i18n';
import { useOwnedWork } from '../../ui/use-owned-work';
import type { ParticipantRecord, TeamRecord } from '../../db/records';
import { Section, Swatch, useFocusAfterRemoval } from './parts';
import { RemoveParticipantDialog } from './dialogs';
import { RenameDialog } from '../../ui/RenameDialog';
import { AddParticipantForm, RoleOptions, TeamOptions } from './AddParticipantForm';
import { PasteParticipants } from './PasteParticipants';
import type { SetupActions } from './use-setup-actions';

type Pending = { kind: 'rename' | 'remove'; participant: ParticipantRecord } | null;

/** The participants table (name, team, role), adding one by one, and pasting a whole list. */
export function ParticipantsSection({
  teams,
  participants,
  actions,
}: {
  teams: TeamRecord[];
  participants: ParticipantRecord[];
  actions: SetupActions;
}) {
  const { t } = useTranslator();
  const owned = useOwnedWork();
  const [pending, setPending] = useState<Pending>(null);
  const markRemoved = useFocusAfterRemoval(
    'setup-participants',
    participants.map((x) => x.id),
  );
  const teamOf = (p: ParticipantRecord) => teams.find((team) => team.id === p.teamId);

  return (
    <Section id="setup-participants" title={t('setup.participants.heading')}>
      {participants.length === 0 ? (
        <p className="muted">{t('setup.participants.none')}</p>
      ) : (
        <table className="setup-table">
          <caption>{t('setup.participants.count', { count: participants.length })}</caption>
          <thead>
            <tr>
              <th scope="col" id="col-name">
                {t('setup.participants.name')}
              </th>
              <th scope="col" id="col-team">
                {t('setup.participants.team')}
              </th>
              <th scope="col" id="col-role">
                {t('setup.participants.role')}
              </th>
              <th scope="col">
                <span className="setup-hidden">{t('setup.participants.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => {
              const rowId = `participant-${p.id}`;
              const team = teamOf(p);
              return (
                <tr key={p.id}>
                  <th scope="row" id={rowId}>
                    {p.displayName}
                  </th>
                  <td>
                    <span className="setup-cell-select">
                      {team ? <Swatch color={team.color} /> : <span className="setup-swatch-empty" />}
                      <select
                        aria-labelledby={`col-team ${rowId}`}
                        value={p.teamId ?? ''}
                        onChange={(e) =>
                          void actions.updateParticipant(p.id, { teamId: e.target.value || null })
                        }
                      >
                        <TeamOptions teams={teams} />
                      </select>
                    </span>
                  </td>
                  <td>
                    <select
                      aria-labelledby={`col-role ${rowId}`}
                      value={p.role ?? ''}
                      onChange={(e) => void actions.updateParticipant(p.id, { role: e.target.value || null })}
                    >
                      <RoleOptions current={p.role} />
                    </select>
                  </td>
                  <td className="setup-row-actions">
                    <button
                      type="button"
                      className="button-quiet"
                      id={`${rowId}-rename`}
                      aria-labelledby={`${rowId}-rename ${rowId}`}
                      onClick={() => setPending({ kind: 'rename', participant: p })}
                    >
                      {t('setup.participants.rename')}
                    </button>
                    <button
                      type="button"
                      className="button-quiet-danger"
                      id={`${rowId}-remove`}
                      aria-labelledby={`${rowId}-remove ${rowId}`}
                      onClick={() => setPending({ kind: 'remove', participant: p })}
                    >
                      {t('setup.participants.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <AddParticipantForm teams={teams} actions={actions} />
      <PasteParticipants teams={teams} participants={participants} actions={actions} />
      {pending?.kind === 'rename' ? (
        <RenameDialog
          title={t('setup.participants.renameTitle')}
          label={t('setup.participants.name')}
          initial={pending.participant.displayName}
          onClose={() => setPending(null)}
          onSave={(displayName, refuse) =>
            actions.updateParticipant(pending.participant.id, { displayName }, undefined, refuse)
          }
        />
      ) : null}
      {pending?.kind === 'remove' ? (
        <RemoveParticipantDialog
          participant={pending.participant}
          voteCounts={actions.voteCounts}
          onClose={() => setPending(null)}
          onConfirm={async (counts) => {
            const ok = await actions.removeParticipant(
              pending.participant.id,
              t('setup.participants.removed', { name: pending.participant.displayName }),
              // The confirmation said that revealed results change: the repository asks for that.
              counts.revealed > 0 ? { revealedVotes: 'remove' } : {},
            );
            if (ok && owned.alive()) markRemoved(pending.participant.id);
            return ok;
          }}
        />
      ) : null}
    </Section>
  );
}
