/**
 * The bridge has one shape everywhere: the contract's method list, its channel map, the preload's object
 * and the browser implementation have the same keys; the preload checks payloads before they leave the page.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DESKTOP_API_EVENTS,
  DESKTOP_API_METHODS,
  IPC_CHANNELS,
  IPC_EVENTS,
} from '../../../shared/ipc/contract';
import { createBrowserPlatform } from '../../../renderer/platform/browser';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn((..._args: unknown[]) => Promise.resolve('answer')),
  listeners: new Map<string, Set<(event: unknown, payload: unknown) => void>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => electron.exposed.set(key, value) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: (event: unknown, payload: unknown) => void) => {
      if (!electron.listeners.has(channel)) electron.listeners.set(channel, new Set());
      electron.listeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (event: unknown, payload: unknown) => void) =>
      electron.listeners.get(channel)?.delete(listener),
  },
}));

/** main → page: what `webContents.send(channel, payload)` does in the app. */
const push = (channel: string, payload: unknown) => {
  for (const listener of electron.listeners.get(channel) ?? []) listener({ sender: 'main' }, payload);
};

const { api } = await import('../../../electron/preload/index');

const sorted = (keys: Iterable<string>) => [...keys].sort();

describe('bridge keys', () => {
  it('are the same in the contract, the channel maps, the preload and the browser implementation', () => {
    const expected = sorted([...DESKTOP_API_METHODS, ...DESKTOP_API_EVENTS]);
    expect(sorted([...Object.keys(IPC_CHANNELS), ...Object.keys(IPC_EVENTS)])).toEqual(expected);
    expect(sorted(Object.keys(api))).toEqual(expected);
    expect(sorted(Object.keys(createBrowserPlatform({} as Document)))).toEqual(expected);
  });

  it('use distinct channel names of the form area:action', () => {
    const channels = [...Object.values(IPC_CHANNELS), ...Object.values(IPC_EVENTS)].map(
      (spec) => spec.channel,
    );
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

describe('pushed messages', () => {
  const ballot = {
    ballotId: 'b1',
    workshopId: 'w1',
    questionId: 'q1',
    round: 1,
    participantId: 'p1',
    value: 3,
  };

  it('reach the page checked, as data only, until it unsubscribes', () => {
    const received: unknown[] = [];
    const stop = api.onRoomBallot((payload) => received.push(payload));
    push('room:ballot-received', ballot);
    stop();
    push('room:ballot-received', { ...ballot, ballotId: 'b2' });
    expect(received).toEqual([ballot]);
  });

  it('are dropped when malformed, and never reach another kind of listener', () => {
    const ballots: unknown[] = [];
    const statuses: unknown[] = [];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const stops = [api.onRoomBallot((p) => ballots.push(p)), api.onRoomStatus((p) => statuses.push(p))];
    push('room:ballot-received', { ...ballot, value: 9 });
    push('room:ballot-received', { ...ballot, extra: true });
    push('room:status-changed', ballot);
    for (const stop of stops) stop();
    expect(ballots).toEqual([]);
    expect(statuses).toEqual([]);
    expect(errors).toHaveBeenCalledTimes(3);
    errors.mockRestore();
  });
});
