import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import type { SxProps, Theme } from '@mui/material/styles';
import { t } from '../../i18n/t';
import { OutError } from '../documents/OutError';
import type { FileExport } from './useFileExport';

/**
 * What came of the last export: where the file went (with "Show in folder"), or what went
 * wrong with "Try again"; nothing while idle or busy.
 */
export function ExportStatus({ exporter, sx }: { exporter: FileExport; sx?: SxProps<Theme> }) {
  const { state, showError, showInFolder, dismiss } = exporter;
  if (state.kind !== 'done' && state.kind !== 'failed' && showError === null) return null;
  return (
    <Stack spacing={1} sx={sx}>
      {state.kind === 'done' && (
        <Alert
          severity="success"
          role="status"
          onClose={dismiss}
          action={
            <Button color="inherit" size="small" onClick={() => void showInFolder(state.path)}>
              {t('documents.out.showInFolder')}
            </Button>
          }
        >
          {state.message}
        </Alert>
      )}
      {state.kind === 'failed' && (
        <OutError
          error={state.error}
          action={
            <Button color="inherit" size="small" onClick={state.retry}>
              {t('common.tryAgain')}
            </Button>
          }
        />
      )}
      {showError !== null && <OutError error={showError} />}
    </Stack>
  );
}
