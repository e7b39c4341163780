import { dec } from '../money/decimal';
import type { Minor } from '../money/minor';
import type { DocumentLine } from '../schemas/documentLine';
import type { LineAmounts } from '../totals/lineAmounts';
import type { PostedDocument } from './documentPdfInput';
import type { PdfLineRow } from './pdfModel';
import type { PdfFormatters } from './pdfFormatters';
import type { PdfLabels } from './pdfLabels';

// The rows of the lines table. Quantities, prices and rates are the line's own decimal
// strings; every amount is the line's frozen figure (LineAmounts), never recomputed.

type Adjustment = DocumentLine['allowances'][number];

function adjustmentDetails(
  adjustments: readonly Adjustment[],
  amounts: readonly Minor[],
  describe: PdfLabels['lineDiscount'],
  format: PdfFormatters,
): string[] {
  return adjustments.map((adjustment, index) =>
    describe(
      adjustment.reason ?? '',
      adjustment.kind === 'percent' ? format.percent(adjustment.percent) : null,
      format.amount(amountAt(amounts, index)),
    ),
  );
}

function amountAt(amounts: readonly Minor[], index: number): Minor {
  const amount = amounts[index];
  if (amount === undefined) throw new Error('The frozen line figures lack an adjustment');
  return amount;
}

/** The discount cell: the percentage of a single percent discount, else the total amount. */
function discountCell(line: DocumentLine, amounts: LineAmounts, format: PdfFormatters): string {
  const [only, ...others] = line.allowances;
  if (only && others.length === 0 && only.kind === 'percent') return format.percent(only.percent);
  return amounts.allowanceTotal === 0 ? '' : format.amount(amounts.allowanceTotal);
}

function row(
  line: DocumentLine,
  amounts: LineAmounts,
  position: number,
  labels: PdfLabels,
  format: PdfFormatters,
): PdfLineRow {
  const unit = labels.units[line.unit];
  const details = [
    ...adjustmentDetails(line.allowances, amounts.allowances, labels.lineDiscount, format),
    ...adjustmentDetails(line.charges, amounts.charges, labels.lineSurcharge, format),
  ];
  if (!dec(line.baseQuantity).equals(1)) {
    details.push(labels.perBaseQuantity(`${format.decimal(line.baseQuantity)} ${unit}`));
  }
  return {
    position: String(position),
    description: line.description,
    details,
    quantity: format.decimal(line.quantity),
    unit,
    unitPrice: format.price(line.unitPrice),
    discount: discountCell(line, amounts, format),
    vatRate: format.percent(line.vatRate),
    net: format.amount(amounts.net),
  };
}

/** One table row per document line, numbered from 1. */
export function lineRows(
  doc: PostedDocument,
  labels: PdfLabels,
  format: PdfFormatters,
): PdfLineRow[] {
  return doc.lines.map((line, index) => {
    const amounts = doc.posted.totals.lines[index];
    if (!amounts) throw new Error(`The frozen totals of ${doc.number} lack line ${index + 1}`);
    return row(line, amounts, index + 1, labels, format);
  });
}
