import { COMMON_CURRENCIES } from '../../../shared/money/currencies';
import { PAYMENT_METHODS, type PaymentMethod } from '../../../shared/payments/paymentMethod';
import { COUNTRY_CODES } from '../../../shared/schemas/countries';
import { UNIT_CODES, type UnitCode } from '../../../shared/schemas/units';
import { VAT_CATEGORIES, type VatCategory } from '../../../shared/tax/vatCategories';
import type { PaymentTerms } from '../../../shared/terms/paymentTerms';
import { t } from '../../i18n/t';
import type { SelectOption } from './SelectField';

// The option lists of the select fields, built from the domain's own lists so a value the
// domain adds shows up here, with their names from the message catalogue or from Intl.

/** The locales offered for number and date formats; any other stored one is kept. */
export const OFFERED_LOCALES = [
  'en-GB',
  'en-US',
  'en-IE',
  'de-DE',
  'de-AT',
  'de-CH',
  'fr-FR',
  'fr-BE',
  'fr-CH',
  'nl-NL',
  'nl-BE',
  'it-IT',
  'es-ES',
  'pt-PT',
  'pl-PL',
  'cs-CZ',
  'sv-SE',
  'da-DK',
  'nb-NO',
  'fi-FI',
] as const;

/** The languages a customer's documents may be written in. */
export const OFFERED_LANGUAGES = [
  'en',
  'de',
  'fr',
  'nl',
  'it',
  'es',
  'pt',
  'pl',
  'cs',
  'sv',
  'da',
  'nb',
  'fi',
] as const;

function displayNames(type: 'region' | 'language' | 'currency'): Intl.DisplayNames {
  return new Intl.DisplayNames([t('app.languageTag')], { type, fallback: 'code' });
}

function withCurrent<V extends string>(
  options: SelectOption<V>[],
  current: string,
  name: (value: string) => string,
) {
  // A stored value outside the offered list stays choosable rather than silently dropped.
  if (current === '' || options.some((option) => option.value === current)) return options;
  return [{ value: current as V, label: name(current) }, ...options];
}

// Intl.DisplayNames throws on a malformed code; a damaged stored value shows as it is.
function nameOf(names: Intl.DisplayNames, code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Countries by name in the UI language. */
export function countryOptions(): SelectOption<string>[] {
  const names = displayNames('region');
  return [...COUNTRY_CODES]
    .map((code) => ({ value: code, label: nameOf(names, code) }))
    .sort((a, b) => a.label.localeCompare(b.label, t('app.languageTag')));
}

/** The common currencies, "EUR – Euro", plus the current one if it is another. */
export function currencyOptions(current = ''): SelectOption<string>[] {
  const names = displayNames('currency');
  const label = (code: string) => `${code} – ${nameOf(names, code)}`;
  const options = COMMON_CURRENCIES.map((code) => ({ value: code as string, label: label(code) }));
  return withCurrent(options, current, label);
}

/** The offered locales, "German (Germany)", plus the current one if it is another. */
export function localeOptions(current = ''): SelectOption<string>[] {
  const names = displayNames('language');
  const label = (tag: string) => `${nameOf(names, tag)} (${tag})`;
  const options = OFFERED_LOCALES.map((tag) => ({ value: tag as string, label: label(tag) }));
  return withCurrent(options, current, label);
}

/** The offered document languages, plus the current one if it is another. */
export function languageOptions(current = ''): SelectOption<string>[] {
  const names = displayNames('language');
  const label = (tag: string) => nameOf(names, tag);
  const options = OFFERED_LANGUAGES.map((tag) => ({ value: tag as string, label: label(tag) }));
  return withCurrent(options, current, label);
}

/** The name of a language tag in the UI language. */
export function languageName(tag: string): string {
  return nameOf(displayNames('language'), tag);
}

/** The payment methods by their catalogue names. */
export function paymentMethodOptions(): SelectOption<PaymentMethod>[] {
  return PAYMENT_METHODS.map((method) => ({ value: method, label: paymentMethodName(method) }));
}

/** The catalogue name of a payment method. */
export function paymentMethodName(method: PaymentMethod): string {
  return t(`paymentMethod.${method}`);
}

/** The VAT categories by their catalogue names. */
export function vatCategoryOptions(): SelectOption<VatCategory>[] {
  return VAT_CATEGORIES.map((category) => ({
    value: category,
    label: t(`vatCategory.${category}`),
  }));
}

/** The units by their catalogue names. */
export function unitOptions(): SelectOption<UnitCode>[] {
  return UNIT_CODES.map((code) => ({ value: code, label: unitName(code) }));
}

/** The catalogue name of a unit code ('HUR' → 'hour'). */
export function unitName(code: UnitCode): string {
  return t(`unit.${code}`);
}

/** Payment terms in a few words: "14 days net", "30 days after end of month". */
export function describeTerms(terms: PaymentTerms): string {
  if (terms.kind === 'endOfMonth') {
    return t('paymentTerms.describe.endOfMonth', { days: terms.days });
  }
  return terms.days === 0
    ? t('paymentTerms.describe.dueOnReceipt')
    : t('paymentTerms.describe.net', { days: terms.days });
}
