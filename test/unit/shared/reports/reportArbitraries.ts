import fc from 'fast-check';
import {
  addDays,
  epochDayOf,
  isoDate,
  isoDateFromEpochDay,
} from '../../../../shared/dates/isoDate';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import type { ReportDocument } from '../../../../shared/reports/reportDocument';
import { computeDocumentTotals } from '../../../../shared/totals/documentTotals';
import type { PricedLine } from '../../../../shared/totals/lineAmounts';
import { documentAdjustmentArb, minorArb, pricedLineArb } from '../arbitraries/documentArbitraries';

// Builders and generators of posted documents for the report tests. Figures always come from
// computeDocumentTotals, so the reports are checked against what real documents carry.

type DocumentSpec = {
  kind?: ReportDocument['kind'];
  id?: string;
  customerId?: string;
  customerName?: string;
  currency?: string;
  issueDate?: string;
  dueDate?: string;
  balance?: number;
  /** [quantity, unit price, VAT category, rate] per line. */
  lines?: [string, string, PricedLine['vatCategory'], string][];
};

/** A document for hand-checked examples: one EUR line of 100.00 at 19 % unless told otherwise. */
export function reportDoc(spec: DocumentSpec = {}): ReportDocument {
  const currency = currencyCode(spec.currency ?? 'EUR');
  const issueDate = isoDate(spec.issueDate ?? '2026-01-15');
  const lines = (spec.lines ?? [['1', '100', 'standard', '19']]).map(
    ([quantity, unitPrice, vatCategory, vatRate]) => ({
      quantity,
      unitPrice,
      vatCategory,
      vatRate,
      ...(vatCategory === 'exempt' ? { exemptionReason: 'Exempt' } : {}),
    }),
  );
  return {
    id: spec.id ?? 'doc',
    kind: spec.kind ?? 'invoice',
    number: spec.id ?? 'RE-1',
    customerId: spec.customerId ?? 'c1',
    customerName: spec.customerName ?? 'Customer One',
    currency,
    issueDate,
    dueDate: spec.dueDate === undefined ? addDays(issueDate, 14) : isoDate(spec.dueDate),
    totals: computeDocumentTotals({ currency, lines }),
    balance: spec.balance === undefined ? undefined : minor(spec.balance),
  };
}

const FIRST_DAY = epochDayOf(isoDate('2025-11-01'));

/** A date from November 2025 to March 2027, so periods hold several documents. */
export const reportDateArb = fc
  .integer({ min: 0, max: 500 })
  .map((day) => isoDateFromEpochDay(FIRST_DAY + day));

const CUSTOMERS = [
  ['c1', 'Anna Berg'],
  ['c2', 'Bauer GmbH'],
  ['c3', 'Café Müller, Inh. "Jo"'],
] as const;

/** A posted invoice or credit note of one of three customers, in EUR or JPY. */
export const reportDocumentArb: fc.Arbitrary<ReportDocument> = fc
  .record({
    id: fc.uuid(),
    kind: fc.constantFrom('invoice' as const, 'creditNote' as const),
    customer: fc.constantFrom(...CUSTOMERS),
    currency: fc.constantFrom('EUR', 'JPY').map(currencyCode),
    issueDate: reportDateArb,
    termDays: fc.integer({ min: 0, max: 120 }),
    lines: fc.array(pricedLineArb, { minLength: 1, maxLength: 2 }),
    adjustments: fc.array(documentAdjustmentArb, { maxLength: 1 }),
    balance: fc.option(minorArb(-1000, 10_000_000)),
  })
  .map(({ customer, termDays, lines, adjustments, balance, ...doc }) => ({
    ...doc,
    number: doc.id.slice(0, 8),
    customerId: customer[0],
    customerName: customer[1],
    dueDate: addDays(doc.issueDate, termDays),
    totals: computeDocumentTotals({ currency: doc.currency, lines, adjustments }),
    balance: balance ?? undefined,
  }));

/** Sets of up to 10 documents. */
export const reportDocumentsArb = fc.array(reportDocumentArb, { maxLength: 10 });
