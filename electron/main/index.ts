/**
 * The main process: one instance, one window, the app:// origin, the guards and the IPC handlers.
 * Everything that can be decided without Electron lives in the modules imported here and is unit-tested.
 */
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session } from 'electron';
import { guardSession, guardWebContents } from './guards';
import { registerAppIpc } from './ipc/app';
import { registerFileIpc } from './ipc/files';
import { registerRoomIpc } from './ipc/room';
import { createRoomHost } from '../server/room/room-host';
import { registerProjectorIpc } from './ipc/projector';
import { menuTemplate } from './menu';
import { APP_SCHEME } from './origin';
import { createAppProtocolHandler } from './protocol';
import { createMainWindow, createProjectorWindow, projectorUrl, windowIconPath } from './window';

// Before `ready`: a standard, secure scheme gets a real origin (for IndexedDB), fetch and module scripts.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
  },
]);
// Every renderer sandboxed, whatever its webPreferences say.
app.enableSandbox();

// app.getAppPath() is the folder (or asar) holding package.json, in development and when packaged.
const appRoot = app.getAppPath();
const rendererRoot = path.join(appRoot, 'dist', 'renderer');
const preloadPath = path.join(appRoot, 'dist-electron', 'preload', 'index.cjs');
// The room server for phone voting: off until the facilitator opens the room from a session.
const roomHost = createRoomHost({ voterRoot: path.join(appRoot, 'dist', 'voter') });
const iconPath = windowIconPath({
  platform: process.platform,
  isPackaged: app.isPackaged,
  appRoot,
  resourcesPath: process.resourcesPath ?? '',
});

let mainWindow: BrowserWindow | null = null;
let projectorWindow: BrowserWindow | null = null;

/** One projector window: asked again, it shows the workshop asked for and comes forward. */
function openProjectorWindow(workshopId: string): void {
  if (projectorWindow) {
    void projectorWindow.loadURL(projectorUrl(workshopId));
    projectorWindow.focus();
    return;
  }
  projectorWindow = createProjectorWindow({ preloadPath, iconPath }, workshopId, {
    all: screen.getAllDisplays(),
    primary: screen.getPrimaryDisplay(),
  });
  projectorWindow.on('closed', () => {
    projectorWindow = null;
  });
}

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath, iconPath });
  mainWindow.on('closed', () => {
    mainWindow = null;
    // The facilitator left: the room closes with the window that ran it.
    void roomHost.closeRoom();
    // The audience's window follows the facilitator's: without it there is nothing to show.
    projectorWindow?.close();
  });
}

/** Another launch of the app: bring the window back, or open one (macOS keeps running without). */
function showMainWindow(): void {
  if (!mainWindow) {
    // Before `ready`, the window that `ready` opens is the one the user gets.
    if (app.isReady()) openMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  // Two instances would write the same IndexedDB; the second hands over to the first and leaves.
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.on('before-quit', () => void roomHost.shutdown());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app
    .whenReady()
    .then(() => {
      guardSession(session.defaultSession);
      protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererRoot, readFile }));

      registerAppIpc(ipcMain, app);
      registerProjectorIpc(ipcMain, openProjectorWindow);
      registerFileIpc(ipcMain, {
        dialog,
        fs: { readFile, writeFile, rename, rm, stat },
        defaultDirectory: () => app.getPath('documents'),
        windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
      });
      registerRoomIpc(ipcMain, roomHost, () =>
        mainWindow?.isDestroyed() ? null : (mainWindow?.webContents ?? null),
      );

      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({
            platform: process.platform,
            appName: app.getName(),
            isPackaged: app.isPackaged,
            locale: app.getLocale(),
          }),
        ),
      );

      openMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
      });
    })
    .catch((error: unknown) => {
      console.error('Failed to start', error);
      app.exit(1);
    });
}
