import type { EffectiveDefaults } from '../../../shared/customers/customerDefaults';
import type { DocumentAdjustmentRecord, DocumentLine } from '../../../shared/schemas/documentLine';
import type { Product } from '../../../shared/schemas/product';
import {
  applyCustomerVatTreatment,
  lineTreatmentUnder,
  vatCategoryOfTreatment,
  type CustomerVatTreatment,
} from '../../../shared/tax/customerVatTreatment';
import type { SellerVatMode } from '../../../shared/tax/sellerVatMode';
import { withProductVat } from '../../data/documentDrafts';
import type { EditableDraft } from './draftEditing';

// The customer's VAT treatment on the lines of a draft: which treatment new lines take, and
// what happens to the lines already there when the customer (and so the treatment) changes.

/** The treatment new lines of the draft take: its customer's, under the seller's VAT mode. */
export function lineTreatmentFor(
  defaults: EffectiveDefaults | null,
  vatMode: SellerVatMode,
): CustomerVatTreatment {
  return lineTreatmentUnder(vatMode, defaults?.vatTreatment ?? 'domestic');
}

/** True for a line or adjustment in the category a non-domestic treatment put it in. */
function setBy(item: { vatCategory: string }, treatment: CustomerVatTreatment): boolean {
  const category = vatCategoryOfTreatment(treatment);
  return category !== null && item.vatCategory === category;
}

/**
 * A line after the customer's treatment changed from `from` to `to`. A non-domestic `to`
 * puts it in that category at 0 %. Back to domestic, a line the old treatment had set takes
 * its product's VAT again; a written-in one (or one whose product is gone) becomes standard
 * rate with the rate left for the user to enter, rather than keep a 0 % that no longer holds.
 * Lines the old treatment did not set stay as they are.
 */
export function switchedLine(
  line: DocumentLine,
  from: CustomerVatTreatment,
  to: CustomerVatTreatment,
  product: Product | undefined,
): DocumentLine {
  if (to !== 'domestic') return applyCustomerVatTreatment(line, to);
  if (!setBy(line, from)) return line;
  if (product) return withProductVat(line, product);
  return { ...line, vatCategory: 'standard', vatRate: '', exemptionReason: undefined };
}

function switchedAdjustment(
  adjustment: DocumentAdjustmentRecord,
  from: CustomerVatTreatment,
  to: CustomerVatTreatment,
  firstLine: DocumentLine | undefined,
): DocumentAdjustmentRecord {
  if (to !== 'domestic') return applyCustomerVatTreatment(adjustment, to);
  if (!setBy(adjustment, from)) return adjustment;
  // A document discount belongs to a VAT group; the first line's is the likeliest one.
  return {
    ...adjustment,
    vatCategory: firstLine?.vatCategory ?? 'standard',
    vatRate: firstLine?.vatRate ?? '',
    exemptionReason: firstLine?.exemptionReason,
  };
}

/**
 * The draft's lines and document discounts or charges moved from treatment `from` to `to`
 * (see switchedLine); `products` holds the catalogue products of its lines by id.
 */
export function withVatTreatmentSwitched(
  draft: EditableDraft,
  from: CustomerVatTreatment,
  to: CustomerVatTreatment,
  products: ReadonlyMap<string, Product>,
): EditableDraft {
  if (from === to && to === 'domestic') return draft;
  const lines = draft.lines.map((line) =>
    switchedLine(line, from, to, line.productId ? products.get(line.productId) : undefined),
  );
  const adjustments = draft.adjustments.map((adjustment) =>
    switchedAdjustment(adjustment, from, to, lines[0]),
  );
  return { ...draft, lines, adjustments };
}
