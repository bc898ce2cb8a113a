/**
 * The renderer's only door to the desktop: `getPlatform()` returns the Electron bridge (window.api) when the
 * preload provided one, and the browser implementation otherwise. Features call this, never `window.api`.
 */
import { createBrowserPlatform } from './browser';
import type { DesktopApi } from './types';

export type * from './types';

let browserPlatform: DesktopApi | undefined;

export function getPlatform(): DesktopApi {
  if (typeof window !== 'undefined' && window.api) return window.api;
  browserPlatform ??= createBrowserPlatform();
  return browserPlatform;
}

export function isDesktop(): boolean {
  return typeof window !== 'undefined' && window.api !== undefined;
}
