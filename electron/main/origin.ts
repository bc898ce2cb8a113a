/**
 * The renderer's one origin. IndexedDB (every vote) belongs to this origin: changing the scheme or the host
 * strands existing data, so these never change without a migration.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'ospo';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is a page of the app: scheme app:, host ospo, no credentials or port. Node's URL reports
 * origin "null" for non-special schemes, so the parts are compared one by one.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
