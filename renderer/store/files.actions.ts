// zustand's types only: the store itself is made in app-store.ts.
import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type { FileActions, FilesSlice, ImportEntry } from './files.slice';
import { errorToMessage, LocalizedError } from '../../shared/i18n';
import { reportError } from './write';
import { newId } from '../db/workshops.repo';
import { FIELD_LIMITS } from '../../shared/model/workshop-fields';
import { getPlatform } from '../platform';

import {
  ARCHIVE_FILE_SUFFIX,
  FRAMEWORK_FILE_SUFFIX,
  WORKSHOP_FILE_SUFFIX,
  applyResolutions,
  asCopy,
  exportFileName,
  mergeWorkshops,
  readFrameworkFile,
  readWorkshopFile,
  resultsCsv,
  serializeArchive,
  serializeWorkshop,
  votesCsv,
  workshopContent,
  type WorkshopData,
} from '../../shared/files';

const JSON_FILTER = (name: string) => [{ name, extensions: ['json'] }];
const CSV_FILTER = [{ name: 'CSV', extensions: ['csv'] }];

type Set = Parameters<StateCreator<AppState, [], [], FilesSlice>>[0];
type Get = () => AppState;

/** The file actions that read, write and check files; loaded with the first of them (see files.slice.ts). */
export function createFileActions(deps: StoreDeps, set: Set, get: Get): FileActions {
  const platform = () => deps.platform ?? getPlatform();
  const fail = (error: unknown) => reportError(get, error);
  const meta = async () => {
    const info = await platform().getAppInfo();
    return { exportedAt: Date.now(), appName: info.name, appVersion: info.version };
  };
  /** Hands bytes to the save dialog (or a download) and says where they went. */
  async function save(
    text: string,
    suggestedName: string,
    filters: { name: string; extensions: string[] }[],
  ) {
    const result = await platform().saveFile({
      bytes: new TextEncoder().encode(text),
      suggestedName,
      filters,
    });
    if (result.saved) get().notify('success', deps.t('files.saved', { name: result.fileName }));
  }

  async function entryFor(data: WorkshopData): Promise<ImportEntry> {
    const here = await deps.repos.workshops.get(data.workshop.id);
    if (!here) return { data, existing: null, choice: 'new' };
    const mine = await deps.repos.files.snapshot(data.workshop.id);
    const identical = JSON.stringify(workshopContent(mine)) === JSON.stringify(workshopContent(data));
    return {
      data,
      existing: { title: here.title, votes: mine.votes.length, updatedAt: here.updatedAt, identical },
      choice: 'skip',
    };
  }

  return {
    async startImport() {
      try {
        const file = await platform().openFile({ filters: JSON_FILTER(deps.t('files.filter.workshop')) });
        if (!file) return;
        set({ importFlow: { step: 'reading', fileName: file.name } });
        const read = await readWorkshopFile(file.bytes);
        if (!read.ok) {
          set({
            importFlow: { step: 'refused', fileName: file.name, failure: read.failure, what: 'workshop' },
          });
          return;
        }
        const entries = await Promise.all(read.value.workshops.map(entryFor));
        // One workshop file that differs from the copy here: merging is what two laptops need.
        if (read.value.kind === 'workshop') {
          for (const e of entries) if (e.existing && !e.existing.identical) e.choice = 'merge';
        }
        set({
          importFlow: {
            step: 'choose',
            fileName: file.name,
            kind: read.value.kind,
            entries,
            frameworks: read.value.frameworks,
          },
        });
      } catch (error) {
        set({ importFlow: null });
        fail(error);
      }
    },

    async confirmImport() {
      const flow = get().importFlow;
      if (flow?.step !== 'choose') return;
      try {
        const merging = flow.entries.find((e) => e.choice === 'merge');
        if (merging) {
          const mine = await deps.repos.files.snapshot(merging.data.workshop.id);
          const merged = mergeWorkshops(mine, merging.data);
          if (!merged.ok) throw new LocalizedError(`error.merge.${merged.reason}`);
          if (!merged.plan.changes && merged.plan.conflicts.length === 0) {
            set({ importFlow: null });
            get().notify('info', deps.t('files.merge.nothingNew', { title: mine.workshop.title }));
            return;
          }
          const basedOn = JSON.stringify(workshopContent(mine));
          set({
            importFlow: { step: 'merge', fileName: flow.fileName, plan: merged.plan, basedOn, choices: {} },
          });
          return;
        }
        const writes = flow.entries.flatMap((e) => {
          if (e.choice === 'skip') return [];
          if (e.choice === 'copy') {
            const title = deps
              .t('files.import.copyTitle', { title: e.data.workshop.title })
              .slice(0, FIELD_LIMITS.title);
            return [{ data: asCopy(e.data, newId, title), replace: false }];
          }
          return [{ data: e.data, replace: e.choice === 'replace' }];
        });
        if (writes.length === 0 && flow.frameworks.length === 0) {
          set({ importFlow: null });
          return;
        }
        set({ importFlow: { step: 'saving', fileName: flow.fileName } });
        await deps.repos.files.write(writes, flow.frameworks);
        set({ importFlow: null });
        get().notify('success', deps.t('files.import.done', { count: writes.length }));
        const only = writes.length === 1 ? writes[0] : undefined;
        if (only) get().navigate({ name: 'workshop', workshopId: only.data.workshop.id });
      } catch (error) {
        set({ importFlow: { ...flow, error: errorToMessage(error) } });
      }
    },

    async confirmMerge() {
      const flow = get().importFlow;
      if (flow?.step !== 'merge') return;
      try {
        const data = applyResolutions(flow.plan, new Map(Object.entries(flow.choices)), Date.now());
        set({ importFlow: { step: 'saving', fileName: flow.fileName } });
        await deps.repos.files.write([{ data, replace: true, basedOn: flow.basedOn }]);
        set({ importFlow: null });
        const r = flow.plan.report;
        get().notify(
          'success',
          deps.t('files.merge.done', {
            title: data.workshop.title,
            votes: r.votes.added,
            participants: r.participants.added,
            conflicts: flow.plan.conflicts.length,
          }),
        );
      } catch (error) {
        set({ importFlow: { ...flow, error: errorToMessage(error) } });
      }
    },

    async exportWorkshop(workshopId) {
      try {
        const data = await deps.repos.files.snapshot(workshopId);
        const text = await serializeWorkshop(data, await meta());
        const name = exportFileName(data.workshop.title, data.workshop.date, WORKSHOP_FILE_SUFFIX);
        await save(text, name, JSON_FILTER(deps.t('files.filter.workshop')));
      } catch (error) {
        fail(error);
      }
    },

    async exportAll() {
      try {
        const all = await deps.repos.files.snapshotAll();
        const text = await serializeArchive(all.workshops, all.frameworks, await meta());
        const today = new Date().toISOString().slice(0, 10);
        const name = exportFileName(deps.t('files.archive.name'), today, ARCHIVE_FILE_SUFFIX);
        await save(text, name, JSON_FILTER(deps.t('files.filter.archive')));
      } catch (error) {
        fail(error);
      }
    },

    async exportCsv(workshopId, kind) {
      try {
        const data = await deps.repos.files.snapshot(workshopId);
        const tr = { t: deps.t };
        const text = kind === 'votes' ? votesCsv(data, tr) : resultsCsv(data, tr);
        const suffix = deps.t(kind === 'votes' ? 'files.csv.votesSuffix' : 'files.csv.resultsSuffix');
        await save(
          text,
          exportFileName(data.workshop.title, data.workshop.date, `${suffix}.csv`),
          CSV_FILTER,
        );
      } catch (error) {
        fail(error);
      }
    },

    async importFramework() {
      try {
        const file = await platform().openFile({ filters: JSON_FILTER(deps.t('files.filter.framework')) });
        if (!file) return;
        const read = readFrameworkFile(file.bytes);
        if (!read.ok) {
          set({
            importFlow: { step: 'refused', fileName: file.name, failure: read.failure, what: 'framework' },
          });
          return;
        }
        const { outcome, framework } = await deps.repos.frameworks.install(read.value);
        get().notify(
          outcome === 'installed' ? 'success' : 'info',
          deps.t(`files.framework.${outcome}`, { title: framework.title, version: framework.version }),
        );
      } catch (error) {
        fail(error);
      }
    },

    async exportFramework(framework) {
      try {
        const name = exportFileName(framework.title, framework.version, FRAMEWORK_FILE_SUFFIX);
        await save(
          `${JSON.stringify(framework, null, 2)}\n`,
          name,
          JSON_FILTER(deps.t('files.filter.framework')),
        );
      } catch (error) {
        fail(error);
      }
    },

    async removeFramework(id, version) {
      try {
        await deps.repos.frameworks.remove(id, version);
        get().notify('success', deps.t('files.framework.removed'));
        return true;
      } catch (error) {
        fail(error);
        return false;
      }
    },
  };
}
