import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider, createTheme } from '@mui/material/styles';
import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useSettings } from './app/useSettings';
import { AppLayout } from './components/AppLayout';
import { LoadingScreen } from './components/LoadingScreen';
import { useAutomaticBackups } from './data/backup/useAutomaticBackups';
import { useNavigation } from './navigation/navigationStore';
import type { Route } from './navigation/routes';

// Screens load on demand, so the first screen ships only what it needs.
const screens: { [S in Route['screen']]: LazyExoticComponent<ComponentType<{ id: string }>> } = {
  dashboard: lazy(() =>
    import('./screens/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })),
  ),
  invoices: lazy(() =>
    import('./screens/invoices/InvoiceListScreen').then((m) => ({ default: m.InvoiceListScreen })),
  ),
  invoice: lazy(() =>
    import('./screens/invoices/InvoiceScreen').then((m) => ({ default: m.InvoiceScreen })),
  ),
  quotes: lazy(() =>
    import('./screens/quotes/QuoteListScreen').then((m) => ({ default: m.QuoteListScreen })),
  ),
  quote: lazy(() =>
    import('./screens/quotes/QuoteScreen').then((m) => ({ default: m.QuoteScreen })),
  ),
  customers: lazy(() =>
    import('./screens/customers/CustomerListScreen').then((m) => ({
      default: m.CustomerListScreen,
    })),
  ),
  customer: lazy(() =>
    import('./screens/customers/CustomerScreen').then((m) => ({ default: m.CustomerScreen })),
  ),
  products: lazy(() =>
    import('./screens/products/ProductListScreen').then((m) => ({ default: m.ProductListScreen })),
  ),
  product: lazy(() =>
    import('./screens/products/ProductScreen').then((m) => ({ default: m.ProductScreen })),
  ),
  journal: lazy(() =>
    import('./screens/journal/JournalScreen').then((m) => ({ default: m.JournalScreen })),
  ),
  reports: lazy(() =>
    import('./screens/reports/ReportsScreen').then((m) => ({ default: m.ReportsScreen })),
  ),
  settings: lazy(() =>
    import('./screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
  ),
  setup: lazy(() =>
    import('./screens/setup/SetupScreen').then((m) => ({ default: m.SetupScreen })),
  ),
};

const theme = createTheme();

/** The application: the first-run setup until the company is set up, then the screens. */
export function App() {
  const settings = useSettings();
  useAutomaticBackups();
  const route = useNavigation((state) => state.route);
  const needsSetup = settings === null || (settings !== undefined && !settings.setupCompleted);
  const screen = needsSetup ? 'setup' : route.screen;
  const Screen = screens[screen];
  const id = 'id' in route ? route.id : '';
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      {settings === undefined ? (
        <LoadingScreen />
      ) : (
        <AppLayout showNavigation={!needsSetup}>
          <Suspense fallback={<LoadingScreen />}>
            <Screen key={`${screen}/${id}`} id={id} />
          </Suspense>
        </AppLayout>
      )}
    </ThemeProvider>
  );
}
