import { useNavigation } from '../../navigation/navigationStore';
import { routeHash, type Route } from '../../navigation/routes';

/**
 * Shows another route in place of the current one, without a history entry: after the first
 * save of a new draft, Back should not lead to an empty "new" editor again.
 */
export function replaceRoute(route: Route): void {
  window.history.replaceState(window.history.state, '', routeHash(route));
  useNavigation.setState({ route });
}
