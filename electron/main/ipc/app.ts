import type { App } from 'electron';
import { handle, type IpcRegistrar } from '../ipc';

export function registerAppIpc(ipcMain: IpcRegistrar, app: Pick<App, 'getName' | 'getVersion'>): void {
  handle(ipcMain, 'getAppInfo', () => ({
    name: app.getName(),
    version: app.getVersion(),
    runtime: 'electron',
  }));
}
