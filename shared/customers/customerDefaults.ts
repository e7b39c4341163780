import type { CurrencyCode } from '../money/currencies';
import type { PaymentMethod } from '../payments/paymentMethod';
import {
  DEFAULT_CUSTOMER_VAT_TREATMENT,
  type CustomerVatTreatment,
} from '../tax/customerVatTreatment';
import type { PaymentTerms } from '../terms/paymentTerms';

/** The settings a customer class gives its customers and a customer may override. */
export type InheritableDefaults = {
  currency: CurrencyCode | null;
  paymentTerms: PaymentTerms | null;
  language: string | null;
  defaultPaymentMethod: PaymentMethod | null;
  /** Absent in records stored before customers had a VAT treatment: inherit, like null. */
  vatTreatment?: CustomerVatTreatment | null | undefined;
};

/** Where an effective value came from. */
export type DefaultSource = 'customer' | 'class' | 'company';

export type EffectiveDefaults = {
  currency: CurrencyCode;
  paymentTerms: PaymentTerms;
  language: string;
  paymentMethod: PaymentMethod;
  vatTreatment: CustomerVatTreatment;
  /** Where each value came from, so the editor can say "from class Wholesale". */
  source: Record<
    'currency' | 'paymentTerms' | 'language' | 'paymentMethod' | 'vatTreatment',
    DefaultSource
  >;
};

/** The company-wide fallbacks from Settings. */
export type CompanyDefaults = {
  currency: CurrencyCode;
  paymentTerms: PaymentTerms;
  language: string;
  paymentMethod: PaymentMethod;
};

/**
 * The values a new document for this customer starts with: the customer's own value where
 * it has one, else its class's, else the company's. The company sells domestically unless a
 * customer or class says otherwise, so its VAT treatment is always 'domestic'.
 */
export function effectiveCustomerDefaults(
  customer: InheritableDefaults,
  customerClass: InheritableDefaults | null,
  company: CompanyDefaults,
): EffectiveDefaults {
  const pick = <T>(own: T | null | undefined, inherited: T | null | undefined, fallback: T) =>
    own !== null && own !== undefined
      ? { value: own, from: 'customer' as const }
      : inherited !== null && inherited !== undefined
        ? { value: inherited, from: 'class' as const }
        : { value: fallback, from: 'company' as const };
  const currency = pick(customer.currency, customerClass?.currency, company.currency);
  const paymentTerms = pick(
    customer.paymentTerms,
    customerClass?.paymentTerms,
    company.paymentTerms,
  );
  const language = pick(customer.language, customerClass?.language, company.language);
  const paymentMethod = pick(
    customer.defaultPaymentMethod,
    customerClass?.defaultPaymentMethod,
    company.paymentMethod,
  );
  const vatTreatment = pick(
    customer.vatTreatment,
    customerClass?.vatTreatment,
    DEFAULT_CUSTOMER_VAT_TREATMENT,
  );
  return {
    currency: currency.value,
    paymentTerms: paymentTerms.value,
    language: language.value,
    paymentMethod: paymentMethod.value,
    vatTreatment: vatTreatment.value,
    source: {
      currency: currency.from,
      paymentTerms: paymentTerms.from,
      language: language.from,
      paymentMethod: paymentMethod.from,
      vatTreatment: vatTreatment.from,
    },
  };
}
