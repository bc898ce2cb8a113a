/**
 * The one window factory. Every BrowserWindow is created from `windowOptions()`, whose webPreferences are
 * the security baseline: context isolation, sandbox, no Node integration, no <webview>, web security on.
 */
import path from 'node:path';
import { BrowserWindow } from 'electron';
import type { BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './origin';

export interface WindowPaths {
  /** Absolute path of the bundled preload (dist-electron/preload/index.cjs). */
  preloadPath: string;
  /** Absolute path of the window icon on Linux/Windows (see windowIconPath). */
  iconPath?: string;
}

export interface IconContext {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** app.getAppPath(): the project folder in development. */
  appRoot: string;
  /** process.resourcesPath: the packaged app's resources folder, where electron-builder.yml's
   * extraResources puts the icons (outside the asar, as plain files). */
  resourcesPath: string;
}

/**
 * The window's icon. Linux shows it in the title bar and the task switcher, and Windows in the task
 * bar before the installer's shortcut gives one; macOS uses the app bundle's icon, so none is set.
 */
export function windowIconPath({
  platform,
  isPackaged,
  appRoot,
  resourcesPath,
}: IconContext): string | undefined {
  if (platform === 'darwin') return undefined;
  const file = platform === 'win32' ? 'icon.ico' : 'icon.png';
  return isPackaged ? path.join(resourcesPath, 'icons', file) : path.join(appRoot, 'assets', 'icons', file);
}

export function windowOptions(paths: WindowPaths): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    ...(paths.iconPath === undefined ? {} : { icon: paths.iconPath }),
    webPreferences: {
      preload: paths.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** Opens the app's window on its entry page; the window shows once the first paint is ready. */
export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const window = new BrowserWindow(windowOptions(paths));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** The app page's address for a workshop's projector view (a route of the same page, same origin). */
export function projectorUrl(workshopId: string): string {
  return `${APP_ENTRY_URL}#/workshops/${encodeURIComponent(workshopId)}/projector`;
}

export interface DisplayArea {
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * The audience's window: the same factory and guards as the main window, on the projector's display
 * (the first display that is not the main window's) and full screen there; on a single display it
 * opens beside the main window, for the facilitator to drag or mirror.
 */
export function createProjectorWindow(
  paths: WindowPaths,
  workshopId: string,
  displays: { all: readonly DisplayArea[]; primary: DisplayArea },
): BrowserWindow {
  const external = displays.all.find(
    (d) => d.bounds.x !== displays.primary.bounds.x || d.bounds.y !== displays.primary.bounds.y,
  );
  const options = windowOptions(paths);
  const window = new BrowserWindow({
    ...options,
    ...(external ? { x: external.bounds.x, y: external.bounds.y, fullscreen: true } : {}),
    backgroundColor: '#000000',
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(projectorUrl(workshopId));
  return window;
}
