import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import type { IpcError } from '../../../shared/contract/ipcError';
import type { SmtpAccountSummary, SmtpSecurity } from '../../../shared/mail/smtpAccount';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { errorsByPath, fieldId } from '../../components/forms/formIssues';
import type { MessageKey } from '../../i18n/catalogue';
import { t } from '../../i18n/t';
import { call } from '../../platform/invoicerApi';
import { OutError } from '../documents/OutError';
import {
  accountToSave,
  SECURITY_CHOICES,
  smtpAccountDraft,
  withSecurity,
  type SmtpAccountDraft,
} from './smtpAccountDraft';

const FORM = 'smtp-account';

const SECURITY_KEYS: Record<SmtpSecurity, MessageKey> = {
  none: 'settings.email.security.none',
  starttls: 'settings.email.security.starttls',
  tls: 'settings.email.security.tls',
};

/** The name of a security choice, as the editor and the account list show it. */
export function securityName(security: SmtpSecurity): string {
  return t(SECURITY_KEYS[security]);
}

export type SmtpAccountDialogProps = {
  /** The account to edit, 'new' for a new one, null: closed. */
  account: SmtpAccountSummary | 'new' | null;
  /** The company's name and address, proposed as the sender of a new account. */
  defaults: { fromName: string; fromAddress: string };
  onSaved: (saved: SmtpAccountSummary) => void;
  onClose: () => void;
};

/**
 * Adds or edits an SMTP account. The password field is write-only: it starts empty, a typed
 * password replaces the saved one, and nothing typed here is ever shown again.
 */
export function SmtpAccountDialog(props: SmtpAccountDialogProps) {
  // Mounted while open, keyed by the account: every opening starts from what is saved.
  const { account } = props;
  if (account === null) return null;
  return (
    <SmtpAccountEditor key={account === 'new' ? 'new' : account.id} {...props} account={account} />
  );
}

function SmtpAccountEditor({
  account,
  defaults,
  onSaved,
  onClose,
}: SmtpAccountDialogProps & { account: SmtpAccountSummary | 'new' }) {
  const titleId = useId();
  const [draft, setDraft] = useState<SmtpAccountDraft>(() =>
    smtpAccountDraft(account === 'new' ? null : account, defaults),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [error, setError] = useState<IpcError | null>(null);
  const [saving, setSaving] = useState(false);

  const errors = errorsByPath(issues);
  const change = (part: Partial<SmtpAccountDraft>) =>
    setDraft((previous) => ({ ...previous, ...part }));

  const save = async () => {
    const checked = accountToSave(draft);
    if (!checked.ok) {
      setIssues(checked.error);
      return;
    }
    setIssues([]);
    setSaving(true);
    try {
      const reply = await call('mail.saveAccount', checked.value);
      if (!reply.ok) {
        setError(reply.error);
        return;
      }
      onSaved(reply.value);
    } finally {
      setSaving(false);
    }
  };

  const text = (
    path: 'label' | 'host' | 'port' | 'user' | 'fromName' | 'fromAddress' | 'replyTo',
    label: MessageKey,
    extra: { helper?: MessageKey; type?: 'email'; required?: boolean } = {},
  ) => (
    <TextInputField
      id={fieldId(FORM, path)}
      label={t(label)}
      value={draft[path]}
      onChange={(value) => change({ [path]: value })}
      error={errors[path]}
      helperText={extra.helper === undefined ? undefined : t(extra.helper)}
      type={extra.type}
      required={extra.required}
      disabled={saving}
    />
  );

  const passwordHelp = draft.hasPassword
    ? t('settings.email.passwordSaved')
    : t('settings.email.passwordHelp');

  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {account === 'new' ? t('settings.email.addTitle') : t('settings.email.editTitle')}
      </DialogTitle>
      <DialogContent>
        <Grid
          container
          spacing={2}
          component="form"
          aria-label={t('settings.email.accountForm')}
          noValidate
          sx={{ pt: 1 }}
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Grid size={12}>
            {text('label', 'settings.email.label', {
              required: true,
              helper: 'settings.email.labelHelp',
            })}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {text('host', 'settings.email.host', { required: true })}
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            <SelectField
              id={fieldId(FORM, 'security')}
              label={t('settings.email.security')}
              value={draft.security}
              options={SECURITY_CHOICES.map((value) => ({ value, label: securityName(value) }))}
              onChange={(security) => security !== '' && setDraft(withSecurity(draft, security))}
              error={errors.security}
              disabled={saving}
            />
          </Grid>
          <Grid size={{ xs: 6, sm: 3 }}>
            {text('port', 'settings.email.port', { required: true })}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {text('user', 'settings.email.user', { helper: 'settings.email.userHelp' })}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextField
              id={fieldId(FORM, 'password')}
              label={t('settings.email.password')}
              type="password"
              value={draft.password}
              onChange={(event) => change({ password: event.target.value, removePassword: false })}
              error={errors.password !== undefined}
              helperText={errors.password ?? passwordHelp}
              autoComplete="new-password"
              disabled={saving}
              fullWidth
              slotProps={{ htmlInput: { maxLength: 1000 } }}
            />
            {draft.hasPassword && (
              <FormControlLabel
                control={
                  <Checkbox
                    checked={draft.removePassword}
                    onChange={(event) =>
                      change({ removePassword: event.target.checked, password: '' })
                    }
                    disabled={saving}
                  />
                }
                label={t('settings.email.removePassword')}
              />
            )}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {text('fromName', 'settings.email.fromName', { required: true })}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {text('fromAddress', 'settings.email.fromAddress', { required: true, type: 'email' })}
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            {text('replyTo', 'settings.email.replyTo', {
              type: 'email',
              helper: 'settings.email.replyToHelp',
            })}
          </Grid>
          {issues.some((issue) => issue.path === '') && (
            <Grid size={12}>
              <Alert severity="error">{issues.find((issue) => issue.path === '')?.message}</Alert>
            </Grid>
          )}
          {error !== null && (
            <Grid size={12}>
              <OutError error={error} />
            </Grid>
          )}
          <button type="submit" hidden />
        </Grid>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          {t('action.cancel')}
        </Button>
        <Button variant="contained" onClick={() => void save()} disabled={saving}>
          {t('settings.email.saveAccount')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
