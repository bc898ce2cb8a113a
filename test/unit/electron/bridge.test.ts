/**
 * The bridge has one shape everywhere: the contract's method list, its channel map, the preload's object
 * and the browser implementation have the same keys; the preload checks payloads before they leave the page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DESKTOP_API_METHODS, IPC_CHANNELS } from '../../../shared/ipc/contract';
import { createBrowserPlatform } from '../../../renderer/platform/browser';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve('answer')),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: { invoke: electron.invoke },
}));

const { api } = await import('../../../electron/preload/index');

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('bridge keys', () => {
  it('are the same in the contract, the channel map, the preload and the browser implementation', () => {
    const expected = sorted(DESKTOP_API_METHODS);
    expect(sorted(Object.keys(IPC_CHANNELS))).toEqual(expected);
    expect(sorted(Object.keys(api))).toEqual(expected);
    expect(sorted(Object.keys(createBrowserPlatform({} as Document)))).toEqual(expected);
  });

  it('use distinct channel names of the form area:action', () => {
    const channels = Object.values(IPC_CHANNELS).map((spec) => spec.channel);
    expect(new Set(channels).size).toBe(channels.length);
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });
});

describe('preload', () => {
  beforeEach(() => electron.invoke.mockClear());

  it('exposes exactly the api object as window.api', () => {
    expect([...electron.exposed.keys()]).toEqual(['api']);
    expect(electron.exposed.get('api')).toBe(api);
  });

  it('sends each call on its own channel', async () => {
    const save = { bytes: new Uint8Array([1]), suggestedName: 'report.pdf', filters: [] };
    await api.getAppInfo();
    await api.saveFile(save);
    await api.openFile({ filters: [] });
    expect(electron.invoke.mock.calls).toEqual([
      ['app:get-info'],
      ['file:save-dialog', save],
      ['file:open-dialog', { filters: [] }],
    ]);
  });

  it('rejects a malformed payload without sending it', async () => {
    await expect(
      api.saveFile({ bytes: 'not bytes', suggestedName: 'a/b.pdf', filters: [] } as never),
    ).rejects.toThrow(
      /saveFile: invalid request: bytes: must be a Uint8Array; suggestedName: must be a bare file name/,
    );
    await expect(api.openFile({ filters: [{ name: 'x', extensions: [] }] })).rejects.toThrow(
      /filters\.0\.extensions/,
    );
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});
