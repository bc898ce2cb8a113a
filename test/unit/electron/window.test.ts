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

const { createMainWindow, windowOptions } = await import('../../../electron/main/window');

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
