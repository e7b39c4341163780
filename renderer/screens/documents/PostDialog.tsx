import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { t } from '../../i18n/t';

export type PostDialogProps = {
  open: boolean;
  kind: 'invoice' | 'quote';
  /** Called with the number typed by hand, or undefined for the next number of the series. */
  onConfirm: (manualNumber: string | undefined) => Promise<void>;
  onCancel: () => void;
};

/**
 * Asks before a draft becomes final: posting an invoice (sending a quote) gives it its
 * number and freezes it; it can never be changed or deleted afterwards.
 */
export function PostDialog({ open, kind, onConfirm, onCancel }: PostDialogProps) {
  const [manualNumber, setManualNumber] = useState('');
  const invoice = kind === 'invoice';
  return (
    <ConfirmDialog
      open={open}
      title={t(invoice ? 'documents.post.title' : 'quotes.send.title')}
      confirmLabel={t(invoice ? 'documents.post.confirm' : 'quotes.send.confirm')}
      destructive
      message={
        <Stack spacing={2}>
          <Typography>{t(invoice ? 'documents.post.message' : 'quotes.send.message')}</Typography>
          <TextInputField
            label={t('documents.post.manualNumber')}
            helperText={t('documents.post.manualNumberHelp')}
            value={manualNumber}
            onChange={setManualNumber}
            size="small"
          />
        </Stack>
      }
      onConfirm={async () => {
        await onConfirm(manualNumber.trim() === '' ? undefined : manualNumber.trim());
        setManualNumber('');
      }}
      onCancel={() => {
        setManualNumber('');
        onCancel();
      }}
    />
  );
}
