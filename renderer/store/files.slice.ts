import type { StateCreator } from 'zustand';
import type { AppState, StoreDeps } from './app-store';
import type { Framework } from '../../shared/framework/schema';
import type {
  ConflictChoice,
  MergePlan,
  ReadFailure,
  WorkshopData,
  WorkshopFileContents,
} from '../../shared/files';
import type { Message } from '../../shared/i18n';

/** What to do with one workshop of an imported file. */
export type ImportChoice = 'new' | 'copy' | 'replace' | 'merge' | 'skip';

export interface ImportEntry {
  data: WorkshopData;
  /** The workshop with the same id on this computer, if any, and whether it holds the same content. */
  existing: { title: string; votes: number; updatedAt: number; identical: boolean } | null;
  choice: ImportChoice;
}

/** The import in progress, step by step; null when none. */
export type ImportFlow =
  | { step: 'reading'; fileName: string }
  | { step: 'refused'; fileName: string; failure: ReadFailure; what: 'workshop' | 'framework' }
  | {
      step: 'choose';
      fileName: string;
      kind: WorkshopFileContents['kind'];
      entries: ImportEntry[];
      frameworks: Framework[];
      /** Why the last attempt was refused: shown in the dialog, where the facilitator is looking. */
      error?: Message;
    }
  | {
      step: 'merge';
      fileName: string;
      plan: MergePlan;
      basedOn: string;
      choices: Record<string, ConflictChoice>;
      error?: Message;
    }
  | { step: 'saving'; fileName: string };

export interface FilesSlice {
  importFlow: ImportFlow | null;
  /** Asks for a workshop file or an archive, reads and checks it, and shows what it holds. */
  startImport(): Promise<void>;
  setImportChoice(index: number, choice: ImportChoice): void;
  /** Writes the file's workshops as chosen (one transaction), or goes on to the merge review. */
  confirmImport(): Promise<void>;
  chooseConflict(key: string, choice: ConflictChoice): void;
  chooseAllConflicts(choice: ConflictChoice): void;
  confirmMerge(): Promise<void>;
  closeImport(): void;
  exportWorkshop(workshopId: string): Promise<void>;
  exportAll(): Promise<void>;
  exportCsv(workshopId: string, kind: 'votes' | 'results'): Promise<void>;
  importFramework(): Promise<void>;
  exportFramework(framework: Framework): Promise<void>;
  removeFramework(id: string, version: string): Promise<boolean>;
}

/** The actions that read and write files: their code (and the file format's) loads on first use. */
export type FileActions = Pick<
  FilesSlice,
  | 'startImport'
  | 'confirmImport'
  | 'confirmMerge'
  | 'exportWorkshop'
  | 'exportAll'
  | 'exportCsv'
  | 'importFramework'
  | 'exportFramework'
  | 'removeFramework'
>;

export const createFilesSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], FilesSlice> =>
  (set, get) => {
    let actions: Promise<FileActions> | undefined;
    // Importing and exporting are rare next to running a workshop: kept off the first screen.
    const load = () =>
      (actions ??= import('./files.actions').then((m) => m.createFileActions(deps, set, get)));
    return {
      importFlow: null,
      startImport: async () => (await load()).startImport(),
      confirmImport: async () => (await load()).confirmImport(),
      confirmMerge: async () => (await load()).confirmMerge(),
      exportWorkshop: async (id) => (await load()).exportWorkshop(id),
      exportAll: async () => (await load()).exportAll(),
      exportCsv: async (id, kind) => (await load()).exportCsv(id, kind),
      importFramework: async () => (await load()).importFramework(),
      exportFramework: async (framework) => (await load()).exportFramework(framework),
      removeFramework: async (id, version) => (await load()).removeFramework(id, version),

      setImportChoice(index, choice) {
        const flow = get().importFlow;
        if (flow?.step !== 'choose') return;
        const entries = flow.entries.map((e, i) => (i === index ? { ...e, choice } : e));
        set({ importFlow: { ...flow, entries, error: undefined } });
      },

      chooseConflict(key, choice) {
        const flow = get().importFlow;
        if (flow?.step !== 'merge') return;
        set({ importFlow: { ...flow, choices: { ...flow.choices, [key]: choice }, error: undefined } });
      },

      chooseAllConflicts(choice) {
        const flow = get().importFlow;
        if (flow?.step !== 'merge') return;
        const choices = Object.fromEntries(flow.plan.conflicts.map((c) => [c.key, choice]));
        set({ importFlow: { ...flow, choices, error: undefined } });
      },

      closeImport() {
        if (get().importFlow?.step !== 'saving') set({ importFlow: null });
      },
    };
  };
