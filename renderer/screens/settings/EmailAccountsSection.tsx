import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import type { IpcError } from '../../../shared/contract/ipcError';
import type { SmtpAccountSummary } from '../../../shared/mail/smtpAccount';
import { notify } from '../../app/notifications';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';
import { OutError } from '../documents/OutError';
import { securityName, SmtpAccountDialog } from './SmtpAccountDialog';
import { TestMailDialog } from './TestMailDialog';

export type EmailAccountsSectionProps = {
  defaults: { fromName: string; fromAddress: string };
  /** Told of the accounts whenever they are read again, for the mailing defaults' picker. */
  onAccounts: (accounts: SmtpAccountSummary[]) => void;
};

/**
 * Settings → E-mail: the SMTP accounts of the main process's settings store. Passwords go
 * there and stay there; this list only learns whether one is saved.
 */
export function EmailAccountsSection({ defaults, onAccounts }: EmailAccountsSectionProps) {
  const [accounts, setAccounts] = useState<SmtpAccountSummary[] | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [editing, setEditing] = useState<SmtpAccountSummary | 'new' | null>(null);
  const [testing, setTesting] = useState<SmtpAccountSummary | null>(null);
  const [deleting, setDeleting] = useState<SmtpAccountSummary | null>(null);

  // Bumped to read the accounts again after a change.
  const [version, setVersion] = useState(0);
  const reload = () => setVersion((number) => number + 1);
  useEffect(() => {
    let current = true;
    void call('mail.listAccounts', {}).then((reply) => {
      if (!current) return;
      setError(reply.ok ? null : reply.error);
      setAccounts(reply.ok ? reply.value.accounts : []);
      if (reply.ok) onAccounts(reply.value.accounts);
    });
    return () => {
      current = false;
    };
  }, [version, onAccounts]);

  const remove = async () => {
    if (deleting === null) return;
    const reply = await call('mail.deleteAccount', { id: deleting.id });
    setDeleting(null);
    if (!reply.ok) setError(reply.error);
    else notify(t('settings.email.deleted'));
    reload();
  };

  return (
    <FormSection
      title={t('settings.email.accounts')}
      description={t('settings.email.accountsHelp')}
      actions={
        <Button variant="outlined" onClick={() => setEditing('new')}>
          {t('settings.email.add')}
        </Button>
      }
    >
      {error !== null && <OutError error={error} />}
      {accounts === null && <Typography role="status">{t('common.loading')}</Typography>}
      {accounts !== null && accounts.length === 0 && error === null && (
        <Typography color="text.secondary">{t('settings.email.none')}</Typography>
      )}
      {accounts !== null && accounts.length > 0 && (
        <List aria-label={t('settings.email.accounts')} disablePadding>
          {accounts.map((account) => (
            <ListItem
              key={account.id}
              divider
              aria-label={account.label}
              secondaryAction={
                <Stack direction="row" spacing={1}>
                  <Button size="small" onClick={() => setTesting(account)}>
                    {t('settings.email.test')}
                  </Button>
                  <Button size="small" onClick={() => setEditing(account)}>
                    {t('action.edit')}
                  </Button>
                  <Button size="small" color="error" onClick={() => setDeleting(account)}>
                    {t('action.delete')}
                  </Button>
                </Stack>
              }
              sx={{ pr: 32 }}
            >
              <ListItemText
                primary={account.label}
                secondary={t('settings.email.summary', {
                  from: `${account.fromName} <${account.fromAddress}>`,
                  server: `${account.host}:${account.port}`,
                  security: securityName(account.security),
                  password:
                    account.user === ''
                      ? t('settings.email.noLogin')
                      : account.hasPassword
                        ? t('settings.email.hasPassword', { user: account.user })
                        : t('settings.email.noPassword', { user: account.user }),
                })}
              />
            </ListItem>
          ))}
        </List>
      )}
      {accounts !== null &&
        accounts.some((account) => account.user !== '' && !account.hasPassword) && (
          <Alert severity="warning">{t('settings.email.passwordMissing')}</Alert>
        )}
      <SmtpAccountDialog
        account={editing}
        defaults={defaults}
        onClose={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          notify(t('settings.email.saved', { account: saved.label }));
          reload();
        }}
      />
      <TestMailDialog account={testing} onClose={() => setTesting(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('settings.email.deleteTitle')}
        message={t('settings.email.deleteMessage', { account: deleting?.label ?? '' })}
        confirmLabel={t('settings.email.deleteConfirm')}
        destructive
        onConfirm={remove}
        onCancel={() => setDeleting(null)}
      />
    </FormSection>
  );
}
