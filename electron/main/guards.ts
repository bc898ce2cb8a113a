/**
 * The security policy for every web page the app creates, applied in one place (`guardWebContents`) to
 * every webContents through `app.on('web-contents-created')`, so a window added later cannot forget it.
 *
 * Deny by default: no navigation away from the app origin, no new windows, no <webview>, no permission but
 * persistent storage (no camera, notifications, clipboard-read, …), and no request to anything but the app.
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
type Permission = Parameters<NonNullable<PermissionRequestHandler>>[1];

/**
 * The one permission the app asks for: persistent storage, so that the workshops are not cleared when
 * the disk runs low. Only the app's own pages get it; every other permission is refused.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<Permission> = new Set<Permission>(['persistent-storage']);

const isAllowedPermission = (permission: Permission, origin: string | undefined) =>
  ALLOWED_PERMISSIONS.has(permission) && origin !== undefined && isAppUrl(origin);

export const permissionRequest: NonNullable<PermissionRequestHandler> = (
  contents,
  permission,
  callback,
  details,
) => callback(isAllowedPermission(permission, details?.requestingUrl ?? contents?.getURL?.()));
export const permissionCheck: NonNullable<PermissionCheckHandler> = (_contents, permission, origin) =>
  isAllowedPermission(permission, origin);

type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & { webRequest: Pick<Session['webRequest'], 'onBeforeRequest'> };

const guardedSessions = new WeakSet<object>();

/** Permissions and requests are per session; guarding one twice is harmless and skipped. */
export function guardSession(session: GuardedSession): void {
  if (guardedSessions.has(session)) return;
  guardedSessions.add(session);
  session.setPermissionRequestHandler(permissionRequest);
  session.setPermissionCheckHandler(permissionCheck);
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
