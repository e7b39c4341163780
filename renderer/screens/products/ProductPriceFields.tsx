import Alert from '@mui/material/Alert';
import Grid from '@mui/material/Grid';
import { minorUnitExponent } from '../../../shared/money/currencies';
import type { BusinessSettings } from '../../../shared/schemas/settings';
import { vatCategoryRules, type VatCategory } from '../../../shared/tax/vatCategories';
import { unitOptions, vatCategoryOptions } from '../../components/fields/choices';
import { DecimalField } from '../../components/fields/DecimalField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from '../../components/FormSection';
import { fieldId } from '../../components/forms/formIssues';
import { t } from '../../i18n/t';
import { showsExemptionReason, type ProductDraft } from './productDraft';

type ProductPriceFieldsProps = {
  draft: ProductDraft;
  onChange: (change: Partial<ProductDraft>) => void;
  /** A VAT category was chosen (the draft adjusts the rate with it). */
  onVatCategory: (category: VatCategory) => void;
  settings: BusinessSettings;
  form: string;
  errors: Record<string, string>;
  onParseError: (path: string) => (message: string | null) => void;
};

/**
 * Price and VAT of a product: the net unit price in the default currency, unit, VAT
 * category and rate, exemption reason and revenue account (revenue accounts of the chart).
 */
export function ProductPriceFields({
  draft,
  onChange: change,
  onVatCategory,
  settings,
  form,
  errors,
  onParseError,
}: ProductPriceFieldsProps) {
  const locale = settings.locale;
  const currency = settings.defaultCurrency;
  const chart = settings.chartOfAccounts;
  const defaultRevenue = chart.accounts.find((a) => a.code === chart.roles.revenue);
  const revenueAccounts = chart.accounts
    .filter((account) => account.type === 'revenue' || account.code === draft.revenueAccount)
    .map((account) => ({ value: account.code, label: `${account.code} ${account.name}` }));
  const rateIsFixed = vatCategoryRules(draft.vatCategory).rate === 'zero';
  return (
    <FormSection title={t('product.section.price')}>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DecimalField
            id={fieldId(form, 'unitPrice')}
            label={t('product.unitPrice')}
            value={draft.unitPrice}
            locale={locale}
            maxFractionDigits={6}
            minFractionDigits={minorUnitExponent(currency)}
            onChange={(unitPrice) => change({ unitPrice })}
            onParseError={onParseError('unitPrice')}
            error={errors.unitPrice}
            helperText={t('product.unitPriceHelp', { currency })}
            unit={currency}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            id={fieldId(form, 'unit')}
            label={t('field.unit')}
            value={draft.unit}
            options={unitOptions()}
            onChange={(unit) => unit !== '' && change({ unit })}
            error={errors.unit}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            id={fieldId(form, 'vatCategory')}
            label={t('field.vatCategory')}
            value={draft.vatCategory}
            options={vatCategoryOptions()}
            onChange={(category) => category !== '' && onVatCategory(category)}
            error={errors.vatCategory}
            required
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <DecimalField
            id={fieldId(form, 'vatRate')}
            label={t('field.vatRate')}
            value={draft.vatRate}
            locale={locale}
            maxFractionDigits={2}
            onChange={(vatRate) => change({ vatRate })}
            onParseError={onParseError('vatRate')}
            error={errors.vatRate}
            helperText={rateIsFixed ? t('product.rateFixed') : undefined}
            unit="%"
            required
          />
        </Grid>
        {showsExemptionReason(draft) && (
          <Grid size={12}>
            <TextInputField
              id={fieldId(form, 'exemptionReason')}
              label={t('field.exemptionReason')}
              value={draft.exemptionReason}
              onChange={(exemptionReason) => change({ exemptionReason })}
              error={errors.exemptionReason}
              helperText={t('product.exemptionHelp')}
              required={vatCategoryRules(draft.vatCategory).needsExemptionReason}
            />
          </Grid>
        )}
        <Grid size={{ xs: 12, sm: 6 }}>
          <SelectField
            id={fieldId(form, 'revenueAccount')}
            label={t('field.revenueAccount')}
            value={draft.revenueAccount}
            options={revenueAccounts}
            emptyLabel={t('product.defaultRevenue', {
              account: defaultRevenue
                ? `${defaultRevenue.code} ${defaultRevenue.name}`
                : chart.roles.revenue,
            })}
            onChange={(revenueAccount) => change({ revenueAccount })}
            error={errors.revenueAccount}
          />
        </Grid>
      </Grid>
      {settings.vatMode.kind === 'smallBusinessExempt' && (
        <Alert severity="info">{t('product.smallBusinessNote')}</Alert>
      )}
    </FormSection>
  );
}
