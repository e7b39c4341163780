import type { CurrencyCode } from '../money/currencies';
import type { PaymentMethod } from '../payments/paymentMethod';
import { UNIT_CODES, type UnitCode } from '../schemas/units';
import { vatCategoryRules, type VatCategory, type VatCategoryCode } from '../tax/vatCategories';

// The code lists an EN 16931 e-invoice draws on, mapped from the app's own values.

/** UNTDID 1001 document type codes (BT-3): commercial invoice and credit note. */
export const DOCUMENT_TYPE_CODES = { invoice: '380', creditNote: '381' } as const;

/** UNCL 5305 VAT category code of a category (BT-118, BT-151). */
export function vatCategoryCode(category: VatCategory): VatCategoryCode {
  return vatCategoryRules(category).code;
}

/**
 * The VAT exemption reason of a VAT group (BT-120 text, BT-121 VATEX code). Standard and
 * zero rate carry none (BR-S-10, BR-Z-10); exempt groups carry the trader's own reason,
 * which names a national article no single VATEX code stands for; the others carry their
 * fixed legal note and the VATEX code EN 16931 expects.
 */
export function vatExemption(
  category: VatCategory,
  exemptionReason: string | undefined,
): { code: string | null; text: string | null } {
  const rules = vatCategoryRules(category);
  if (category === 'standard' || category === 'zeroRated') return { code: null, text: null };
  if (rules.needsExemptionReason) return { code: null, text: exemptionReason?.trim() || null };
  return { code: rules.vatexCode, text: rules.note };
}

/** True when lines of this category carry no VAT rate at all (BR-O-05: outside scope). */
export function omitsVatRate(category: VatCategory): boolean {
  return category === 'outsideScope';
}

/**
 * UNCL 4461 payment means code (BT-81) of a payment method. SEPA codes (58 credit transfer,
 * 59 direct debit) only for euros, the one SEPA currency; other currencies take the generic
 * codes (30 credit transfer, 49 direct debit). A transfer with no bank account to name
 * cannot be 30/58, which require one (BR-61), so it says "not defined" (1).
 */
export function paymentMeansCode(
  method: PaymentMethod,
  currency: CurrencyCode,
  hasPayeeAccount: boolean,
): string {
  const euro = currency === 'EUR';
  switch (method) {
    case 'bankTransfer':
      if (!hasPayeeAccount) return '1';
      return euro ? '58' : '30';
    case 'directDebit':
      return euro ? '59' : '49';
    case 'cash':
      return '10';
    case 'card':
      return '48';
    case 'other':
      return 'ZZZ';
  }
}

/** True for the codes that are a credit transfer to the seller's account (BG-17). */
export function isCreditTransfer(code: string): boolean {
  return code === '30' || code === '58';
}

/** True for the codes that are a direct debit (BG-19). */
export function isDirectDebit(code: string): boolean {
  return code === '49' || code === '59';
}

// UNCL 7161 charge reasons for the charges people add most, by words of their reason.
const CHARGE_REASONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/freight|shipping|delivery|carriage|postage|transport|versand|fracht|porto/i, 'FC'],
  [/packing|packaging|verpackung/i, 'PC'],
  [/insurance|versicherung/i, 'IN'],
];

/**
 * The reason code of a document or line allowance or charge (BT-98/BT-105, BT-140/BT-145).
 * The app keeps reasons as text, so an allowance is "95 Discount" (UNCL 5189) and a charge
 * the UNCL 7161 code its words name, else "ZZZ" (mutually defined); the text goes along.
 */
export function allowanceChargeReasonCode(isCharge: boolean, reason: string): string {
  if (!isCharge) return '95';
  return CHARGE_REASONS.find(([words]) => words.test(reason))?.[1] ?? 'ZZZ';
}

/**
 * The UN/ECE Recommendation 20 (or 21, with an X) code of a unit (BT-130, BT-150). The app
 * stores units as these codes already; this checks a stored value is still one.
 */
export function unitCode(unit: string): UnitCode {
  if (!(UNIT_CODES as readonly string[]).includes(unit)) {
    throw new Error(`"${unit}" is not a unit the e-invoice mapping knows`);
  }
  return unit as UnitCode;
}
