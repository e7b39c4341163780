import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Grid from '@mui/material/Grid';
import { useState } from 'react';
import type { MailingSettings } from '../../../shared/mail/mailingSettings';
import type { MessageTemplate } from '../../../shared/mail/messageTemplates';
import type { SmtpAccountSummary } from '../../../shared/mail/smtpAccount';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { notify } from '../../app/notifications';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { errorsByPath, fieldId } from '../../components/forms/formIssues';
import { getDb } from '../../data/database';
import { saveCompanyMailing } from '../../data/mailingRepository';
import { t } from '../../i18n/t';
import { splitAddresses } from '../documents/mailDraft';
import { attachmentChoiceOptions } from './attachmentChoices';

const FORM = 'company-mailing';

type Draft = Omit<MailingSettings, 'extraRecipients'> & { extraRecipients: string };

function draftOf(settings: MailingSettings): Draft {
  return { ...settings, extraRecipients: settings.extraRecipients.join(', ') };
}

/** 'extraRecipients.2' (the third address) is shown at the one field. */
function fieldIssues(issues: readonly FieldIssue[]): Record<string, string> {
  return errorsByPath(issues.map((issue) => ({ ...issue, path: issue.path.split('.')[0] ?? '' })));
}

/**
 * The mailing settings every customer class and customer starts from: whether documents go
 * by e-mail, through which account and with which message, who else gets a copy, and
 * whether invoices are printed too, and what a mailed invoice carries (its PDF, its
 * e-invoice, both). A class or customer overrides each of them. Keyed by what is saved
 * (see EmailSettings), so a save shows the stored values.
 */
export function CompanyMailingSection({
  saved,
  accounts,
  templates,
}: {
  saved: MailingSettings;
  accounts: readonly SmtpAccountSummary[];
  templates: readonly MessageTemplate[];
}) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const errors = fieldIssues(issues);
  const change = (part: Partial<Draft>) => setDraft((previous) => ({ ...previous, ...part }));

  const save = async () => {
    setSaving(true);
    try {
      const result = await saveCompanyMailing(getDb(), {
        ...draft,
        extraRecipients: splitAddresses(draft.extraRecipients),
      });
      if (!result.ok) {
        setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
        return;
      }
      setIssues([]);
      notify(t('common.saved'));
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormSection
      title={t('settings.mailing.title')}
      description={t('settings.mailing.help')}
      actions={
        <Button variant="outlined" onClick={() => void save()} disabled={saving}>
          {t('settings.mailing.save')}
        </Button>
      }
    >
      <Grid
        container
        spacing={2}
        component="form"
        aria-label={t('settings.mailing.title')}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormControlLabel
            control={
              <Checkbox
                checked={draft.sendByEmail}
                onChange={(event) => change({ sendByEmail: event.target.checked })}
              />
            }
            label={t('settings.mailing.sendByEmail')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <FormControlLabel
            control={
              <Checkbox
                checked={draft.printInvoices}
                onChange={(event) => change({ printInvoices: event.target.checked })}
              />
            }
            label={t('settings.mailing.printInvoices')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            id={fieldId(FORM, 'smtpAccountId')}
            label={t('settings.mailing.account')}
            value={draft.smtpAccountId ?? ''}
            emptyLabel={t('settings.mailing.firstAccount')}
            options={accounts.map((account) => ({ value: account.id, label: account.label }))}
            onChange={(id) => change({ smtpAccountId: id === '' ? null : id })}
            error={errors.smtpAccountId}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            id={fieldId(FORM, 'templateId')}
            label={t('settings.mailing.template')}
            value={draft.templateId ?? ''}
            emptyLabel={t('settings.mailing.standardTemplate')}
            options={templates
              .filter((template) => template.documentKind === 'invoice')
              .map((template) => ({ value: template.id, label: template.name }))}
            onChange={(id) => change({ templateId: id === '' ? null : id })}
            error={errors.templateId}
            helperText={t('settings.mailing.templateHelp')}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            id={fieldId(FORM, 'attach')}
            label={t('settings.mailing.attach')}
            value={draft.attach}
            options={attachmentChoiceOptions()}
            onChange={(attach) => change({ attach: attach === '' ? 'pdf' : attach })}
            error={errors.attach}
            helperText={t('settings.mailing.attachHelp')}
          />
        </Grid>
        <Grid size={12}>
          <TextInputField
            id={fieldId(FORM, 'extraRecipients')}
            label={t('settings.mailing.extraRecipients')}
            value={draft.extraRecipients}
            onChange={(extraRecipients) => change({ extraRecipients })}
            error={errors.extraRecipients}
            helperText={t('settings.mailing.extraRecipientsHelp')}
          />
        </Grid>
        <button type="submit" hidden />
      </Grid>
    </FormSection>
  );
}
