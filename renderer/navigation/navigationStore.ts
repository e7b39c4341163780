import { create } from 'zustand';
import { parseRoute, routeHash, type Route } from './routes';

type NavigationState = { route: Route; navigate: (route: Route) => void };

/**
 * The current screen. The location hash is the source of truth, so a reload or the
 * browser's back button lands on the same screen.
 */
export const useNavigation = create<NavigationState>(() => ({
  route: parseRoute(window.location.hash),
  navigate: (route) => {
    window.location.hash = routeHash(route);
  },
}));

window.addEventListener('hashchange', () => {
  useNavigation.setState({ route: parseRoute(window.location.hash) });
});

/** Navigates from outside React (e.g. after a save). */
export function navigate(route: Route): void {
  useNavigation.getState().navigate(route);
}
