import type { StateCreator } from 'zustand';
import { parseRoute, routeToHash, type Route } from '../app/routes';
import type { AppState } from './app-store';

export interface NavigationSlice {
  route: Route;
  /** Changes the screen and the address (so reload and back return here). */
  navigate(route: Route): void;
  /** Follows the address bar (back/forward, a typed hash). */
  syncFromHash(hash: string): void;
}

export const createNavigationSlice =
  (initialHash: string): StateCreator<AppState, [], [], NavigationSlice> =>
  (set) => ({
    route: parseRoute(initialHash),
    navigate(route) {
      const hash = routeToHash(route);
      if (typeof window !== 'undefined' && window.location.hash !== hash) window.location.hash = hash;
      set({ route });
    },
    syncFromHash(hash) {
      set({ route: parseRoute(hash) });
    },
  });
