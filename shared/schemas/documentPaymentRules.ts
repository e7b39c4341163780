import type { z } from 'zod';
import type { CurrencyCode } from '../money/currencies';
import { formatMoney } from '../money/format';
import { ZERO, type Minor } from '../money/minor';
import { computeDocumentTotals, type DocumentAdjustment } from '../totals/documentTotals';
import type { PricedLine } from '../totals/lineAmounts';
import { addIssueAt } from './crossFieldChecks';

// The rules of a document's partial-payment terms: a minimum partial amount is a figure of
// its own only while partial payments are allowed, is never negative, and is never more than
// the document's gross total (a minimum above it could never be met by a part payment).

/** What these rules read of a document. */
export type PartialPaymentTerms = {
  kind: 'invoice' | 'quote' | 'creditNote';
  currency: CurrencyCode;
  lines: readonly unknown[];
  adjustments: readonly unknown[];
  prepaid: Minor;
  allowPartialPayment: boolean;
  minimumPartialAmount: Minor;
  posted: { totals: { grossTotal: Minor } } | null;
};

type Ctx = z.core.$RefinementCtx<unknown>;

const FIELD = ['minimumPartialAmount'];
const KIND_NAMES = { invoice: 'invoice', quote: 'quote', credit: 'credit note' } as const;

/** The fields checkMinimumPartialAmount reads in depth: it waits until they are valid. */
export const MINIMUM_AMOUNT_FIELDS = ['allowPartialPayment', 'minimumPartialAmount'];

/** The fields checkMinimumWithinGross reads: the gross is computed from all of them. */
export const MINIMUM_WITHIN_GROSS_FIELDS = [
  ...MINIMUM_AMOUNT_FIELDS,
  'currency',
  'lines',
  'adjustments',
  'prepaid',
  'posted',
];

/** Refuses a negative minimum, and a minimum while partial payments are not allowed. */
export function checkMinimumPartialAmount(doc: PartialPaymentTerms, ctx: Ctx): void {
  const minimum = doc.minimumPartialAmount;
  if (minimum < 0) {
    const message =
      'The minimum partial amount cannot be negative; enter 0 for no minimum, or the least a part payment must be.';
    addIssueAt(ctx, FIELD, message, minimum);
  } else if (!doc.allowPartialPayment && minimum > 0) {
    const message =
      'The minimum partial amount applies only when partial payments are allowed; tick "Allow partial payments", or set the minimum to 0.';
    addIssueAt(ctx, FIELD, message, minimum);
  }
}

/**
 * The gross the minimum is held against: the frozen one once posted, else the lines' own.
 * null when the totals cannot be computed (the totals' own checks then have their say).
 */
function grossOf(doc: PartialPaymentTerms): Minor | null {
  if (doc.posted) return doc.posted.totals.grossTotal;
  try {
    return computeDocumentTotals({
      currency: doc.currency,
      // Valid lines and adjustments of the document schema are priced lines and adjustments.
      lines: doc.lines as readonly PricedLine[],
      adjustments: doc.adjustments as readonly DocumentAdjustment[],
      prepaid: doc.prepaid,
    }).grossTotal;
  } catch {
    return null;
  }
}

/** Refuses a minimum partial amount above the document's gross total. */
export function checkMinimumWithinGross(doc: PartialPaymentTerms, ctx: Ctx): void {
  const minimum = doc.minimumPartialAmount;
  if (!doc.allowPartialPayment || minimum <= 0) return;
  const gross = grossOf(doc);
  if (gross === null || minimum <= gross) return;
  const money = (amount: Minor) => formatMoney(amount, doc.currency, 'en');
  const kind = doc.kind === 'creditNote' ? KIND_NAMES.credit : KIND_NAMES[doc.kind];
  const most = money(gross < 0 ? ZERO : gross);
  const message = `The minimum partial amount of ${money(minimum)} is more than the ${kind} total of ${money(gross)}; enter at most ${most}, or 0 for no minimum.`;
  addIssueAt(ctx, FIELD, message, minimum);
}
