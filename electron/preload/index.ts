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
  IPC_EVENTS,
  describeIssues,
  type DesktopApi,
  type DesktopApiEvent,
  type DesktopApiMethod,
  type DesktopEvents,
  type RequestOf,
} from '../../shared/ipc/contract';

function checked<M extends DesktopApiMethod>(method: M, payload: unknown): RequestOf<M> {
  const { request } = IPC_CHANNELS[method];
  const result = request.safeParse(payload);
  if (!result.success) throw new TypeError(`${method}: invalid request: ${describeIssues(result.error)}`);
  return result.data as RequestOf<M>;
}

/**
 * Subscribes the page to one kind of message from main. The payload is checked before the page sees it
 * (a malformed one is dropped with a console error); the page gets the data only, never the IPC event.
 */
function subscribe<E extends DesktopApiEvent>(event: E) {
  return (listener: (payload: DesktopEvents[E]) => void) => {
    const { channel, payload: schema } = IPC_EVENTS[event];
    const onMessage = (_event: unknown, payload: unknown) => {
      const result = schema.safeParse(payload);
      if (result.success) listener(result.data as DesktopEvents[E]);
      else console.error(`${event}: dropped a malformed message: ${describeIssues(result.error)}`);
    };
    ipcRenderer.on(channel, onMessage);
    return () => {
      ipcRenderer.removeListener(channel, onMessage);
    };
  };
}

const invoke =
  <M extends DesktopApiMethod>(method: M) =>
  async (request?: RequestOf<M>) =>
    ipcRenderer.invoke(IPC_CHANNELS[method].channel, checked(method, request));

export const api = {
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo.channel),
  saveFile: async (request) =>
    ipcRenderer.invoke(IPC_CHANNELS.saveFile.channel, checked('saveFile', request)),
  openFile: async (request) =>
    ipcRenderer.invoke(IPC_CHANNELS.openFile.channel, checked('openFile', request)),
  listRoomAddresses: () => ipcRenderer.invoke(IPC_CHANNELS.listRoomAddresses.channel),
  openRoom: invoke('openRoom'),
  closeRoom: () => ipcRenderer.invoke(IPC_CHANNELS.closeRoom.channel),
  getRoomStatus: () => ipcRenderer.invoke(IPC_CHANNELS.getRoomStatus.channel),
  publishRoomState: invoke('publishRoomState'),
  ackRoomBallots: invoke('ackRoomBallots'),
  decideRoomDevice: invoke('decideRoomDevice'),
  onRoomBallot: subscribe('onRoomBallot'),
  onRoomStatus: subscribe('onRoomStatus'),
  openProjector: invoke('openProjector'),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
