import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import { TextInputField } from '../../components/fields/TextInputField';
import { t } from '../../i18n/t';

/**
 * Asks before erasing everything: the person types a word, so no habitual Enter or click
 * erases their books. Cancel has the focus.
 */
export function EraseAllDataDialog({
  open,
  onErase,
  onCancel,
}: {
  open: boolean;
  onErase: () => Promise<void>;
  onCancel: () => void;
}) {
  const titleId = useId();
  const word = t('settings.backup.eraseWord');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setTyped('');
    setError(undefined);
    onCancel();
  };
  const erase = async () => {
    if (typed.trim() !== word) {
      setError(t('settings.backup.eraseMismatch', { word }));
      return;
    }
    setBusy(true);
    try {
      await onErase();
      setTyped('');
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : close} aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{t('settings.backup.eraseTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {t('settings.backup.eraseMessage', { word })}
        </DialogContentText>
        <TextInputField
          id="erase-confirmation"
          label={t('settings.backup.eraseField', { word })}
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setError(undefined);
          }}
          error={error}
          disabled={busy}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close} disabled={busy} autoFocus>
          {t('action.cancel')}
        </Button>
        <Button onClick={() => void erase()} disabled={busy} variant="contained" color="error">
          {t('settings.backup.erase')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
