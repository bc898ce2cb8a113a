import { useMemo } from 'react';
import { useRepositories } from '../../db/hooks';
import { useAppStore } from '../../store/app-store';
import { selectNotify } from '../../store/selectors';
import type { WorkshopFields } from '../../../shared/model/workshop-fields';
import type { WorkshopSettings } from '../../../shared/model/types';
import type { ParsedParticipant } from '../../../shared/model/participant-list';
import { errorToMessage } from '../../../shared/i18n';

/**
 * The setup screen's writes. Each one reports success or the repository's message (which says what
 * happened and that nothing was changed) as a notice, and resolves to null on failure.
 */
export function useSetupActions(workshopId: string) {
  const repos = useRepositories();
  const notify = useAppStore(selectNotify);
  return useMemo(() => {
    async function run<T>(write: () => Promise<T>, success?: string): Promise<T | null> {
      try {
        const result = await write();
        if (success) notify('success', success);
        return result;
      } catch (error) {
        notify('error', errorToMessage(error));
        return null;
      }
    }
    return {
      saveDetails: (fields: WorkshopFields, success: string) =>
        run(() => repos.workshops.update(workshopId, fields), success),
      /** Merges a change into the stored settings, so sections never overwrite each other. */
      saveSettings: (change: Partial<WorkshopSettings>, success: string) =>
        run(() => repos.workshops.patchSettings(workshopId, change).then(() => true), success),
      addTeam: (name: string, success: (name: string) => string) =>
        run(async () => {
          const team = await repos.people.addTeam(workshopId, name);
          notify('success', success(team.name));
          return team;
        }),
      updateTeam: (id: string, changes: { name?: string; color?: string }, success?: string) =>
        run(() => repos.people.updateTeam(id, changes).then(() => true), success),
      removeTeam: (id: string, success: string) =>
        run(() => repos.people.removeTeam(id).then(() => true), success),
      addParticipant: (
        fields: { displayName: string; teamId: string | null; role: string | null },
        success: (name: string) => string,
      ) =>
        run(async () => {
          const p = await repos.people.addParticipant(workshopId, fields);
          notify('success', success(p.displayName));
          return p;
        }),
      addParticipants: (list: readonly ParsedParticipant[], success: (count: number) => string) =>
        run(async () => {
          const added = await repos.people.addParticipants(workshopId, list);
          notify('success', success(added.length));
          return added;
        }),
      updateParticipant: (
        id: string,
        changes: { displayName?: string; teamId?: string | null; role?: string | null },
        success?: string,
      ) => run(() => repos.people.updateParticipant(id, changes).then(() => true), success),
      removeParticipant: (id: string, success: string) =>
        run(() => repos.people.removeParticipant(id).then(() => true), success),
      voteCount: (participantId: string) => repos.people.voteCount(workshopId, participantId),
    };
  }, [repos, notify, workshopId]);
}

export type SetupActions = ReturnType<typeof useSetupActions>;
