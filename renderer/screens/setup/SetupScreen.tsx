import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Grid from '@mui/material/Grid';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { currencyCode, isCurrencyCode } from '../../../shared/money/currencies';
import { minor } from '../../../shared/money/minor';
import { previewNextNumber } from '../../../shared/numbering/series';
import type { FieldIssue } from '../../../shared/schemas/validationIssues';
import { formattersFor } from '../../app/useFormatters';
import { notify } from '../../app/notifications';
import { useSettings } from '../../app/useSettings';
import { AddressFields } from '../../components/fields/AddressFields';
import { currencyOptions, localeOptions } from '../../components/fields/choices';
import { DecimalField } from '../../components/fields/DecimalField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { VatModeFields } from '../../components/fields/VatModeFields';
import { FormErrorSummary } from '../../components/FormErrorSummary';
import { FormSection } from '../../components/FormSection';
import { errorsByPath, fieldId, summaryErrors } from '../../components/forms/formIssues';
import { useParseErrors } from '../../components/forms/useParseErrors';
import { LoadingScreen } from '../../components/LoadingScreen';
import { PageHeader } from '../../components/PageHeader';
import { today } from '../../data/clock';
import { getDb } from '../../data/database';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { completeSetup } from '../../data/settingsRepository';
import { t } from '../../i18n/t';
import { navigate } from '../../navigation/navigationStore';
import { SetupRestoreButton } from '../settings/SetupRestoreButton';
import { DemoCompanyButton } from './DemoCompanyButton';
import { firstInvoiceSeries, initialSetupDraft, setupInput, type SetupDraft } from './setupDraft';

const FORM = 'setup';

/**
 * The first-run setup: the few things needed before the first invoice. Also reached from
 * Settings ("Run the setup again"), then prefilled with the stored settings.
 */
export function SetupScreen(_props: { id: string }) {
  const settings = useSettings();
  if (settings === undefined) return <LoadingScreen />;
  return <SetupForm settings={settings} />;
}

