import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import { useState } from 'react';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { notify } from '../../app/notifications';
import { currencyOptions, localeOptions } from '../../components/fields/choices';
import { PaymentTermsFields } from '../../components/fields/PaymentTermsFields';
import { SelectField } from '../../components/fields/SelectField';
import { VatModeFields } from '../../components/fields/VatModeFields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { FormSection } from '../../components/FormSection';
import { errorsByPath, fieldId, summaryErrors } from '../../components/forms/formIssues';
import { useParseErrors } from '../../components/forms/useParseErrors';
import { PageHeader } from '../../components/PageHeader';
import { getDb } from '../../data/database';
import { saveSettings } from '../../data/settingsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { BankAccountsSection } from './BankAccountsSection';
import { ChartOfAccountsSection } from './ChartOfAccountsSection';
import { CompanyProfileSection } from './CompanyProfileSection';
import { NumberSeriesSection } from './NumberSeriesSection';
import {
  repeatedRateIssues,
  settingsDraftOf,
  settingsInput,
  type SettingsDraft,
} from './settingsDraft';

const FORM = 'settings';

/**
 * Every business setting in one form saved at once: the schema checks the whole (one
 * default bank account, a series for every kind, a consistent chart), so a partial save
 * could store a combination it would refuse.
 */
export function SettingsForm({ initial }: { initial: SettingsDraft }) {
  const [draft, setDraft] = useState(initial);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const { parseErrors, hasParseErrorsNow, reporterFor } = useParseErrors();
  const errors = errorsByPath(issues);
  const change = (part: Partial<SettingsDraft>) =>
    setDraft((previous) => ({ ...previous, ...part }));
  const changeCompany = (part: Partial<SettingsDraft['company']>) =>
    setDraft((previous) => ({ ...previous, company: { ...previous.company, ...part } }));

  const save = async () => {
    if (hasParseErrorsNow()) {
      setIssues([]);
      return;
    }
    const repeated = repeatedRateIssues(draft);
    if (repeated.length > 0) {
      setIssues(repeated);
      return;
    }
    setSaving(true);
    try {
      const result = await saveSettings(getDb(), settingsInput(draft));
      if (!result.ok) {
        setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
        return;
      }
      setIssues([]);
      // Show what was stored: identifiers compacted (IBAN, VAT ID), text trimmed.
      setDraft(settingsDraftOf(result.value));
      notify(t('common.saved'));
    } finally {
      setSaving(false);
    }
  };

  const saveButton = (
    <Button type="submit" variant="contained" disabled={saving}>
      {t('settings.save')}
    </Button>
  );

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('settings.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <PageHeader title={t('settings.title')} actions={saveButton} />
      <FormErrorSummary form={FORM} errors={summaryErrors(issues, parseErrors)} />
      <CompanyProfileSection
        value={draft.company}
        onChange={changeCompany}
        form={FORM}
        errors={errors}
      />
      <BankAccountsSection
        accounts={draft.company.bankAccounts}
        onChange={(bankAccounts) => changeCompany({ bankAccounts })}
        form={FORM}
        errors={errors}
      />
      <FormSection title={t('setup.section.vat')}>
        <VatModeFields
          value={draft.vatMode}
          onChange={(vatMode) => change({ vatMode })}
          form={FORM}
          path="vatMode"
          errors={errors}
        />
      </FormSection>
      <FormSection title={t('settings.section.defaults')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              id={fieldId(FORM, 'defaultCurrency')}
              label={t('settings.defaultCurrency')}
              value={draft.defaultCurrency}
              options={currencyOptions(draft.defaultCurrency)}
              onChange={(defaultCurrency) => change({ defaultCurrency })}
              error={errors.defaultCurrency}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              id={fieldId(FORM, 'locale')}
              label={t('field.locale')}
              value={draft.locale}
              options={localeOptions(draft.locale)}
              onChange={(locale) => change({ locale })}
              error={errors.locale}
              required
            />
          </Grid>
        </Grid>
        <PaymentTermsFields
          value={draft.defaultPaymentTerms}
          onChange={(terms) => terms && change({ defaultPaymentTerms: terms })}
          form={FORM}
          path="defaultPaymentTerms"
          errors={errors}
          onParseError={reporterFor('defaultPaymentTerms.days')}
        />
      </FormSection>
      <NumberSeriesSection
        series={draft.numberSeries}
        onChange={(numberSeries) => change({ numberSeries })}
        locale={draft.locale}
        form={FORM}
        errors={errors}
        onParseError={reporterFor}
      />
      <ChartOfAccountsSection
        chart={draft.chartOfAccounts}
        onChange={(chartOfAccounts) => change({ chartOfAccounts })}
        locale={draft.locale}
        form={FORM}
        errors={errors}
        onParseError={reporterFor}
      />
      <FormSection title={t('settings.section.setup')} description={t('settings.setupHelp')}>
        <Box>
          <Button variant="outlined" onClick={() => navigate({ screen: 'setup' })}>
            {t('settings.runSetup')}
          </Button>
        </Box>
      </FormSection>
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        {saveButton}
      </Stack>
    </Box>
  );
}
