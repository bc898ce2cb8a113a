import { useMemo } from 'react';
import { useRepositories } from '../../db/hooks';
import { useAppStore } from '../../store/app-store';
import { selectSetup } from '../../store/selectors';
import type { FieldRefusal } from '../../store/write';
import type { WorkshopFields } from '../../../shared/model/workshop-fields';
import type { WorkshopSettings } from '../../../shared/model/types';
import type { ParsedParticipant } from '../../../shared/model/participant-list';

/**
 * The setup screen's writes for one workshop: the store's setup writes (the one write path, with its
 * notices), bound to the workshop. Each resolves to null once a refusal is shown.
 */
export function useSetupActions(workshopId: string) {
  const setup = useAppStore(selectSetup);
  const repos = useRepositories();
  return useMemo(
    () => ({
      saveDetails: (fields: WorkshopFields, success?: string) =>
        setup.saveDetails(workshopId, fields, success),
      saveSettings: (change: Partial<WorkshopSettings>, success?: string) =>
        setup.saveSettings(workshopId, change, success),
      addTeam: (name: string, success: (name: string) => string, atField?: FieldRefusal) =>
        setup.addTeam(workshopId, name, success, atField),
      updateTeam: setup.updateTeam,
      removeTeam: setup.removeTeam,
      addParticipant: (
        fields: { displayName: string; teamId: string | null; role: string | null },
        success: (name: string) => string,
        atField?: FieldRefusal,
      ) => setup.addParticipant(workshopId, fields, success, atField),
      addParticipants: (list: readonly ParsedParticipant[], success: (count: number) => string) =>
        setup.addParticipants(workshopId, list, success),
      updateParticipant: setup.updateParticipant,
      removeParticipant: setup.removeParticipant,
      /** A read for the removal's confirmation: their votes, and how many the room has seen. */
      voteCounts: (participantId: string) => repos.people.voteCounts(workshopId, participantId),
    }),
    [repos, setup, workshopId],
  );
}

export type SetupActions = ReturnType<typeof useSetupActions>;
