import { minorUnitExponent, type CurrencyCode } from '../money/currencies';
import { dec, decimalToString, type DecimalString } from '../money/decimal';
import { minor, minorToDecimal, minorToDecimalString, type Minor } from '../money/minor';
import type { PostedDocument } from '../pdf/documentPdfInput';
import type { DocumentLine } from '../schemas/documentLine';
import type { VatTreated } from '../tax/sellerVatMode';
import type { LineAmounts } from '../totals/lineAmounts';
import { vatGroupKey } from '../totals/vatBreakdown';
import {
  allowanceChargeReasonCode,
  omitsVatRate,
  unitCode,
  vatCategoryCode,
} from './eInvoiceCodes';
import type { EInvoiceAdjustment, EInvoiceLine, EInvoiceTaxCategory } from './eInvoiceModel';

// Lines and allowances/charges of the e-invoice, each amount the frozen figure of the posted
// document (the PDF's), never recomputed; only checked, to decide what may be said with it.

/** Why a frozen line net is not its base − allowances + charges: a credit note's remainder. */
export const REMAINDER_REASON = 'Rounding to what remains of the credited invoice line';

/** The e-invoice VAT category of anything with a VAT treatment. */
export function taxCategoryOf(item: VatTreated): EInvoiceTaxCategory {
  return {
    code: vatCategoryCode(item.vatCategory),
    rate: omitsVatRate(item.vatCategory) ? null : decimalToString(dec(item.vatRate)),
  };
}

/** A money amount as the e-invoice writes it: major units with the currency's decimals. */
export function money(amount: Minor, currency: CurrencyCode): string {
  return minorToDecimalString(amount, currency);
}

/**
 * The base and percentage of a percent allowance or charge, when the frozen amount is that
 * percentage of that base to the cent (Peppol's R040 compares them); else null, and the
 * amount stands alone. A credit note's share may differ, as may whole-yen rounding.
 */
function percentParts(
  percent: DecimalString | null,
  base: Minor,
  amount: Minor,
  currency: CurrencyCode,
): { baseAmount: string; percent: string } | null {
  if (percent === null) return null;
  const exact = minorToDecimal(base, currency).times(dec(percent)).dividedBy(100);
  const gap = exact.minus(minorToDecimal(amount, currency)).abs();
  if (gap.greaterThan('0.01')) return null;
  return { baseAmount: money(base, currency), percent: decimalToString(dec(percent)) };
}

function adjustment(
  isCharge: boolean,
  reason: string,
  amount: Minor,
  parts: { baseAmount: string; percent: string } | null,
  currency: CurrencyCode,
  tax: EInvoiceTaxCategory | null,
): EInvoiceAdjustment {
  const words = reason.trim() || (isCharge ? 'Surcharge' : 'Discount');
  return {
    isCharge,
    reasonCode: allowanceChargeReasonCode(isCharge, words),
    reason: words,
    amount: money(amount, currency),
    baseAmount: parts?.baseAmount ?? null,
    percent: parts?.percent ?? null,
    tax,
  };
}

type LineAdjustment = DocumentLine['allowances'][number];

function lineAdjustments(
  isCharge: boolean,
  records: readonly LineAdjustment[],
  amounts: readonly Minor[],
  base: Minor,
  currency: CurrencyCode,
): EInvoiceAdjustment[] {
  return records.map((record, index) => {
    const amount = amounts[index];
    if (amount === undefined) throw new Error('The frozen line figures lack an adjustment');
    const percent = record.kind === 'percent' ? record.percent : null;
    const parts = percentParts(percent, base, amount, currency);
    return adjustment(isCharge, record.reason ?? '', amount, parts, currency, null);
  });
}

/** The item name (first line of the description) and the full description if longer. */
function itemWords(description: string): { name: string; description: string | null } {
  const text = description.trim();
  const name = text.split(/\r?\n/, 1)[0]!.trim();
  return { name, description: text === name ? null : text };
}

