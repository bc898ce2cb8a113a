import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type { WorkshopFields } from '../../shared/model/workshop-fields';
import type { WorkshopRecord } from '../db/records';
import { errorToMessage } from '../../shared/i18n';

export interface WorkshopsSlice {
  createWorkshop(fields: WorkshopFields): Promise<WorkshopRecord | null>;
  renameWorkshop(id: string, title: string): Promise<boolean>;
  deleteWorkshop(id: string): Promise<boolean>;
  openWorkshop(id: string): Promise<void>;
}

/** Actions call repositories; the screens read the rows back through live queries. */
export const createWorkshopsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], WorkshopsSlice> =>
  (_set, get) => ({
    async createWorkshop(fields) {
      try {
        const record = await deps.repos.workshops.create(fields);
        await deps.repos.workshops.markOpened(record.id);
        get().notify('success', deps.t('workshop.created', { title: record.title }));
        get().navigate({ name: 'workshop', workshopId: record.id });
        return record;
      } catch (error) {
        get().notify('error', errorToMessage(error));
        return null;
      }
    },
    async renameWorkshop(id, title) {
      try {
        const record = await deps.repos.workshops.rename(id, title);
        get().notify('success', deps.t('workshop.renamed', { title: record.title }));
        return true;
      } catch (error) {
        get().notify('error', errorToMessage(error));
        return false;
      }
    },
    async deleteWorkshop(id) {
      try {
        const row = await deps.repos.workshops.get(id);
        await deps.repos.workshops.remove(id);
        get().notify('success', deps.t('workshop.deleted', { title: row?.title ?? '' }));
        return true;
      } catch (error) {
        get().notify('error', errorToMessage(error));
        return false;
      }
    },
    async openWorkshop(id) {
      get().navigate({ name: 'workshop', workshopId: id });
      try {
        await deps.repos.workshops.markOpened(id);
      } catch {
        // Not being able to stamp "last opened" must never block opening a workshop.
      }
    },
  });
