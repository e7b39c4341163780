import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { dismissNotification, useNotifications } from '../app/notifications';

/**
 * Shows the latest notification. Success and info messages are announced politely
 * (role status) and go away by themselves; errors stay until closed.
 */
export function NotificationHost() {
  const current = useNotifications((state) => state.current);
  return (
    <Snackbar
      key={current?.id}
      open={current !== null}
      autoHideDuration={current?.severity === 'error' ? null : 5000}
      onClose={(_event, reason) => {
        if (reason !== 'clickaway' && current) dismissNotification(current.id);
      }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {current ? (
        <Alert
          severity={current.severity}
          variant="filled"
          role={current.severity === 'error' ? 'alert' : 'status'}
          onClose={() => dismissNotification(current.id)}
        >
          {current.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
