import { handle, type IpcRegistrar } from '../ipc';

/** The projector window: opened on request from the app's own page, through the one window factory. */
export function registerProjectorIpc(
  ipcMain: IpcRegistrar,
  openProjector: (workshopId: string) => void,
): void {
  handle(ipcMain, 'openProjector', ({ workshopId }) => {
    openProjector(workshopId);
  });
}
