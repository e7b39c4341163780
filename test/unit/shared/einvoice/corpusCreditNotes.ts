// The credit notes of the corpus, derived from a posted invoice the way the app derives
// them: one for chosen quantities, then the one that completes the invoice and so takes
// what is left of every line, whose rounded parts may differ from the whole by a cent.
import { toPriorCredit } from '../../../../shared/creditNotes/creditedSoFar';
import type { CreditableInvoice } from '../../../../shared/creditNotes/creditTypes';
import { deriveCreditNote } from '../../../../shared/creditNotes/deriveCreditNote';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import type { PostedDocument } from '../../../../shared/pdf/documentPdfInput';
import { AUSTRIAN_BUYER, line, posted } from './eInvoiceFixtures';

/** The invoice the credit notes correct: two rates, line and document discounts, a charge. */
function creditedInvoice(): PostedDocument {
  return posted({
    number: 'INV-2026-0100',
    buyer: AUSTRIAN_BUYER,
    lines: [
      line({
        description: 'Workshop seats',
        quantity: '3',
        unit: 'C62',
        unitPrice: '33.33',
        allowances: [{ kind: 'percent', percent: '10', reason: 'Early booking' }],
      }),
      line({
        description: 'Printed handbook',
        quantity: '2',
        unit: 'C62',
        unitPrice: '12.55',
        vatRate: '7',
      }),
      // Credited one by one, the rounded discounts of the parts differ from the whole's.
      line({
        description: 'Cable ties',
        quantity: '3',
        unit: 'C62',
        unitPrice: '2.56',
        allowances: [{ kind: 'percent', percent: '20', reason: 'Bulk' }],
      }),
    ],
    adjustments: [
      {
        kind: 'allowance',
        reason: 'Loyalty',
        value: { kind: 'percent', percent: '5' },
        vatCategory: 'standard',
        vatRate: '19',
      },
      {
        kind: 'charge',
        reason: 'Shipping',
        value: { kind: 'amount', amount: minor(490) },
        vatCategory: 'standard',
        vatRate: '19',
      },
    ],
  });
}

/** The partial and the completing credit note of INV-2026-0100. */
export function creditNotes(): [PostedDocument, PostedDocument] {
  const invoice = creditedInvoice();
  const creditable: CreditableInvoice = {
    currency: currencyCode('EUR'),
    lines: invoice.lines,
    adjustments: invoice.adjustments,
    totals: invoice.posted.totals,
  };
  const first = deriveCreditNote(creditable, [], {
    kind: 'lines',
    lines: [
      { lineId: invoice.lines[0]!.id, quantity: '1' },
      { lineId: invoice.lines[2]!.id, quantity: '1' },
    ],
  });
  if (!first.ok) throw new Error(first.error.message);
  const rest = deriveCreditNote(creditable, [toPriorCredit(first.value)], { kind: 'all' });
  if (!rest.ok) throw new Error(rest.error.message);
  return [first.value, rest.value].map((derived, index) => {
    const lines = derived.lines.map((credited) => ({
      ...invoice.lines.find((l) => l.id === credited.creditedLineId)!,
      id: `cn-${index}-${credited.creditedLineId}`,
      quantity: credited.quantity,
      creditedLineId: credited.creditedLineId,
    }));
    const adjustments = derived.adjustments.map(({ creditedAdjustmentIndex: _i, ...a }) => ({
      ...a,
      reason: a.reason,
    }));
    return posted({
      kind: 'creditNote',
      number: `CN-2026-000${index + 1}`,
      buyer: AUSTRIAN_BUYER,
      lines,
      adjustments,
      totals: derived.totals,
    });
  }) as [PostedDocument, PostedDocument];
}
