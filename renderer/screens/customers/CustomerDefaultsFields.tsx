import Grid from '@mui/material/Grid';
import { useMemo } from 'react';
import {
  effectiveCustomerDefaults,
  type DefaultSource,
} from '../../../shared/customers/customerDefaults';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import {
  currencyOptions,
  describeTerms,
  languageName,
  languageOptions,
  paymentMethodName,
  paymentMethodOptions,
} from '../../components/fields/choices';
import { DateField } from '../../components/fields/DateField';
import { PaymentTermsFields } from '../../components/fields/PaymentTermsFields';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { fieldId } from '../../components/forms/formIssues';
import { today } from '../../data/clock';
import { companyDefaults } from '../../data/customerClassesRepository';
import type { StoredCustomerClass } from '../../data/db';
import { t } from '../../i18n/t';
import type { CustomerDraft } from './customerDraft';
import { vatTreatmentName, vatTreatmentOptions } from './vatTreatmentChoices';

type CustomerDefaultsFieldsProps = {
  draft: CustomerDraft;
  onChange: (change: Partial<CustomerDraft>) => void;
  customerClass: StoredCustomerClass | null;
  settings: BusinessSettings;
  form: string;
  errors: Record<string, string>;
  onParseError: (path: string) => (message: string | null) => void;
};

/**
 * Currency, payment terms, document language, payment method and VAT treatment, each empty
 * to inherit:
 * the empty entry says what the customer then gets and where from ("From class Retail: …").
 * Also the direct-debit mandate, with the IBAN it allows to debit.
 */
export function CustomerDefaultsFields({
  draft,
  onChange,
  customerClass,
  settings,
  form,
  errors,
  onParseError,
}: CustomerDefaultsFieldsProps) {
  // What the customer would get from its class or the company with nothing of its own.
  const inherited = useMemo(
    () =>
      effectiveCustomerDefaults(
        {
          currency: null,
          paymentTerms: null,
          language: null,
          defaultPaymentMethod: null,
          vatTreatment: null,
        },
        customerClass,
        companyDefaults(settings),
      ),
    [customerClass, settings],
  );
  const from = (source: DefaultSource, value: string) =>
    source === 'class' && customerClass
      ? t('inherited.fromClass', { name: customerClass.name, value })
      : t('inherited.fromCompany', { value });
  const mandateError = errors.directDebit;
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={fieldId(form, 'currency')}
          label={t('field.currency')}
          value={draft.currency}
          options={currencyOptions(draft.currency)}
          emptyLabel={from(inherited.source.currency, inherited.currency)}
          onChange={(currency) => onChange({ currency })}
          error={errors.currency}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={fieldId(form, 'language')}
          label={t('field.language')}
          value={draft.language}
          options={languageOptions(draft.language)}
          emptyLabel={from(inherited.source.language, languageName(inherited.language))}
          onChange={(language) => onChange({ language })}
          error={errors.language}
        />
      </Grid>
      <Grid size={12}>
        <PaymentTermsFields
          value={draft.paymentTerms}
          onChange={(paymentTerms) => onChange({ paymentTerms })}
          form={form}
          path="paymentTerms"
          errors={errors}
          inheritedLabel={from(
            inherited.source.paymentTerms,
            describeTerms(inherited.paymentTerms),
          )}
          onParseError={onParseError('paymentTerms.days')}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={fieldId(form, 'defaultPaymentMethod')}
          label={t('customer.paymentMethod')}
          value={draft.defaultPaymentMethod}
          options={paymentMethodOptions()}
          emptyLabel={from(
            inherited.source.paymentMethod,
            paymentMethodName(inherited.paymentMethod),
          )}
          onChange={(defaultPaymentMethod) => onChange({ defaultPaymentMethod })}
          error={errors.defaultPaymentMethod}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={fieldId(form, 'vatTreatment')}
          label={t('customer.vatTreatment')}
          value={draft.vatTreatment}
          options={vatTreatmentOptions()}
          emptyLabel={from(inherited.source.vatTreatment, vatTreatmentName(inherited.vatTreatment))}
          onChange={(vatTreatment) => onChange({ vatTreatment })}
          error={errors.vatTreatment}
          helperText={t('customer.vatTreatmentHelp')}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'directDebit.mandateId')}
          label={t('customer.mandateId')}
          value={draft.mandateId}
          onChange={(mandateId) => onChange({ mandateId })}
          error={errors['directDebit.mandateId'] ?? mandateError}
          helperText={t('customer.mandateHelp')}
          maxLength={35}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <DateField
          id={fieldId(form, 'directDebit.mandateDate')}
          label={t('customer.mandateDate')}
          value={draft.mandateDate}
          onChange={(mandateDate) => onChange({ mandateDate })}
          error={errors['directDebit.mandateDate']}
          max={today()}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'directDebit.iban')}
          label={t('customer.mandateIban')}
          value={draft.mandateIban}
          onChange={(mandateIban) => onChange({ mandateIban })}
          error={errors['directDebit.iban']}
          helperText={t('customer.mandateIbanHelp')}
          maxLength={42}
        />
      </Grid>
    </Grid>
  );
}
