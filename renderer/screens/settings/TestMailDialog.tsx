import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useId, useState } from 'react';
import type { IpcError } from '../../../shared/contract/ipcError';
import type { SmtpAccountSummary } from '../../../shared/mail/smtpAccount';
import { emailField } from '../../../shared/schemas/fields';
import { TextInputField } from '../../components/fields/TextInputField';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';
import { OutError } from '../documents/OutError';

type Outcome = { kind: 'sent'; to: string } | { kind: 'failed'; error: IpcError } | null;

/**
 * "Send test mail": a short message through the account to an address of the person's
 * choosing (their own, by default), so a wrong password shows before an invoice depends on it.
 */
export function TestMailDialog({
  account,
  onClose,
}: {
  account: SmtpAccountSummary | null;
  onClose: () => void;
}) {
  // Mounted while open, keyed by the account: the recipient starts as its sender address.
  return account === null ? null : (
    <TestMail key={account.id} account={account} onClose={onClose} />
  );
}

function TestMail({ account, onClose }: { account: SmtpAccountSummary; onClose: () => void }) {
  const titleId = useId();
  const [to, setTo] = useState(account.fromAddress);
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [sending, setSending] = useState(false);

  const send = async () => {
    const address = emailField(t('settings.email.testTo')).safeParse(to.trim());
    if (!address.success) {
      setFieldError(address.error.issues[0]?.message);
      return;
    }
    setFieldError(undefined);
    setSending(true);
    setOutcome(null);
    try {
      const reply = await call('mail.sendTest', { accountId: account.id, to: address.data });
      setOutcome(
        reply.ok ? { kind: 'sent', to: address.data } : { kind: 'failed', error: reply.error },
      );
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open onClose={sending ? undefined : onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>
        {t('settings.email.testTitle', { account: account.label })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <DialogContentText>{t('settings.email.testHelp')}</DialogContentText>
          <TextInputField
            label={t('settings.email.testTo')}
            value={to}
            onChange={setTo}
            error={fieldError}
            type="email"
            disabled={sending}
          />
          {sending && (
            <Alert severity="info" role="status">
              {t('settings.email.testSending')}
            </Alert>
          )}
          {outcome?.kind === 'sent' && (
            <Alert severity="success" role="status">
              {t('settings.email.testSent', { to: outcome.to })}
            </Alert>
          )}
          {outcome?.kind === 'failed' && <OutError error={outcome.error} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={sending}>
          {t('action.close')}
        </Button>
        <Button variant="contained" onClick={() => void send()} disabled={sending}>
          {outcome?.kind === 'failed' ? t('common.tryAgain') : t('settings.email.testSend')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
