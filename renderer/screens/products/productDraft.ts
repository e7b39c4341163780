import type { DecimalString } from '../../../shared/money/decimal';
import type { UnitCode } from '../../../shared/schemas/units';
import { vatCategoryRules, type VatCategory } from '../../../shared/tax/vatCategories';
import type { StoredProduct } from '../../data/db';
import type { ProductInput } from '../../data/productsRepository';

/** What the product form holds while the user types. */
export type ProductDraft = {
  id: string | undefined;
  sku: string;
  name: string;
  description: string;
  unit: UnitCode;
  unitPrice: DecimalString;
  vatCategory: VatCategory;
  vatRate: DecimalString;
  exemptionReason: string;
  /** '' for the chart's default revenue account. */
  revenueAccount: string;
  archived: boolean;
};

/** An empty product form: a piece at the standard rate, price and rate still to be typed. */
export function newProductDraft(): ProductDraft {
  return {
    id: undefined,
    sku: '',
    name: '',
    description: '',
    unit: 'C62',
    unitPrice: '',
    vatCategory: 'standard',
    vatRate: '',
    exemptionReason: '',
    revenueAccount: '',
    archived: false,
  };
}

/** The form of a stored product. */
export function productDraftOf(product: StoredProduct): ProductDraft {
  return {
    id: product.id,
    sku: product.sku,
    name: product.name,
    description: product.description,
    unit: product.unit,
    unitPrice: product.unitPrice,
    vatCategory: product.vatCategory,
    vatRate: product.vatRate,
    exemptionReason: product.exemptionReason ?? '',
    revenueAccount: product.revenueAccount ?? '',
    archived: product.archived,
  };
}

/**
 * The draft after choosing a VAT category. Categories that carry no VAT get the rate 0,
 * which is the only rate shared/tax accepts for them; choosing the standard rate again
 * clears that 0 so the user types the real rate rather than saving a refused one.
 */
export function withVatCategory(draft: ProductDraft, vatCategory: VatCategory): ProductDraft {
  const zero = vatCategoryRules(vatCategory).rate === 'zero';
  const vatRate = zero ? '0' : draft.vatRate === '0' ? '' : draft.vatRate;
  return { ...draft, vatCategory, vatRate };
}

/** Whether the form shows the exemption reason: for exempt products, or one already typed. */
export function showsExemptionReason(draft: ProductDraft): boolean {
  return vatCategoryRules(draft.vatCategory).needsExemptionReason || draft.exemptionReason !== '';
}

/** The request for saveProduct; the repository validates it field by field. */
export function productInput(draft: ProductDraft): ProductInput {
  return {
    id: draft.id,
    sku: draft.sku,
    name: draft.name,
    description: draft.description,
    unit: draft.unit,
    unitPrice: draft.unitPrice,
    vatCategory: draft.vatCategory,
    vatRate: draft.vatRate,
    exemptionReason: draft.exemptionReason === '' ? undefined : draft.exemptionReason,
    revenueAccount: draft.revenueAccount === '' ? null : draft.revenueAccount,
    archived: draft.archived,
  };
}
