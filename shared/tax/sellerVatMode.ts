import type { DecimalString } from '../money/decimal';
import type { VatCategory } from './vatCategories';

/**
 * How the trader charges VAT. A small business exempt from VAT (e.g. §19 UStG in Germany,
 * "franchise en base" in France) issues invoices without VAT that carry the exemption note.
 */
export type SellerVatMode = { kind: 'normal' } | { kind: 'smallBusinessExempt'; note: string };

/** Anything that carries a VAT treatment: a line, a document allowance or charge. */
export type VatTreated = {
  vatCategory: VatCategory;
  vatRate: DecimalString;
  exemptionReason?: string | undefined;
};

/** Default note for the small-business mode; the trader words it for their own country. */
export const DEFAULT_SMALL_BUSINESS_NOTE =
  'No VAT is charged: the supplier is a small business exempt from VAT.';

/**
 * Applies the seller's VAT mode to a line, allowance or charge: in small-business mode
 * everything becomes exempt at 0 % with the mode's note as the reason; otherwise unchanged.
 */
export function applySellerVatMode<T extends VatTreated>(item: T, mode: SellerVatMode): T {
  if (mode.kind === 'normal') return item;
  return { ...item, vatCategory: 'exempt', vatRate: '0', exemptionReason: mode.note };
}
