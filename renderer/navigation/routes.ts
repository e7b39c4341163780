/** Every screen the app can show, addressed by the location hash (#/invoices/abc). */
export type Route =
  | { screen: 'dashboard' }
  | { screen: 'invoices' }
  | { screen: 'invoice'; id: string }
  | { screen: 'quotes' }
  | { screen: 'quote'; id: string }
  | { screen: 'customers' }
  | { screen: 'customer'; id: string }
  | { screen: 'products' }
  | { screen: 'product'; id: string }
  | { screen: 'journal' }
  | { screen: 'reports' }
  | { screen: 'settings' }
  | { screen: 'setup' };

const LIST_SCREENS = [
  'dashboard',
  'invoices',
  'quotes',
  'customers',
  'products',
  'journal',
  'reports',
  'settings',
  'setup',
] as const;
const DETAIL_SCREENS = {
  invoices: 'invoice',
  quotes: 'quote',
  customers: 'customer',
  products: 'product',
} as const;

/** Reads a hash such as "#/invoices/new" or "#/customers/42"; anything unknown is the dashboard. */
export function parseRoute(hash: string): Route {
  const [first = '', second] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (second !== undefined && second !== '' && first in DETAIL_SCREENS) {
    return { screen: DETAIL_SCREENS[first as keyof typeof DETAIL_SCREENS], id: second };
  }
  return (LIST_SCREENS as readonly string[]).includes(first)
    ? ({ screen: first } as Route)
    : { screen: 'dashboard' };
}

/** The hash of a route; `id: 'new'` opens an editor on a new record. */
export function routeHash(route: Route): string {
  switch (route.screen) {
    case 'invoice':
      return `#/invoices/${encodeURIComponent(route.id)}`;
    case 'quote':
      return `#/quotes/${encodeURIComponent(route.id)}`;
    case 'customer':
      return `#/customers/${encodeURIComponent(route.id)}`;
    case 'product':
      return `#/products/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.screen}`;
  }
}
