import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { t } from '../../i18n/t';
import { RestoreFromFileButton } from './RestoreFromFileButton';
import { useBackupRestore } from './useBackupRestore';

/**
 * Restore on the first-run screen: after "Erase all data", or on a new computer, the books
 * come back from a backup file instead of a new setup. The same checks and confirmation as
 * in Settings → Backups.
 */
export function SetupRestoreButton({ disabled }: { disabled: boolean }) {
  const restore = useBackupRestore();
  return (
    <Stack spacing={0.5}>
      <RestoreFromFileButton
        label={t('settings.backup.setupRestore')}
        disabled={disabled || restore.busyLabel !== null}
        onFile={(read) => void restore.start(read)}
      />
      <Typography variant="caption" color="text.secondary">
        {restore.busyLabel ?? t('settings.backup.setupRestoreHelp')}
      </Typography>
      {restore.problem && <Alert severity="error">{restore.problem}</Alert>}
      {restore.dialog}
    </Stack>
  );
}
