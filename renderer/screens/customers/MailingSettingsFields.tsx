import Grid from '@mui/material/Grid';
import { useState } from 'react';
import type { DefaultSource } from '../../../shared/customers/customerDefaults';
import {
  effectiveMailingSettings,
  INHERIT_ALL_MAILING_SETTINGS,
  type InheritableMailingSettings,
} from '../../../shared/mail/mailingSettings';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { splitAddresses } from '../documents/mailDraft';
import { attachmentChoiceLabel, attachmentChoiceOptions } from '../settings/attachmentChoices';
import type { MailingChoices } from './useMailingChoices';

type YesNo = 'yes' | 'no';

export type MailingSettingsFieldsProps = {
  value: InheritableMailingSettings;
  onChange: (value: InheritableMailingSettings) => void;
  /** The class's own settings (for a customer of a class), or null. */
  inheritFrom: { className: string; mailing: InheritableMailingSettings } | null;
  choices: MailingChoices;
  form: string;
  /** The path of the settings in the form's record, e.g. 'mailing'. */
  path: string;
  errors: Record<string, string>;
};

function yesNo(value: boolean | null): YesNo | '' {
  return value === null ? '' : value ? 'yes' : 'no';
}

/**
 * A customer's or class's mailing settings, each empty to inherit: the empty entry says
 * what applies then and where it comes from ("From class Wholesale: yes").
 */
export function MailingSettingsFields({
  value,
  onChange,
  inheritFrom,
  choices,
  form,
  path,
  errors,
}: MailingSettingsFieldsProps) {
  // The addresses as typed; the settings get the list, so a comma being typed stays.
  const [extraText, setExtraText] = useState((value.extraRecipients ?? []).join(', '));
  const { accounts, templates, company } = choices;
  const inherited = effectiveMailingSettings(
    INHERIT_ALL_MAILING_SETTINGS,
    inheritFrom?.mailing ?? null,
    company,
  );
  const from = (source: DefaultSource, shown: string) =>
    source === 'class' && inheritFrom !== null
      ? t('inherited.fromClass', { name: inheritFrom.className, value: shown })
      : t('inherited.fromCompany', { value: shown });
  const yesNoOptions = [
    { value: 'yes' as const, label: t('common.yes') },
    { value: 'no' as const, label: t('common.no') },
  ];
  const accountName = (id: string | null) =>
    accounts.find((account) => account.id === id)?.label ?? t('settings.mailing.firstAccount');
  const invoiceTemplates = templates.filter((template) => template.documentKind === 'invoice');
  const templateName = (id: string | null) =>
    invoiceTemplates.find((template) => template.id === id)?.name ??
    t('settings.mailing.standardTemplate');
  const change = (part: Partial<InheritableMailingSettings>) => onChange({ ...value, ...part });
  const id = (field: string) => fieldId(form, `${path}.${field}`);
  // 'mailing.extraRecipients.2' (the third address) is shown at its one field.
  const error = (field: string) =>
    errors[`${path}.${field}`] ??
    Object.entries(errors).find(([key]) => key.startsWith(`${path}.${field}.`))?.[1];

  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField<YesNo>
          id={id('sendByEmail')}
          label={t('settings.mailing.sendByEmail')}
          value={yesNo(value.sendByEmail)}
          options={yesNoOptions}
          emptyLabel={from(
            inherited.source.sendByEmail,
            inherited.sendByEmail ? t('common.yes') : t('common.no'),
          )}
          onChange={(choice) => change({ sendByEmail: choice === '' ? null : choice === 'yes' })}
          error={error('sendByEmail')}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField<YesNo>
          id={id('printInvoices')}
          label={t('settings.mailing.printInvoices')}
          value={yesNo(value.printInvoices)}
          options={yesNoOptions}
          emptyLabel={from(
            inherited.source.printInvoices,
            inherited.printInvoices ? t('common.yes') : t('common.no'),
          )}
          onChange={(choice) => change({ printInvoices: choice === '' ? null : choice === 'yes' })}
          error={error('printInvoices')}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={id('smtpAccountId')}
          label={t('settings.mailing.account')}
          value={value.smtpAccountId ?? ''}
          options={accounts.map((account) => ({ value: account.id, label: account.label }))}
          emptyLabel={from(inherited.source.smtpAccountId, accountName(inherited.smtpAccountId))}
          onChange={(choice) => change({ smtpAccountId: choice === '' ? null : choice })}
          error={error('smtpAccountId')}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={id('templateId')}
          label={t('settings.mailing.template')}
          value={value.templateId ?? ''}
          options={invoiceTemplates.map((template) => ({
            value: template.id,
            label: template.name,
          }))}
          emptyLabel={from(inherited.source.templateId, templateName(inherited.templateId))}
          onChange={(choice) => change({ templateId: choice === '' ? null : choice })}
          error={error('templateId')}
        />
      </Grid>
      <Grid size={12}>
        <SelectField
          id={id('attach')}
          label={t('settings.mailing.attach')}
          // undefined: a record saved before the setting existed; it inherits.
          value={value.attach ?? ''}
          options={attachmentChoiceOptions()}
          emptyLabel={from(inherited.source.attach, attachmentChoiceLabel(inherited.attach))}
          onChange={(choice) => change({ attach: choice === '' ? null : choice })}
          error={error('attach')}
          helperText={t('settings.mailing.attachHelp')}
        />
      </Grid>
      <Grid size={12}>
        <TextInputField
          id={id('extraRecipients')}
          label={t('settings.mailing.extraRecipients')}
          value={extraText}
          onChange={(text) => {
            setExtraText(text);
            const list = splitAddresses(text);
            change({ extraRecipients: list.length === 0 ? null : list });
          }}
          placeholder={
            inherited.extraRecipients.length === 0
              ? undefined
              : inherited.extraRecipients.join(', ')
          }
          helperText={
            inherited.extraRecipients.length === 0
              ? t('settings.mailing.extraRecipientsEmpty')
              : from(inherited.source.extraRecipients, inherited.extraRecipients.join(', '))
          }
          error={error('extraRecipients')}
        />
      </Grid>
    </Grid>
  );
}
