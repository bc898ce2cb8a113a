/**
 * Saving and opening files through the native dialogs. The renderer never sees or chooses a path: it hands
 * over bytes and a suggested name, or receives bytes and a name. Dialog and file system are injected so the
 * handlers are tested with fakes.
 */
import path from 'node:path';
import type {
  BrowserWindow,
  Dialog,
  IpcMainInvokeEvent,
  OpenDialogOptions,
  SaveDialogOptions,
} from 'electron';
import { MAX_FILE_BYTES, type FileFilter } from '../../../shared/ipc/contract';
import { handle, IpcRequestError, type IpcRegistrar } from '../ipc';

export interface FileSystem {
  writeFile(filePath: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(filePath: string, options: { force: true }): Promise<void>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

export interface FileIpcDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  fs: FileSystem;
  /** The folder the save dialog starts in (the user's documents). */
  defaultDirectory: () => string;
  /** The window that asked, so the dialog is modal to it. */
  windowFor: (event: IpcMainInvokeEvent) => BrowserWindow | null;
}

const toDialogFilters = (filters: FileFilter[]) =>
  filters.map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));

/**
 * Writes next to the target and renames over it, so a crash mid-write leaves the old file intact rather
 * than half of the new one.
 */
export async function writeFileAtomically(fs: FileSystem, filePath: string, data: Uint8Array): Promise<void> {
  const temporary = `${filePath}.${process.pid}.partial`;
  try {
    await fs.writeFile(temporary, data);
    await fs.rename(temporary, filePath);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

export function registerFileIpc(ipcMain: IpcRegistrar, deps: FileIpcDeps): void {
  handle(ipcMain, 'saveFile', async ({ bytes, suggestedName, filters }, event) => {
    const options: SaveDialogOptions = {
      defaultPath: path.join(deps.defaultDirectory(), suggestedName),
      filters: toDialogFilters(filters),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const window = deps.windowFor(event);
    const result = window
      ? await deps.dialog.showSaveDialog(window, options)
      : await deps.dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return { saved: false };
    await writeFileAtomically(deps.fs, result.filePath, bytes);
    return { saved: true, fileName: path.basename(result.filePath) };
  });

  handle(ipcMain, 'openFile', async ({ filters }, event) => {
    const options: OpenDialogOptions = {
      filters: toDialogFilters(filters),
      properties: ['openFile'],
    };
    const window = deps.windowFor(event);
    const result = window
      ? await deps.dialog.showOpenDialog(window, options)
      : await deps.dialog.showOpenDialog(options);
    const filePath = result.filePaths[0];
    if (result.canceled || filePath === undefined) return null;
    const stats = await deps.fs.stat(filePath);
    if (!stats.isFile())
      throw new IpcRequestError(`file:open-dialog: ${path.basename(filePath)} is not a file`);
    if (stats.size > MAX_FILE_BYTES) {
      throw new IpcRequestError(
        `file:open-dialog: ${path.basename(filePath)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
      );
    }
    const data = await deps.fs.readFile(filePath);
    return {
      name: path.basename(filePath),
      bytes: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    };
  });
}
