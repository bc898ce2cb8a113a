import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const created: Array<{
  options: unknown;
  loadURL: ReturnType<typeof vi.fn>;
  once: ReturnType<typeof vi.fn>;
}> = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(public options: unknown) {
      created.push(this as never);
    }
  },
}));

const { createMainWindow, windowIconPath, windowOptions } = await import('../../../electron/main/window');

describe('windowOptions', () => {
  it('is the security baseline', () => {
    const { webPreferences } = windowOptions({ preloadPath: '/app/dist-electron/preload/index.cjs' });
    expect(webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('sets nothing that weakens the baseline', () => {
    const { webPreferences = {} } = windowOptions({ preloadPath: '/p.cjs' });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(webPreferences).not.toHaveProperty('additionalArguments');
    expect(webPreferences).not.toHaveProperty('partition');
  });

  it('waits for the first paint before showing', () => {
    expect(windowOptions({ preloadPath: '/p.cjs' }).show).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('creates the window from the baseline and loads the app origin', () => {
    createMainWindow({ preloadPath: '/p.cjs' });
    const window = created.at(-1);
    expect(window?.options).toEqual(windowOptions({ preloadPath: '/p.cjs' }));
    expect(window?.loadURL).toHaveBeenCalledWith('app://ospo/index.html');
    expect(window?.once).toHaveBeenCalledWith('ready-to-show', expect.any(Function));
  });
});

describe('windowIconPath', () => {
  const projectRoot = path.resolve(import.meta.dirname, '../../..');
  const where = { appRoot: projectRoot, resourcesPath: '/opt/OSPO Workshop/resources' };

  it('uses the PNG on Linux and the ICO on Windows, from the project in development', () => {
    const linux = windowIconPath({ ...where, platform: 'linux', isPackaged: false });
    const windows = windowIconPath({ ...where, platform: 'win32', isPackaged: false });
    expect(linux).toBe(path.join(projectRoot, 'assets', 'icons', 'icon.png'));
    expect(windows).toBe(path.join(projectRoot, 'assets', 'icons', 'icon.ico'));
    expect(existsSync(linux!) && existsSync(windows!)).toBe(true);
  });

  it('reads them from the resources folder once packaged (extraResources), never from the asar', () => {
    expect(windowIconPath({ ...where, platform: 'linux', isPackaged: true })).toBe(
      path.join('/opt/OSPO Workshop/resources', 'icons', 'icon.png'),
    );
    expect(windowIconPath({ ...where, platform: 'win32', isPackaged: true })).toBe(
      path.join('/opt/OSPO Workshop/resources', 'icons', 'icon.ico'),
    );
  });

  it('sets none on macOS, where the app bundle has the icon', () => {
    expect(windowIconPath({ ...where, platform: 'darwin', isPackaged: true })).toBeUndefined();
  });

  it('is passed to the window', () => {
    expect(windowOptions({ preloadPath: '/p.cjs', iconPath: '/i.png' }).icon).toBe('/i.png');
  });
});
