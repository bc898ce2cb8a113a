/**
 * The bridge: one named method per IPC channel, nothing generic. Payloads are checked here with the same
 * schemas the main process uses, so a malformed call fails in the page that made it.
 *
 * Runs sandboxed: it is bundled into one CommonJS file whose only import is `electron`.
 */
// First: it must run before the contract's schemas are built.
import './zod-jitless';
import { contextBridge, ipcRenderer } from 'electron';
import {
  IPC_CHANNELS,
  describeIssues,
  type DesktopApi,
  type DesktopApiMethod,
  type RequestOf,
} from '../../shared/ipc/contract';

function checked<M extends DesktopApiMethod>(method: M, payload: unknown): RequestOf<M> {
  const { request } = IPC_CHANNELS[method];
  const result = request.safeParse(payload);
  if (!result.success) throw new TypeError(`${method}: invalid request: ${describeIssues(result.error)}`);
  return result.data as RequestOf<M>;
}

export const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo.channel),
  saveFile: async (request) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile.channel, checked('saveFile', request)),
  openFile: async (request) =>
    ipcRenderer.invoke(IPC_CHANNELS.openFile.channel, checked('openFile', request)),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
