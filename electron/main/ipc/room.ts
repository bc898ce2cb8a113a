/**
 * The room's IPC: each room request of the contract goes to the room host (electron/server/room, the same
 * module the browser mode uses), and what the room pushes (ballots, status) goes to the app's window on its
 * own channel. Ballots travel main → page only; the page answers them with `ackRoomBallots` once committed.
 */
import { IPC_EVENTS, type DesktopEvents } from '../../../shared/ipc/contract';
import type { RoomHost } from '../../server/room/room-host';
import { handle, type IpcRegistrar } from '../ipc';

/** Where pushed messages go: the app's window, when there is one. */
export interface RoomTarget {
  send(channel: string, payload: unknown): void;
}

export function registerRoomIpc(
  ipcMain: IpcRegistrar,
  host: RoomHost,
  target: () => RoomTarget | null,
): void {
  host.setListener(<E extends keyof DesktopEvents>(event: E, payload: DesktopEvents[E]) => {
    target()?.send(IPC_EVENTS[event].channel, payload);
  });
  handle(ipcMain, 'listRoomAddresses', () => host.listRoomAddresses());
  handle(ipcMain, 'openRoom', (request) => host.openRoom(request));
  handle(ipcMain, 'closeRoom', () => host.closeRoom());
  handle(ipcMain, 'getRoomStatus', () => host.getRoomStatus());
  handle(ipcMain, 'publishRoomState', (state) => host.publishRoomState(state));
  handle(ipcMain, 'ackRoomBallots', (acks) => host.ackRoomBallots(acks));
  handle(ipcMain, 'decideRoomDevice', (decision) => host.decideRoomDevice(decision));
}
