import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { registerFileIpc, writeFileAtomically, type FileSystem } from '../../../electron/main/ipc/files';
import { fakeIpcMain } from './support/fake-ipc';

function memoryFs(initial: Record<string, Uint8Array> = {}) {
  const files = new Map(Object.entries(initial));
  const fs: FileSystem = {
    writeFile: vi.fn(async (filePath: string, data: Uint8Array) => void files.set(filePath, data)),
    rename: vi.fn(async (from: string, to: string) => {
      const data = files.get(from);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      files.set(to, data);
      files.delete(from);
    }),
    rm: vi.fn(async (filePath: string) => void files.delete(filePath)),
    stat: vi.fn(async (filePath: string) => {
      const data = files.get(filePath);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return { size: data.byteLength, isFile: () => true };
    }),
    readFile: vi.fn(async (filePath: string) => {
      const data = files.get(filePath);
      if (!data) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return data;
    }),
  };
  return { fs, files };
}

const documents = path.resolve('/home/facilitator/Documents');

function setup(dialogResult: { canceled: boolean; filePath?: string; filePaths?: string[] }, fs: FileSystem) {
  const { ipcMain, invoke } = fakeIpcMain();
  const dialog = {
    showSaveDialog: vi.fn(async () => ({
      canceled: dialogResult.canceled,
      filePath: dialogResult.filePath ?? '',
    })),
    showOpenDialog: vi.fn(async () => ({
      canceled: dialogResult.canceled,
      filePaths: dialogResult.filePaths ?? [],
    })),
  };
  const window = { id: 1 };
  registerFileIpc(ipcMain, {
    dialog: dialog as never,
    fs,
    defaultDirectory: () => documents,
    windowFor: () => window as never,
  });
  return { invoke, dialog, window };
}

const filters = [{ name: 'Workshop', extensions: ['json'] }];

describe('file:save-dialog', () => {
  it('writes the bytes where the user chose, modal to the window, and reports only the file name', async () => {
    const { fs, files } = memoryFs();
    const target = path.join(documents, 'Q3 workshop.json');
    const { invoke, dialog, window } = setup({ canceled: false, filePath: target }, fs);
    const bytes = new TextEncoder().encode('{"votes":[]}');
    await expect(
      invoke('file:save-dialog', [{ bytes, suggestedName: 'workshop.json', filters }]),
    ).resolves.toEqual({
      saved: true,
      fileName: 'Q3 workshop.json',
    });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: path.join(documents, 'workshop.json'), filters }),
    );
    expect(files.get(target)).toEqual(bytes);
    expect([...files.keys()]).toEqual([target]);
  });

  it('writes nothing when the user cancels', async () => {
    const { fs, files } = memoryFs();
    const { invoke } = setup({ canceled: true }, fs);
    await expect(
      invoke('file:save-dialog', [{ bytes: new Uint8Array([1]), suggestedName: 'a.json', filters }]),
    ).resolves.toEqual({ saved: false });
    expect(files.size).toBe(0);
  });

  it('never opens the dialog for an invalid request', async () => {
    const { fs } = memoryFs();
    const { invoke, dialog } = setup({ canceled: false, filePath: '/tmp/x' }, fs);
    await expect(
      invoke('file:save-dialog', [{ bytes: new Uint8Array([1]), suggestedName: '../../.bashrc', filters }]),
    ).rejects.toThrow(/suggestedName/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('writeFileAtomically', () => {
  it('leaves the old file intact and no partial file when the write fails', async () => {
    const target = path.join(documents, 'report.pdf');
    const old = new Uint8Array([9]);
    const { fs, files } = memoryFs({ [target]: old });
    fs.writeFile = vi.fn(async (filePath: string) => {
      files.set(filePath, new Uint8Array([1]));
      throw new Error('ENOSPC');
    });
    await expect(writeFileAtomically(fs, target, new Uint8Array([1, 2]))).rejects.toThrow('ENOSPC');
    expect([...files.entries()]).toEqual([[target, old]]);
  });
});

describe('file:open-dialog', () => {
  it('returns the name and bytes of the chosen file', async () => {
    const source = path.join(documents, 'last quarter.json');
    const { fs } = memoryFs({ [source]: new Uint8Array([7, 8]) });
    const { invoke, dialog } = setup({ canceled: false, filePaths: [source] }, fs);
    await expect(invoke('file:open-dialog', [{ filters }])).resolves.toEqual({
      name: 'last quarter.json',
      bytes: new Uint8Array([7, 8]),
    });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ properties: ['openFile'], filters }),
    );
  });

  it('returns null when the user cancels', async () => {
    const { fs } = memoryFs();
    const { invoke } = setup({ canceled: true }, fs);
    await expect(invoke('file:open-dialog', [{ filters }])).resolves.toBeNull();
  });

  it('refuses files over the size limit before reading them', async () => {
    const source = path.join(documents, 'huge.json');
    const { fs } = memoryFs();
    fs.stat = vi.fn(async () => ({ size: MAX_FILE_BYTES + 1, isFile: () => true }));
    const { invoke } = setup({ canceled: false, filePaths: [source] }, fs);
    await expect(invoke('file:open-dialog', [{ filters }])).rejects.toThrow(
      'huge.json is larger than 200 MB',
    );
    expect(fs.readFile).not.toHaveBeenCalled();
  });
});
