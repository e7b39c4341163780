import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import { t } from '../i18n/t';

/** Shown while data or a screen's code loads. */
export function LoadingScreen() {
  return (
    <Box
      role="status"
      aria-label={t('common.loading')}
      sx={{ display: 'flex', justifyContent: 'center', p: 6 }}
    >
      <CircularProgress />
    </Box>
  );
}
