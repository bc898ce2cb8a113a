import { vi } from 'vitest';

type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>;

/** An ipcMain that records handlers, and a way to call them as a page would. */
export function fakeIpcMain() {
  const handlers = new Map<string, Invoke>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Invoke) => void handlers.set(channel, listener)),
  };
  const appFrame = { url: 'app://ospo/index.html', parent: null };
  const invoke = (channel: string, args: unknown[], senderFrame: unknown = appFrame) => {
    const listener = handlers.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame, sender: {} }, ...args);
  };
  return { ipcMain, handlers, invoke };
}
