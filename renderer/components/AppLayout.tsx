import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { MessageKey } from '../i18n/catalogue';
import { t } from '../i18n/t';
import { useNavigation } from '../navigation/navigationStore';
import { routeHash, type Route } from '../navigation/routes';
import { ErrorBoundary } from './ErrorBoundary';
import { NotificationHost } from './NotificationHost';

const DRAWER_WIDTH = 200;

const NAV_ITEMS: { screen: Route['screen']; label: MessageKey; covers: Route['screen'][] }[] = [
  { screen: 'dashboard', label: 'nav.dashboard', covers: ['dashboard'] },
  { screen: 'invoices', label: 'nav.invoices', covers: ['invoices', 'invoice'] },
  { screen: 'quotes', label: 'nav.quotes', covers: ['quotes', 'quote'] },
  { screen: 'customers', label: 'nav.customers', covers: ['customers', 'customer'] },
  { screen: 'products', label: 'nav.products', covers: ['products', 'product'] },
  { screen: 'journal', label: 'nav.journal', covers: ['journal'] },
  { screen: 'reports', label: 'nav.reports', covers: ['reports'] },
  { screen: 'settings', label: 'nav.settings', covers: ['settings'] },
];

/** The window frame: title bar, the main menu on the left, the screen on the right. */
export function AppLayout({
  showNavigation,
  children,
}: {
  showNavigation: boolean;
  children: ReactNode;
}) {
  const { route, navigate } = useNavigation();
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ zIndex: (theme) => theme.zIndex.drawer + 1 }}>
        <Toolbar>
          <Typography variant="h6" component="h1">
            {t('app.title')}
          </Typography>
        </Toolbar>
      </AppBar>
      {showNavigation && (
        <Drawer
          variant="permanent"
          sx={{ width: DRAWER_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: DRAWER_WIDTH } }}
        >
          <Toolbar />
          <nav aria-label={t('nav.menu')}>
            <List>
              {NAV_ITEMS.map((item) => (
                <ListItemButton
                  key={item.screen}
                  component="a"
                  href={`#/${item.screen}`}
                  selected={item.covers.includes(route.screen)}
                  aria-current={item.covers.includes(route.screen) ? 'page' : undefined}
                  onClick={(event: React.MouseEvent) => {
                    event.preventDefault();
                    navigate({ screen: item.screen } as Route);
                  }}
                >
                  <ListItemText primary={t(item.label)} />
                </ListItemButton>
              ))}
            </List>
          </nav>
        </Drawer>
      )}
      <Box component="main" sx={{ flexGrow: 1, p: 3, minWidth: 0 }}>
        <Toolbar />
        {/* Keyed by the route: moving to another screen clears an error of the last one. */}
        <ErrorBoundary key={routeHash(route)}>{children}</ErrorBoundary>
      </Box>
      <NotificationHost />
    </Box>
  );
}
