import type { SellerVatMode, VatTreated } from './sellerVatMode';
import type { VatCategory } from './vatCategories';

/**
 * How VAT applies to what is sold to a customer, whatever the products say: 'domestic'
 * keeps each line's own VAT category and rate (from the product, or as written in); the
 * others put every line in that category at 0 %, e.g. reverse charge for a VAT-registered
 * business in another EU country, export for a customer outside the EU.
 */
export const CUSTOMER_VAT_TREATMENTS = [
  'domestic',
  'reverseCharge',
  'intraCommunity',
  'export',
  'outsideScope',
] as const;
export type CustomerVatTreatment = (typeof CUSTOMER_VAT_TREATMENTS)[number];

/** The treatment of a customer with no setting of its own or of its class. */
export const DEFAULT_CUSTOMER_VAT_TREATMENT: CustomerVatTreatment = 'domestic';

/** The VAT category a treatment puts lines in; null for domestic (lines keep their own). */
export function vatCategoryOfTreatment(treatment: CustomerVatTreatment): VatCategory | null {
  return treatment === 'domestic' ? null : treatment;
}

/**
 * Applies the customer's VAT treatment to a line, allowance or charge: a non-domestic
 * treatment makes it that category at 0 % (no exemption reason: each such category has its
 * fixed legal note); domestic leaves it unchanged.
 */
export function applyCustomerVatTreatment<T extends VatTreated>(
  item: T,
  treatment: CustomerVatTreatment,
): T {
  const category = vatCategoryOfTreatment(treatment);
  if (category === null) return item;
  return { ...item, vatCategory: category, vatRate: '0', exemptionReason: undefined };
}

/**
 * The treatment a draft's lines take for a customer: the customer's, except for a small
 * business exempt from VAT, whose lines are all exempt whatever the customer (its seller
 * mode is applied at posting), so nothing is changed on them.
 */
export function lineTreatmentUnder(
  mode: SellerVatMode,
  treatment: CustomerVatTreatment,
): CustomerVatTreatment {
  return mode.kind === 'normal' ? treatment : DEFAULT_CUSTOMER_VAT_TREATMENT;
}
