/**
 * The main process's wiring, with a fake `electron`: what must happen before `ready` (privileged scheme,
 * sandbox for all), the single-instance lock, and what `ready` sets up (guards, protocol, IPC, menu, window).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../../shared/ipc/contract';

interface FakeWindow {
  options: Record<string, unknown>;
  url?: string;
  closed: boolean;
  minimized: boolean;
  restore: ReturnType<typeof vi.fn>;
  focus: ReturnType<typeof vi.fn>;
  close(): void;
}

function fakeElectron(options: { hasLock: boolean }) {
  const calls: string[] = [];
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve)).then(() => {
    ready = true;
  });
  const windows: FakeWindow[] = [];
  let ready = false;
  // A laptop and a projector to its right.
  const displays = [
    { bounds: { x: 0, y: 0, width: 1366, height: 768 } },
    { bounds: { x: 1366, y: 0, width: 1920, height: 1080 } },
  ];
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
      whenReady: () => whenReady,
      isReady: () => ready,
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    session: { defaultSession },
    screen: {
      getPrimaryDisplay: () => displays[0]!,
      getAllDisplays: () => displays,
    },
    ipcMain: { handle: vi.fn() },
    dialog: {},
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    BrowserWindow: class {
      static getAllWindows = () => windows.filter((w) => !w.closed);
      static fromWebContents = () => null;
      constructor(public options: Record<string, unknown>) {
        windows.push(this);
      }
      url?: string;
      closed = false;
      minimized = false;
      listeners = new Map<string, () => void>();
      once = vi.fn();
      on = vi.fn((name: string, listener: () => void) => this.listeners.set(name, listener));
      isMinimized = () => this.minimized;
      restore = vi.fn(() => (this.minimized = false));
      focus = vi.fn();
      close() {
        this.closed = true;
        this.listeners.get('closed')?.();
      }
      loadURL = vi.fn((url: string) => {
        this.url = url;
        return Promise.resolve();
      });
    },
  };
  return { module, calls, appListeners, resolveReady, ready: whenReady, windows, defaultSession };
}

async function loadMain(options: { hasLock: boolean }) {
  vi.resetModules();
  // Set by Electron in the main process; the packaged window icon is read from there.
  Object.assign(process, { resourcesPath: '/opt/ospo/resources' });
  const fake = fakeElectron(options);
  vi.doMock('electron', () => fake.module);
  await import('../../../electron/main/index');
  return fake;
}

afterEach(() => {
  vi.doUnmock('electron');
  delete (process as { resourcesPath?: string }).resourcesPath;
});

async function started(options = { hasLock: true }) {
  const fake = await loadMain(options);
  fake.resolveReady();
  await fake.ready;
  await new Promise((resolve) => setTimeout(resolve, 0));
  return fake;
}

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
    expect(fake.module.ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      Object.values(IPC_CHANNELS)
        .map((spec) => spec.channel)
        .sort(),
    );
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

  it('brings the window back when the app is launched again: restored if minimized, focused', async () => {
    const fake = await started();
    const window = fake.windows[0]!;
    window.minimized = true;
    fake.appListeners.get('second-instance')?.();
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
  });

  it('opens a window when the app is launched again after its window was closed (macOS)', async () => {
    const fake = await started();
    fake.windows[0]!.close();
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows).toHaveLength(2);
    expect(fake.windows[1]?.url).toBe('app://ospo/index.html');
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows).toHaveLength(2);
    expect(fake.windows[1]?.focus).toHaveBeenCalled();
  });

  it('opens no extra window for a launch that arrives before ready', async () => {
    const fake = await loadMain({ hasLock: true });
    fake.appListeners.get('second-instance')?.();
    expect(fake.windows).toHaveLength(0);
    fake.resolveReady();
    await fake.ready;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.windows).toHaveLength(1);
  });

  it('gives the window its icon from the packaged resources on Linux and Windows', async () => {
    const fake = await started();
    const icon = fake.windows[0]?.options.icon;
    if (process.platform === 'darwin') expect(icon).toBeUndefined();
    else expect(icon).toMatch(/^\/opt\/ospo\/resources[/\\]icons[/\\]icon\.(png|ico)$/);
  });

  it('opens the projector as a second window of the same factory, full screen on the other display', async () => {
    const fake = await started();
    const open = fake.module.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'projector:open',
    )?.[1] as (event: unknown, request: unknown) => Promise<void>;
    const event = { senderFrame: { url: 'app://ospo/index.html', parent: null } };
    await open(event, { workshopId: 'w-1' });
    expect(fake.windows).toHaveLength(2);
    const [main, projector] = fake.windows;
    expect(projector?.url).toBe('app://ospo/index.html#/workshops/w-1/projector');
    expect(projector?.options).toMatchObject({ x: 1366, y: 0, fullscreen: true });
    // The same security baseline as the main window.
    expect(projector?.options.webPreferences).toEqual(main?.options.webPreferences);
    // Asked again, the same window shows the workshop asked for.
    await open(event, { workshopId: 'w-2' });
    expect(fake.windows).toHaveLength(2);
    expect(projector?.url).toBe('app://ospo/index.html#/workshops/w-2/projector');
    // A request from anything but the app's page, or with a path in the id, opens nothing.
    await expect(
      open({ senderFrame: { url: 'https://example.org/', parent: null } }, { workshopId: 'x' }),
    ).rejects.toThrow();
    await expect(open(event, { workshopId: '../../etc' })).rejects.toThrow(/workshop id/);
    // The audience's window closes with the facilitator's.
    main!.close();
    expect(projector?.closed).toBe(true);
  });
});
