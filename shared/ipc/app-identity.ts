/**
 * The app's name and version as the browser build reports them (the desktop shell asks Electron, which reads
 * package.json). A test keeps APP_VERSION equal to package.json, so a release that bumps one bumps both.
 */
export const APP_NAME = 'OSPO Workshop';
export const APP_VERSION = '0.1.0';
