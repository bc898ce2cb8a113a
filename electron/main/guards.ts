/**
 * The security policy for every web page the app creates, applied in one place (`guardWebContents`) to
 * every webContents through `app.on('web-contents-created')`, so a window added later cannot forget it.
 *
 * Deny by default: no navigation away from the app origin, no new windows, no <webview>, no permissions
 * (camera, notifications, clipboard-read, …), and no request to anything but the app itself.
 */
import type { Session, WebContents } from 'electron';
import { isAppUrl } from './origin';

/** Navigation (and redirects) may only go to the app's own pages. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

// data: and blob: are in-memory (images, generated PDFs); devtools: is the developer tools' own UI.
const IN_MEMORY_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/** Every network request of every page: the app origin and in-memory URLs only; nothing leaves the machine. */
export function isAllowedRequest(url: string): boolean {
  if (isAppUrl(url)) return true;
  try {
    return IN_MEMORY_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

/** The app needs no permission at all, so every request is refused. */
export const denyPermissionRequest: NonNullable<PermissionRequestHandler> = (
  _contents,
  _permission,
  callback,
) => callback(false);
export const denyPermissionCheck: NonNullable<PermissionCheckHandler> = () => false;

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

const guardedSessions = new WeakSet<object>();

/** Permissions and requests are per session; guarding one twice is harmless and skipped. */
export function guardSession(session: GuardedSession): void {
  if (guardedSessions.has(session)) return;
  guardedSessions.add(session);
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url) });
  });
}

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'> & { session: GuardedSession };

export function guardWebContents(contents: GuardedContents): void {
  const preventUnlessAppUrl = (event: { preventDefault(): void }, url: string) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', (event) => preventUnlessAppUrl(event, event.url));
  contents.on('will-frame-navigate', (event) => preventUnlessAppUrl(event, event.url));
  contents.on('will-redirect', (event) => preventUnlessAppUrl(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  guardSession(contents.session);
}