function line(
  record: DocumentLine,
  amounts: LineAmounts,
  position: number,
  currency: CurrencyCode,
): EInvoiceLine {
  const allowances = lineAdjustments(
    false,
    record.allowances,
    amounts.allowances,
    amounts.baseAmount,
    currency,
  );
  const charges = lineAdjustments(
    true,
    record.charges,
    amounts.charges,
    amounts.baseAmount,
    currency,
  );
  // A credit note's last share of a line takes what remains of it, which may be a cent off
  // base − allowances + charges; that cent is said as its own allowance or charge.
  const computed = amounts.baseAmount - amounts.allowanceTotal + amounts.chargeTotal;
  const remainder = amounts.net - computed;
  if (remainder < 0) {
    allowances.push(adjustment(false, REMAINDER_REASON, minor(-remainder), null, currency, null));
  }
  if (remainder > 0) {
    charges.push(adjustment(true, REMAINDER_REASON, minor(remainder), null, currency, null));
  }
  // BR-27: a price is never negative; a negative one is the same line with quantity negated.
  const negative = dec(record.unitPrice).isNegative();
  const quantity = negative ? dec(record.quantity).negated() : dec(record.quantity);
  const baseQuantity = dec(record.baseQuantity);
  return {
    id: String(position),
    ...itemWords(record.description),
    quantity: decimalToString(quantity),
    unitCode: unitCode(record.unit),
    netAmount: money(amounts.net, currency),
    price: decimalToString(dec(record.unitPrice).abs()),
    baseQuantity: baseQuantity.equals(1) ? null : decimalToString(baseQuantity),
    allowances,
    charges,
    tax: taxCategoryOf(record),
  };
}

/** The e-invoice lines of a posted document, numbered from 1, with their frozen figures. */
export function eInvoiceLines(doc: PostedDocument): EInvoiceLine[] {
  const currency = doc.posted.totals.currency as CurrencyCode;
  return doc.lines.map((record, index) => {
    const amounts = doc.posted.totals.lines[index];
    if (!amounts) throw new Error(`The frozen totals of ${doc.number} lack line ${index + 1}`);
    return line(record, amounts as LineAmounts, index + 1, currency);
  });
}

/** The document-level allowances and charges, each in its VAT group, with its frozen amount. */
export function eInvoiceAdjustments(doc: PostedDocument): EInvoiceAdjustment[] {
  const totals = doc.posted.totals;
  const currency = totals.currency as CurrencyCode;
  return doc.adjustments.map((record, index) => {
    const amount = totals.adjustmentAmounts[index] as Minor | undefined;
    if (amount === undefined) throw new Error(`The frozen totals of ${doc.number} lack a charge`);
    // A percentage applies to the line nets of its VAT group (shared/totals).
    const key = vatGroupKey(record.vatCategory, record.vatRate);
    const group = totals.vatGroups.find((g) => vatGroupKey(g.category, g.rate) === key);
    const percent = record.value.kind === 'percent' ? record.value.percent : null;
    const parts = group
      ? percentParts(percent, group.lineNetTotal as Minor, amount, currency)
      : null;
    const isCharge = record.kind === 'charge';
    return adjustment(isCharge, record.reason, amount, parts, currency, taxCategoryOf(record));
  });
}

/**
 * The lines whose base amount (quantity × price) Peppol cannot confirm: PEPPOL-EN16931-R120
 * allows 0.02 between the line net and quantity × price ± allowances and charges, which a
 * currency without cents (JPY) exceeds whenever the product had to be rounded to a whole
 * unit. Returns the 1-based positions.
 */
export function linesBeyondPeppolTolerance(doc: PostedDocument): number[] {
  const currency = doc.posted.totals.currency as CurrencyCode;
  if (minorUnitExponent(currency) >= 2) return [];
  const positions: number[] = [];
  doc.lines.forEach((record, index) => {
    const amounts = doc.posted.totals.lines[index];
    if (!amounts) return;
    const exact = dec(record.quantity)
      .times(dec(record.unitPrice))
      .dividedBy(dec(record.baseQuantity));
    const gap = exact.minus(minorToDecimal(amounts.baseAmount as Minor, currency)).abs();
    if (gap.greaterThan('0.02')) positions.push(index + 1);
  });
  return positions;
}
