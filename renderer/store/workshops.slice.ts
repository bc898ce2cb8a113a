import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type { WorkshopFields } from '../../shared/model/workshop-fields';
import type { WorkshopRecord } from '../db/records';
import { createWrite } from './write';

export interface WorkshopsSlice {
  createWorkshop(fields: WorkshopFields): Promise<WorkshopRecord | null>;
  renameWorkshop(id: string, title: string): Promise<boolean>;
  deleteWorkshop(id: string): Promise<boolean>;
  openWorkshop(id: string): Promise<void>;
}

/** Actions call repositories through the one write path; the screens read the rows back live. */
export const createWorkshopsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], WorkshopsSlice> =>
  (_set, get) => {
    const write = createWrite(get);
    const { workshops } = deps.repos;
    return {
      async createWorkshop(fields) {
        const record = await write(
          async () => {
            const created = await workshops.create(fields);
            await workshops.markOpened(created.id);
            return created;
          },
          null,
          (created) => deps.t('workshop.created', { title: created.title }),
        );
        if (record) get().navigate({ name: 'workshop', workshopId: record.id });
        return record;
      },
      renameWorkshop: (id, title) =>
        write(
          () => workshops.rename(id, title),
          null,
          (record) => deps.t('workshop.renamed', { title: record.title }),
        ).then((record) => record !== null),
      deleteWorkshop: (id) =>
        write(
          async () => {
            const row = await workshops.get(id);
            await workshops.remove(id);
            return row?.title ?? '';
          },
          null,
          (title) => deps.t('workshop.deleted', { title }),
        ).then((title) => title !== null),
      async openWorkshop(id) {
        get().navigate({ name: 'workshop', workshopId: id });
        try {
          await workshops.markOpened(id);
        } catch {
          // Not being able to stamp "last opened" must never block opening a workshop.
        }
      },
    };
  };
