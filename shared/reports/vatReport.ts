import type { CurrencyCode } from '../money/currencies';
import { dec, type DecimalString } from '../money/decimal';
import { addMinor, minor, ZERO, type Minor } from '../money/minor';
import { vatCategoryOrder, type VatCategory } from '../tax/vatCategories';
import { vatGroupKey } from '../totals/vatBreakdown';
import {
  documentSign,
  groupByCurrency,
  isWithinRange,
  type DateRange,
  type ReportDocument,
} from './reportDocument';

/** Taxable amount and VAT of one kind of document in one VAT group. */
export type TaxableAndVat = { taxableAmount: Minor; vatAmount: Minor };

/** One (category, rate) of the VAT report: invoiced, credited, and the net of the two. */
export type VatReportRow = TaxableAndVat & {
  category: VatCategory;
  rate: DecimalString;
  invoiced: TaxableAndVat;
  credited: TaxableAndVat;
};

export type VatReportSection = {
  currency: CurrencyCode;
  rows: VatReportRow[];
  /** Invoices minus credit notes over all rows; vatAmount is the VAT due for the period. */
  totals: TaxableAndVat;
  invoiceCount: number;
  creditNoteCount: number;
};

export type VatReport = DateRange & { currencies: VatReportSection[] };

function addTo(target: TaxableAndVat, taxable: Minor, vat: Minor): void {
  target.taxableAmount = addMinor(target.taxableAmount, taxable);
  target.vatAmount = addMinor(target.vatAmount, vat);
}

function zeroes(): TaxableAndVat {
  return { taxableAmount: ZERO, vatAmount: ZERO };
}

/**
 * Taxable amounts and VAT per currency and VAT group of the invoices and credit notes issued
 * in the range (both ends included), credit notes subtracted. The figures are the documents'
 * frozen VAT groups added up, never recomputed: the report says what the documents said.
 * Rows are ordered like a document's VAT breakdown (category, then highest rate first).
 */
export function vatReport(documents: readonly ReportDocument[], range: DateRange): VatReport {
  const inPeriod = documents.filter((doc) => isWithinRange(doc.issueDate, range));
  const currencies = groupByCurrency(inPeriod).map(({ currency, items }) => {
    const rows = new Map<string, VatReportRow>();
    const totals = zeroes();
    for (const doc of items) {
      for (const group of doc.totals.vatGroups) {
        const key = vatGroupKey(group.category, group.rate);
        let row = rows.get(key);
        if (!row) {
          const empty = { ...zeroes(), invoiced: zeroes(), credited: zeroes() };
          row = { category: group.category, rate: group.rate, ...empty };
          rows.set(key, row);
        }
        const sign = documentSign(doc.kind);
        addTo(
          doc.kind === 'invoice' ? row.invoiced : row.credited,
          group.taxableAmount,
          group.vatAmount,
        );
        addTo(row, minor(sign * group.taxableAmount), minor(sign * group.vatAmount));
        addTo(totals, minor(sign * group.taxableAmount), minor(sign * group.vatAmount));
      }
    }
    return {
      currency,
      rows: [...rows.values()].sort(
        (a, b) =>
          vatCategoryOrder(a.category) - vatCategoryOrder(b.category) ||
          dec(b.rate).comparedTo(dec(a.rate)),
      ),
      totals,
      invoiceCount: items.filter((doc) => doc.kind === 'invoice').length,
      creditNoteCount: items.filter((doc) => doc.kind === 'creditNote').length,
    };
  });
  return { from: range.from, to: range.to, currencies };
}
