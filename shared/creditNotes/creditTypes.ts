import type { CurrencyCode } from '../money/currencies';
import type { DecimalString } from '../money/decimal';
import type { Minor } from '../money/minor';
import type { VatCategory } from '../tax/vatCategories';
import type { DocumentAdjustment, DocumentTotals } from '../totals/documentTotals';
import type { PricedLine } from '../totals/lineAmounts';

/** What crediting needs of a posted invoice: its lines, adjustments and frozen totals. */
export type CreditableInvoice = {
  currency: CurrencyCode;
  lines: readonly (PricedLine & { id: string; description?: string | undefined })[];
  adjustments: readonly DocumentAdjustment[];
  totals: DocumentTotals;
};

/** The figures of a credit note already posted against the same invoice. */
export type PriorCredit = {
  lines: readonly { creditedLineId: string; quantity: DecimalString; net: Minor }[];
  adjustments: readonly { creditedAdjustmentIndex: number; amount: Minor }[];
  vatGroups: readonly {
    category: VatCategory;
    rate: DecimalString;
    taxableAmount: Minor;
    vatAmount: Minor;
  }[];
  grossTotal: Minor;
  roundingAmount: Minor;
};

/** Which part of the invoice to credit: everything not yet credited, or chosen quantities. */
export type CreditSelection =
  | { kind: 'all' }
  | { kind: 'lines'; lines: readonly { lineId: string; quantity: DecimalString }[] };

/** A credit note line: a copy of the invoice line with the credited quantity. */
export type CreditNoteLine = PricedLine & {
  creditedLineId: string;
  description?: string | undefined;
};

/** A credit note's share of an invoice's document allowance or charge, as a fixed amount. */
export type CreditNoteAdjustment = DocumentAdjustment & { creditedAdjustmentIndex: number };

export type DerivedCreditNote = {
  lines: CreditNoteLine[];
  adjustments: CreditNoteAdjustment[];
  totals: DocumentTotals;
  /** True when, with this credit note, nothing of the invoice is left to credit. */
  completesInvoice: boolean;
};

export type CreditNoteError = {
  code:
    | 'UNKNOWN_LINE'
    | 'DUPLICATE_LINE'
    | 'QUANTITY_INVALID'
    | 'QUANTITY_EXCEEDS_REMAINING'
    | 'NOTHING_TO_CREDIT'
    | 'OVER_CREDIT'
    | 'NEGATIVE_CREDIT';
  message: string;
  lineId?: string;
};
