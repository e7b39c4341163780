import Grid from '@mui/material/Grid';
import { COMMON_EAS_SCHEMES } from '../../../shared/einvoice/electronicAddress';
import {
  EINVOICE_FORMATS,
  eInvoiceFormatRules,
  type EInvoiceFormat,
} from '../../../shared/einvoice/eInvoiceFormats';
import { SelectField, type SelectOption } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import type { CustomerDraft } from './customerDraft';

type EInvoiceFieldsProps = {
  draft: CustomerDraft;
  onChange: (change: Partial<CustomerDraft>) => void;
  form: string;
  errors: Record<string, string>;
};

const FORMAT_OPTIONS: SelectOption<EInvoiceFormat>[] = EINVOICE_FORMATS.map((format) => ({
  value: format,
  label: eInvoiceFormatRules(format).label,
}));

/** The common schemes, and a stored scheme that is not among them, so it stays visible. */
function schemeOptions(current: string): SelectOption<string>[] {
  const options = COMMON_EAS_SCHEMES.map(({ code, label }) => ({
    value: code,
    label: `${code} – ${label}`,
  }));
  return current === '' || options.some((option) => option.value === current)
    ? options
    : [...options, { value: current, label: current }];
}

/**
 * How the customer receives e-invoices: the format they prefer, their reference for every
 * invoice (a Leitweg-ID for German authorities) and their electronic address as scheme and
 * identifier. The customer schema checks the identifier against its scheme.
 */
export function EInvoiceFields({ draft, onChange, form, errors }: EInvoiceFieldsProps) {
  return (
    <Grid container spacing={2}>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={fieldId(form, 'eInvoice.format')}
          label={t('customer.eInvoiceFormat')}
          value={draft.eInvoiceFormat}
          options={FORMAT_OPTIONS}
          emptyLabel={t('customer.eInvoiceFormat.none')}
          onChange={(eInvoiceFormat) => onChange({ eInvoiceFormat })}
          error={errors['eInvoice.format']}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'eInvoice.buyerReference')}
          label={t('customer.eInvoiceBuyerReference')}
          value={draft.eInvoiceBuyerReference}
          onChange={(eInvoiceBuyerReference) => onChange({ eInvoiceBuyerReference })}
          error={errors['eInvoice.buyerReference']}
          helperText={t('customer.eInvoiceBuyerReferenceHelp')}
          maxLength={200}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <SelectField
          id={fieldId(form, 'eInvoice.endpointScheme')}
          label={t('customer.endpointScheme')}
          value={draft.endpointScheme}
          options={schemeOptions(draft.endpointScheme)}
          emptyLabel={t('customer.endpointScheme.none')}
          onChange={(endpointScheme) => onChange({ endpointScheme })}
          error={errors['eInvoice.endpointScheme']}
        />
      </Grid>
      <Grid size={{ xs: 12, sm: 6 }}>
        <TextInputField
          id={fieldId(form, 'eInvoice.endpointId')}
          label={t('customer.endpointId')}
          value={draft.endpointId}
          onChange={(endpointId) => onChange({ endpointId })}
          error={errors['eInvoice.endpointId'] ?? errors.eInvoice}
          helperText={t('customer.endpointIdHelp')}
          maxLength={200}
        />
      </Grid>
    </Grid>
  );
}
