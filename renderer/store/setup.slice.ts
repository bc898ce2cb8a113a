import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import { createWrite, type FieldRefusal } from './write';
import type { WorkshopFields } from '../../shared/model/workshop-fields';
import type { WorkshopSettings } from '../../shared/model/types';
import type { ParsedParticipant } from '../../shared/model/participant-list';
import type { ParticipantRecord, TeamRecord, WorkshopRecord } from '../db/records';

type Success = string | undefined;

/**
 * The setup screen's writes. Each resolves to its result, or null once the refusal is shown as a notice;
 * success messages come from the screen, which words them for what it shows.
 */
export interface SetupWrites {
  saveDetails(workshopId: string, fields: WorkshopFields, success: Success): Promise<WorkshopRecord | null>;
  /** Merges a change into the stored settings, so sections never overwrite each other. */
  saveSettings(workshopId: string, change: Partial<WorkshopSettings>, success: Success): Promise<true | null>;
  addTeam(
    workshopId: string,
    name: string,
    success: (name: string) => string,
    atField?: FieldRefusal,
  ): Promise<TeamRecord | null>;
  updateTeam(
    id: string,
    changes: { name?: string; color?: string },
    success?: Success,
    atField?: FieldRefusal,
  ): Promise<true | null>;
  removeTeam(id: string, success?: Success): Promise<true | null>;
  addParticipant(
    workshopId: string,
    fields: { displayName: string; teamId: string | null; role: string | null },
    success: (name: string) => string,
    atField?: FieldRefusal,
  ): Promise<ParticipantRecord | null>;
  addParticipants(
    workshopId: string,
    list: readonly ParsedParticipant[],
    success: (count: number) => string,
  ): Promise<ParticipantRecord[] | null>;
  updateParticipant(
    id: string,
    changes: { displayName?: string; teamId?: string | null; role?: string | null },
    success?: Success,
    atField?: FieldRefusal,
  ): Promise<true | null>;
  /** `revealedVotes: 'remove'` once the confirmation has said that revealed results change. */
  removeParticipant(
    id: string,
    success?: Success,
    options?: { revealedVotes?: 'remove' },
  ): Promise<true | null>;
}

export interface SetupSlice {
  /** One object for the life of the store, so a screen selecting it never renders again for it. */
  setup: SetupWrites;
}

export const createSetupSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SetupSlice> =>
  (_set, get) => {
    const write = createWrite(get);
    const { workshops, people } = deps.repos;
    const done = () => true as const;
    const say = (success: Success) => () => success ?? null;
    const setup: SetupWrites = {
      saveDetails: (workshopId, fields, success) =>
        write(() => workshops.update(workshopId, fields), null, say(success)),
      saveSettings: (workshopId, change, success) =>
        write(() => workshops.patchSettings(workshopId, change).then(done), null, say(success)),
      addTeam: (workshopId, name, success, atField) =>
        write(
          () => people.addTeam(workshopId, name),
          null,
          (team) => success(team.name),
          atField,
        ),
      updateTeam: (id, changes, success, atField) =>
        write(() => people.updateTeam(id, changes).then(done), null, say(success), atField),
      removeTeam: (id, success) => write(() => people.removeTeam(id).then(done), null, say(success)),
      addParticipant: (workshopId, fields, success, atField) =>
        write(
          () => people.addParticipant(workshopId, fields),
          null,
          (p) => success(p.displayName),
          atField,
        ),
      addParticipants: (workshopId, list, success) =>
        write(
          () => people.addParticipants(workshopId, list),
          null,
          (added) => success(added.length),
        ),
      updateParticipant: (id, changes, success, atField) =>
        write(() => people.updateParticipant(id, changes).then(done), null, say(success), atField),
      removeParticipant: (id, success, options) =>
        write(() => people.removeParticipant(id, options).then(done), null, say(success)),
    };
    return { setup };
  };
