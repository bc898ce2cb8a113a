import { describe, expect, it, vi } from 'vitest';
import {
  permissionCheck,
  permissionRequest,
  guardSession,
  guardWebContents,
  isAllowedNavigation,
  isAllowedRequest,
} from '../../../electron/main/guards';

describe('isAllowedNavigation', () => {
  it.each([
    'app://ospo/index.html',
    'app://ospo/',
    'app://ospo/index.html#/workshops/1',
    'APP://ospo/index.html',
  ])('allows the app page %s', (url) => expect(isAllowedNavigation(url)).toBe(true));

  it.each([
    'app://evil/index.html',
    'app://ospo.evil/index.html',
    'app://ospo:8080/index.html',
    'app://user@ospo/index.html',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'http://127.0.0.1:5173/',
    'https://example.org/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://settings',
    'not a url',
    '',
  ])('denies %s', (url) => expect(isAllowedNavigation(url)).toBe(false));
});

describe('isAllowedRequest', () => {
  it.each(['app://ospo/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://ospo/1234'])(
    'lets %s through',
    (url) => expect(isAllowedRequest(url)).toBe(true),
  );
  it.each([
    'https://fonts.example.org/a.woff2',
    'http://127.0.0.1/',
    'ws://localhost:1/',
    'file:///etc/hosts',
    'app://evil/x',
  ])('cancels %s', (url) => expect(isAllowedRequest(url)).toBe(false));
});

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

type Listener = (event: { url?: string; preventDefault: () => void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  const contents = {
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, listener);
      return contents;
    }),
    setWindowOpenHandler: vi.fn(),
    session: fakeSession(),
  };
  const fire = (name: string, url?: string) => {
    const event = { url, preventDefault: vi.fn() };
    const listener = listeners.get(name);
    if (!listener) throw new Error(`no listener for ${name}`);
    listener(event);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire };
}

describe('guardWebContents', () => {
  it('prevents navigation and redirects away from the app origin, and keeps in-app navigation', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents as never);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fire(event, 'https://example.org/'), event).toBe(true);
      expect(fire(event, 'app://evil/index.html'), event).toBe(true);
      expect(fire(event, 'app://ospo/index.html'), event).toBe(false);
    }
  });

  it('refuses every <webview> and every new window', () => {
    const { contents, fire } = fakeContents();
    guardWebContents(contents as never);
    expect(fire('will-attach-webview')).toBe(true);
    const openHandler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (details: {
      url: string;
    }) => unknown;
    expect(openHandler({ url: 'app://ospo/index.html' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
  });

  it('guards the session of the contents', () => {
    const { contents } = fakeContents();
    guardWebContents(contents as never);
    expect(contents.session.setPermissionRequestHandler).toHaveBeenCalledWith(permissionRequest);
    expect(contents.session.setPermissionCheckHandler).toHaveBeenCalledWith(permissionCheck);
  });
});

describe('guardSession', () => {
  it('denies every permission request and check but persistent storage for the app itself', () => {
    const app = { getURL: () => 'app://ospo/index.html' };
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'storage-access',
    ]) {
      const callback = vi.fn();
      permissionRequest(app as never, permission as never, callback, {
        requestingUrl: 'app://ospo/',
      } as never);
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(permissionCheck(null, permission as never, 'app://ospo', {} as never), permission).toBe(false);
    }
    // The workshops are kept when the disk runs low: the app's own pages may ask for that, nobody else.
    const granted = vi.fn();
    permissionRequest(app as never, 'persistent-storage', granted, { requestingUrl: 'app://ospo/' } as never);
    expect(granted).toHaveBeenCalledWith(true);
    expect(permissionCheck(null, 'persistent-storage', 'app://ospo', {} as never)).toBe(true);
    const stranger = vi.fn();
    const page = { getURL: () => 'https://example.org/' };
    permissionRequest(page as never, 'persistent-storage', stranger, {
      requestingUrl: 'https://example.org/',
    } as never);
    expect(stranger).toHaveBeenCalledWith(false);
    expect(permissionCheck(null, 'persistent-storage', 'https://example.org', {} as never)).toBe(false);
  });

  it('installs the handlers once per session, device permissions included', () => {
    const session = fakeSession();
    guardSession(session as never);
    guardSession(session as never);
    expect(session.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0] as () => boolean;
    expect(deviceHandler()).toBe(false);
  });

  it('cancels requests that would leave the machine', () => {
    const session = fakeSession();
    guardSession(session as never);
    const onBeforeRequest = session.webRequest.onBeforeRequest.mock.calls[0]?.[0] as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void;
    const decide = (url: string) => {
      const callback = vi.fn();
      onBeforeRequest({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide('https://telemetry.example.org/')).toEqual({ cancel: true });
    expect(decide('app://ospo/assets/app.js')).toEqual({ cancel: false });
  });
});
