import { describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, MAX_FILE_BYTES } from '../../../shared/ipc/contract';
import { IpcRequestError, handle, isTrustedSender, validateRequest } from '../../../electron/main/ipc';
import { registerAppIpc } from '../../../electron/main/ipc/app';
import { fakeIpcMain } from './support/fake-ipc';

const validSave = { bytes: new Uint8Array([1, 2, 3]), suggestedName: 'workshop.json', filters: [] };

describe('isTrustedSender', () => {
  it('trusts only the app origin', () => {
    expect(isTrustedSender('app://ospo/index.html')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'http://127.0.0.1:4173/',
      'file:///index.html',
      '',
      undefined,
      null,
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });
});

describe('validateRequest', () => {
  it('accepts well-formed payloads', () => {
    expect(validateRequest('getAppInfo', undefined)).toBeUndefined();
    expect(validateRequest('saveFile', validSave)).toEqual(validSave);
    expect(validateRequest('openFile', { filters: [{ name: 'Workshop', extensions: ['json'] }] })).toEqual({
      filters: [{ name: 'Workshop', extensions: ['json'] }],
    });
  });

  it.each([
    ['saveFile', { ...validSave, suggestedName: '../evil.sh' }, /suggestedName: must be a bare file name/],
    ['saveFile', { ...validSave, suggestedName: 'C:\\evil.bat' }, /suggestedName: must be a bare file name/],
    ['saveFile', { ...validSave, suggestedName: 'a\u0000b' }, /suggestedName: must be a bare file name/],
    ['saveFile', { ...validSave, suggestedName: '..' }, /suggestedName: must not be "\." or "\.\."/],
    ['saveFile', { ...validSave, suggestedName: '' }, /suggestedName: must not be empty/],
    [
      'saveFile',
      { ...validSave, suggestedName: 'x'.repeat(201) },
      /suggestedName: must be at most 200 characters/,
    ],
    ['saveFile', { ...validSave, bytes: [1, 2, 3] }, /bytes: must be a Uint8Array/],
    ['saveFile', { ...validSave, bytes: 'AAAA' }, /bytes: must be a Uint8Array/],
    [
      'saveFile',
      { ...validSave, filters: [{ name: 'x', extensions: ['.json'] }] },
      /filters\.0\.extensions\.0/,
    ],
    ['saveFile', { ...validSave, extra: true }, /Unrecognized key/],
    ['saveFile', undefined, /expected object/],
    ['openFile', { filters: 'json' }, /filters: /],
    ['getAppInfo', { sneaky: true }, /expected undefined/],
  ] as const)('rejects %s %j', (method, payload, message) => {
    expect(() => validateRequest(method, payload)).toThrow(IpcRequestError);
    expect(() => validateRequest(method, payload)).toThrow(message);
    expect(() => validateRequest(method, payload)).toThrow(
      `${IPC_CHANNELS[method].channel}: invalid request`,
    );
  });

  it('rejects bytes over the size limit without copying them', () => {
    const huge = new Uint8Array(new ArrayBuffer(MAX_FILE_BYTES + 1));
    expect(() => validateRequest('saveFile', { ...validSave, bytes: huge })).toThrow(
      /bytes: must be at most 200 MB/,
    );
  });
});

describe('handle', () => {
  it('runs the handler for a valid request from the app page', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn(() => ({ saved: false as const }));
    handle(ipcMain, 'saveFile', handler);
    expect(ipcMain.handle).toHaveBeenCalledWith('file:save-dialog', expect.any(Function));
    await expect(invoke('file:save-dialog', [validSave])).resolves.toEqual({ saved: false });
    expect(handler).toHaveBeenCalledWith(validSave, expect.anything());
  });

  it('refuses senders that are not the app page, before validating or handling', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    handle(ipcMain, 'saveFile', handler);
    await expect(
      invoke('file:save-dialog', [validSave], { url: 'https://example.org/', parent: null }),
    ).rejects.toThrow(/file:save-dialog: refused, the sender is not the app page/);
    await expect(
      invoke('file:save-dialog', [validSave], {
        url: 'app://ospo/index.html',
        parent: { url: 'app://ospo/' },
      }),
    ).rejects.toThrow(/refused/);
    await expect(invoke('file:save-dialog', [validSave], null)).rejects.toThrow(/the sending frame is gone/);
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses invalid payloads and extra arguments with a clear message', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    const handler = vi.fn();
    handle(ipcMain, 'saveFile', handler);
    await expect(
      invoke('file:save-dialog', [{ ...validSave, suggestedName: '/etc/passwd' }]),
    ).rejects.toThrow(
      'file:save-dialog: invalid request: suggestedName: must be a bare file name without path separators or reserved characters',
    );
    await expect(invoke('file:save-dialog', [validSave, 'more'])).rejects.toThrow(/at most one argument/);
    expect(handler).not.toHaveBeenCalled();
  });
});

describe('registerAppIpc', () => {
  it('answers with the name and version Electron reports', async () => {
    const { ipcMain, invoke } = fakeIpcMain();
    registerAppIpc(ipcMain, { getName: () => 'OSPO Workshop', getVersion: () => '1.2.3' });
    await expect(invoke('app:get-info', [])).resolves.toEqual({
      name: 'OSPO Workshop',
      version: '1.2.3',
      runtime: 'electron',
    });
  });
});
