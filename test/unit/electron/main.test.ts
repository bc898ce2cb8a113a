/**
 * The main process's wiring, with a fake `electron`: what must happen before `ready` (privileged scheme,
 * sandbox for all), the single-instance lock, and what `ready` sets up (guards, protocol, IPC, menu, window).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

function fakeElectron(options: { hasLock: boolean }) {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (resolveReady = resolve));
  const windows: Array<{ options: unknown; url?: string }> = [];
  const defaultSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const module = {
    app: {
      getAppPath: () => '/opt/ospo/resources/app.asar',
      getName: () => 'OSPO Workshop',
      getVersion: () => '0.1.0',
      getLocale: () => 'en-GB',
      getPath: () => '/home/facilitator/Documents',
      isPackaged: true,
      enableSandbox: vi.fn(() => calls.push('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => options.hasLock),
      quit: vi.fn(() => calls.push('quit')),
      exit: vi.fn(),
      on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener)),
      whenReady: () => ready,
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession },
    ipcMain: { handle: vi.fn() },
    dialog: {},
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    BrowserWindow: class {
      static getAllWindows = () => windows;
      static fromWebContents = () => null;
      constructor(public options: unknown) {
        windows.push(this);
      }
      url?: string;
      once = vi.fn();
      on = vi.fn();
      loadURL = vi.fn((url: string) => {
        this.url = url;
        return Promise.resolve();
      });
    },
  };
  return { module, calls, appListeners, resolveReady, ready, windows, defaultSession };
}

async function loadMain(options: { hasLock: boolean }) {
  vi.resetModules();
  const fake = fakeElectron(options);
  vi.doMock('electron', () => fake.module);
  await import('../../../electron/main/index');
  return fake;
}

afterEach(() => vi.doUnmock('electron'));

describe('main process', () => {
  it('registers app:// as a privileged scheme and sandboxes every renderer before ready', async () => {
    const fake = await loadMain({ hasLock: true });
    expect(fake.calls.slice(0, 2)).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    expect(fake.module.protocol.handle).not.toHaveBeenCalled();
  });

  it('guards every webContents and, once ready, serves app://, answers IPC and opens one window', async () => {
    const fake = await loadMain({ hasLock: true });
    expect(fake.appListeners.has('web-contents-created')).toBe(true);
    expect(fake.appListeners.has('second-instance')).toBe(true);

    fake.resolveReady();
    await fake.ready;
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fake.module.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([
      'app:get-info',
      'file:open-dialog',
      'file:save-dialog',
    ]);
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.url).toBe('app://ospo/index.html');
    expect(fake.windows[0]?.options).toMatchObject({
      webPreferences: {
        preload: expect.stringMatching(/dist-electron[/\\]preload[/\\]index\.cjs$/),
        sandbox: true,
      },
    });
  });

  it('serves the renderer only from dist/renderer inside the app', async () => {
    const fake = await loadMain({ hasLock: true });
    fake.resolveReady();
    await fake.ready;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const handler = fake.module.protocol.handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>;
    const response = await handler(new Request('app://ospo/..%2f..%2fpackage.json'));
    expect(response.status).toBe(403);
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = await loadMain({ hasLock: false });
    expect(fake.calls).toContain('quit');
    expect(fake.appListeners.size).toBe(0);
  });
});
