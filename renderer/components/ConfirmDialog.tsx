import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type ReactNode } from 'react';
import { t } from '../i18n/t';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  /** What will happen, in a sentence or two ("The invoice becomes final…"). */
  message: ReactNode;
  /** The name of the action on the confirm button, e.g. "Post invoice" (never just "OK"). */
  confirmLabel: string;
  cancelLabel?: string | undefined;
  /** Colours the confirm button as dangerous (delete, archive, post). */
  destructive?: boolean | undefined;
  /** May be async: the buttons are disabled until it settles. */
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
};

/**
 * Asks before an action that cannot be undone. The cancel button has the focus, so Enter
 * pressed out of habit does not confirm; Escape cancels.
 */
export function ConfirmDialog({
  open,
  title,
  message,
  confirmLabel,
  cancelLabel,
  destructive,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const titleId = useId();
  const messageId = useId();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open={open}
      onClose={busy ? undefined : onCancel}
      aria-labelledby={titleId}
      aria-describedby={messageId}
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText id={messageId} component="div">
          {message}
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={busy} autoFocus>
          {cancelLabel ?? t('action.cancel')}
        </Button>
        <Button
          onClick={() => void confirm()}
          disabled={busy}
          variant="contained"
          color={destructive ? 'error' : 'primary'}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
