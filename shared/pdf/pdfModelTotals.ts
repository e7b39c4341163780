import { negateMinor, type Minor } from '../money/minor';
import type { DocumentTotals } from '../totals/documentTotals';
import type { PostedDocument } from './documentPdfInput';
import type { PdfAmountRow, PdfVatRow } from './pdfModel';
import type { PdfFormatters } from './pdfFormatters';
import type { PdfLabels } from './pdfLabels';

// The VAT breakdown and the totals, each figure read from the totals frozen at posting.

/** One row per VAT group: category (with its rate where it has one), taxable amount, VAT. */
export function vatRows(
  totals: DocumentTotals,
  labels: PdfLabels,
  format: PdfFormatters,
): PdfVatRow[] {
  return totals.vatGroups.map((group) => {
    const name = labels.vatCategories[group.category];
    const rated = group.category === 'standard' || group.category === 'zeroRated';
    return {
      label: rated ? `${name} ${format.percent(group.rate)}` : name,
      taxable: format.amount(group.taxableAmount),
      vat: format.amount(group.vatAmount),
    };
  });
}

function row(label: string, amount: Minor, format: PdfFormatters, strong = false): PdfAmountRow {
  return { label, value: format.money(amount), strong };
}

/**
 * The totals column: lines, each document discount and charge, net, VAT and gross; then
 * prepaid and rounding when there are any, and what is due (an invoice) or credited (a
 * credit note). A quote ends at its total.
 */
export function totalRows(
  doc: PostedDocument,
  labels: PdfLabels,
  format: PdfFormatters,
): PdfAmountRow[] {
  const totals = doc.posted.totals;
  const words = labels.totals;
  const rows: PdfAmountRow[] = [];
  if (doc.adjustments.length > 0) {
    rows.push(row(words.lines, totals.lineNetTotal, format));
    doc.adjustments.forEach((adjustment, index) => {
      const amount = totals.adjustmentAmounts[index];
      if (amount === undefined) throw new Error(`The frozen totals of ${doc.number} lack a charge`);
      rows.push(
        adjustment.kind === 'allowance'
          ? row(words.allowance(adjustment.reason), negateMinor(amount), format)
          : row(words.charge(adjustment.reason), amount, format),
      );
    });
  }
  rows.push(row(words.net, totals.netTotal, format));
  rows.push(row(words.vat, totals.vatTotal, format));
  rows.push(row(words.gross, totals.grossTotal, format, doc.kind === 'quote'));
  if (doc.kind === 'quote') return rows;
  if (totals.prepaid !== 0) rows.push(row(words.prepaid, negateMinor(totals.prepaid), format));
  if (totals.roundingAmount !== 0) rows.push(row(words.rounding, totals.roundingAmount, format));
  const last = doc.kind === 'creditNote' ? words.credited : words.amountDue;
  rows.push(row(last, totals.amountDue, format, true));
  return rows;
}
