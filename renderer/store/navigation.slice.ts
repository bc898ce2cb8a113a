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

/** Leaving a workshop's session closes its room: phones must not vote into a session nobody runs. */
function closeRoomUnlessIn(state: AppState, route: Route): void {
  const open = state.room.room;
  if (open && !(route.name === 'session' && route.workshopId === open.workshopId)) void state.closeRoom();
}

export const createNavigationSlice =
  (initialHash: string): StateCreator<AppState, [], [], NavigationSlice> =>
  (set, get) => ({
    route: parseRoute(initialHash),
    navigate(route) {
      const hash = routeToHash(route);
      if (typeof window !== 'undefined' && window.location.hash !== hash) window.location.hash = hash;
      set({ route });
      closeRoomUnlessIn(get(), route);
    },
    syncFromHash(hash) {
      const route = parseRoute(hash);
      set({ route });
      closeRoomUnlessIn(get(), route);
    },
  });