function SetupForm({ settings }: { settings: BusinessSettings | null }) {
  const firstRun = settings === null || !settings.setupCompleted;
  const [draft, setDraft] = useState<SetupDraft>(() =>
    initialSetupDraft(settings, navigator.languages),
  );
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const { parseErrors, hasParseErrorsNow, reporterFor } = useParseErrors();
  const errors = errorsByPath(issues);
  const set = <K extends keyof SetupDraft>(key: K, value: SetupDraft[K]) =>
    setDraft((previous) => ({ ...previous, [key]: value }));

  const example = useMemo(() => localeExample(draft.locale, draft.currency), [draft]);
  const nextNumber = useMemo(() => {
    const counter = Number(draft.firstInvoiceNumber);
    if (!Number.isSafeInteger(counter) || counter < 1) return null;
    const preview = previewNextNumber(firstInvoiceSeries(settings, counter), today());
    return preview.ok ? preview.value : null;
  }, [draft.firstInvoiceNumber, settings]);

  const submit = async () => {
    if (hasParseErrorsNow()) {
      setIssues([]);
      return;
    }
    setSaving(true);
    try {
      const result = await completeSetup(getDb(), setupInput(draft));
      if (!result.ok) {
        setIssues(result.error.issues ?? [{ path: '', message: result.error.message }]);
        return;
      }
      setIssues([]);
      notify(t('setup.done'));
      navigate({ screen: firstRun ? 'dashboard' : 'settings' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box
      component="form"
      noValidate
      aria-label={t('setup.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      sx={{ maxWidth: 820, mx: 'auto' }}
    >
      <PageHeader
        title={t('setup.title')}
        subtitle={firstRun ? t('setup.intro') : t('setup.introAgain')}
        back={
          firstRun
            ? undefined
            : { label: t('setup.backToSettings'), onClick: () => navigate({ screen: 'settings' }) }
        }
      />
      <FormErrorSummary form={FORM} errors={summaryErrors(issues, parseErrors)} />
      <FormSection title={t('setup.section.company')}>
        <TextInputField
          id={fieldId(FORM, 'companyName')}
          label={t('setup.companyName')}
          value={draft.companyName}
          onChange={(value) => set('companyName', value)}
          error={errors.companyName}
          required
          autoFocus
          autoComplete="organization"
        />
        <AddressFields
          legend={t('setup.companyAddress')}
          value={draft.address}
          onChange={(value) => set('address', value)}
          form={FORM}
          path="address"
          errors={errors}
        />
      </FormSection>
      <FormSection title={t('setup.section.vat')}>
        <VatModeFields
          value={draft.vatMode}
          onChange={(value) => set('vatMode', value)}
          form={FORM}
          path="vatMode"
          errors={errors}
        />
        <Typography variant="body2" color="text.secondary">
          {t('setup.taxIdsHelp')}
        </Typography>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextInputField
              id={fieldId(FORM, 'vatId')}
              label={t('field.vatId')}
              value={draft.vatId}
              onChange={(value) => set('vatId', value)}
              error={errors.vatId}
              helperText={t('setup.vatIdHelp')}
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <TextInputField
              id={fieldId(FORM, 'taxId')}
              label={t('field.taxId')}
              value={draft.taxId}
              onChange={(value) => set('taxId', value)}
              error={errors.taxId}
              helperText={t('setup.taxIdHelp')}
            />
          </Grid>
        </Grid>
      </FormSection>
      <FormSection title={t('setup.section.formats')}>
        <Grid container spacing={2}>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              id={fieldId(FORM, 'currency')}
              label={t('field.currency')}
              value={draft.currency}
              options={currencyOptions(draft.currency)}
              onChange={(value) => set('currency', value)}
              error={errors.currency}
              required
            />
          </Grid>
          <Grid size={{ xs: 12, sm: 6 }}>
            <SelectField
              id={fieldId(FORM, 'locale')}
              label={t('field.locale')}
              value={draft.locale}
              options={localeOptions(draft.locale)}
              onChange={(value) => set('locale', value)}
              error={errors.locale}
              helperText={example}
              required
            />
          </Grid>
        </Grid>
      </FormSection>
      <FormSection title={t('setup.section.numbers')} description={t('setup.numbersHelp')}>
        <Box sx={{ maxWidth: 320 }}>
          <DecimalField
            id={fieldId(FORM, 'firstInvoiceNumber')}
            label={t('setup.firstInvoiceNumber')}
            value={draft.firstInvoiceNumber}
            locale={draft.locale}
            maxFractionDigits={0}
            onChange={(value) => set('firstInvoiceNumber', value)}
            onParseError={reporterFor('firstInvoiceNumber')}
            error={errors.firstInvoiceNumber}
            required
          />
        </Box>
        <Typography aria-live="polite" data-testid="setup-first-number">
          {nextNumber ? t('setup.firstNumberExample', { number: nextNumber }) : '\u00a0'}
        </Typography>
      </FormSection>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'center' }}>
        <Button type="submit" variant="contained" size="large" disabled={saving}>
          {firstRun ? t('setup.start') : t('setup.saveAgain')}
        </Button>
        {firstRun && (
          <>
            <Divider
              orientation="vertical"
              flexItem
              sx={{ display: { xs: 'none', sm: 'block' } }}
            />
            <DemoCompanyButton disabled={saving} />
            <SetupRestoreButton disabled={saving} />
          </>
        )}
      </Stack>
    </Box>
  );
}

function localeExample(locale: string, currency: string): string {
  try {
    const format = formattersFor(locale);
    const code = currencyCode(isCurrencyCode(currency) ? currency : 'EUR');
    return t('field.locale.example', {
      money: format.money(minor(123456), code),
      date: format.date(today()),
    });
  } catch {
    // An unknown locale tag: the schema reports it on save.
    return '';
  }
}
