import type {
  CreditableInvoice,
  CreditNoteLine,
  CreditSelection,
  DerivedCreditNote,
  PriorCredit,
} from '../../shared/creditNotes/creditTypes';
import { toPriorCredit } from '../../shared/creditNotes/creditedSoFar';
import { deriveCreditNote } from '../../shared/creditNotes/deriveCreditNote';
import { applyInvoiceAction, type InvoiceStatus } from '../../shared/documents/invoiceStates';
import { minor } from '../../shared/money/minor';
import { invoiceBalance, settlementOf } from '../../shared/payments/invoiceSettlement';
import type { SalesDocument } from '../../shared/schemas/document';
import type { DocumentLine } from '../../shared/schemas/documentLine';
import { nowIsoAfter } from './clock';
import { Refusal } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { newId } from './ids';

// Crediting inside a transaction: what an invoice has been credited so far, deriving a
// credit note against it, and booking a posted credit note on its invoice.

type CreditNoteDoc = Extract<SalesDocument, { kind: 'creditNote' }>;

/** The posted invoice as crediting sees it: its frozen lines, adjustments and totals. */
export function creditableOf(invoice: StoredDocument): CreditableInvoice {
  if (!invoice.posted) throw new Error('only a posted invoice can be credited');
  return {
    currency: invoice.currency,
    lines: invoice.lines,
    adjustments: invoice.adjustments,
    totals: invoice.posted.totals,
  };
}

/**
 * The posted credit notes of an invoice as PriorCredit. Stored adjustments do not keep the
 * invoice adjustment they credit; deriveCreditNote writes them in the invoice's order and
 * copies kind, reason and VAT, so the next matching invoice adjustment is the one.
 */
export async function priorCreditsOf(
  db: InvoicerDb,
  invoice: StoredDocument,
  exceptId?: string,
): Promise<PriorCredit[]> {
  const notes = await db.documents.where('creditedInvoiceId').equals(invoice.id).toArray();
  return notes
    .filter((note) => note.kind === 'creditNote' && note.posted && note.id !== exceptId)
    .map((note) => toPriorCredit(asDerived(note, invoice)));
}

function asDerived(note: StoredDocument, invoice: StoredDocument): DerivedCreditNote {
  let next = 0;
  const adjustments = note.adjustments.map((adjustment) => {
    const index = invoice.adjustments.findIndex(
      (candidate, i) =>
        i >= next &&
        candidate.kind === adjustment.kind &&
        candidate.reason === adjustment.reason &&
        candidate.vatCategory === adjustment.vatCategory &&
        candidate.vatRate === adjustment.vatRate,
    );
    next = index + 1;
    return { ...adjustment, creditedAdjustmentIndex: index };
  });
  return {
    lines: note.lines.map((line) => ({ ...line, creditedLineId: line.creditedLineId ?? '' })),
    adjustments,
    totals: note.posted!.totals,
    completesInvoice: false,
  };
}

/** deriveCreditNote against the invoice's current credits, or a refusal aborting the write. */
export async function deriveOrRefuse(
  db: InvoicerDb,
  invoice: StoredDocument,
  selection: CreditSelection,
  exceptId?: string,
): Promise<DerivedCreditNote> {
  const derived = deriveCreditNote(
    creditableOf(invoice),
    await priorCreditsOf(db, invoice, exceptId),
    selection,
  );
  if (!derived.ok) {
    const path = derived.error.lineId ? 'lines' : 'selection';
    const { message } = derived.error;
    throw new Refusal({ code: 'INVALID', message, issues: [{ path, message }] });
  }
  return derived.value;
}

/** The credit note's lines as document lines: the invoice line with the credited quantity. */
export function creditNoteLines(
  invoice: StoredDocument,
  derived: DerivedCreditNote,
): DocumentLine[] {
  return derived.lines.map((line) => {
    const source = invoice.lines.find((candidate) => candidate.id === line.creditedLineId)!;
    // A credit note line gets its own id; the link to the invoice line is creditedLineId.
    return asDocumentLine(source, line, newId());
  });
}

/** A derived credit line over the document line it copies (the invoice's or the draft's). */
function asDocumentLine(base: DocumentLine, line: CreditNoteLine, id: string): DocumentLine {
  return {
    ...base,
    ...line,
    id,
    description: line.description ?? base.description,
    baseQuantity: line.baseQuantity ?? base.baseQuantity,
    // Derived from the invoice line's own allowances and charges, which carry their reasons.
    allowances: [...(line.allowances ?? base.allowances)] as DocumentLine['allowances'],
    charges: [...(line.charges ?? base.charges)] as DocumentLine['charges'],
  };
}

/**
 * At posting: re-derives a credit note draft against the credits posted so far (another
 * note may have been posted since the draft was made) and returns it with its frozen
 * lines, adjustments and totals; refuses when it would now credit more than is left.
 */
export async function rederiveForPosting(
  db: InvoicerDb,
  note: CreditNoteDoc,
): Promise<{ doc: CreditNoteDoc; derived: DerivedCreditNote; invoice: StoredDocument }> {
  const invoice = await db.documents.get(note.creditedInvoiceId);
  if (!invoice || invoice.kind !== 'invoice' || !invoice.posted) {
    throw new Refusal({
      code: 'POSTING_REFUSED',
      message: 'The invoice this credit note corrects is not a posted invoice; post it first.',
    });
  }
  const selection: CreditSelection = {
    kind: 'lines',
    lines: note.lines.map((line) => ({
      lineId: line.creditedLineId ?? '',
      quantity: line.quantity,
    })),
  };
  const derived = await deriveOrRefuse(db, invoice, selection, note.id);
  // Matched by the invoice line each credits, not by position: the derivation skips lines
  // with nothing to credit, so positions can shift.
  const ownLineOf = new Map(note.lines.map((line) => [line.creditedLineId ?? '', line]));
  const lines = derived.lines.map((line) => {
    const own = ownLineOf.get(line.creditedLineId);
    if (!own) throw new Error(`credit note line for invoice line ${line.creditedLineId} missing`);
    return asDocumentLine(own, line, own.id);
  });
  const adjustments = derived.adjustments.map(
    ({ creditedAdjustmentIndex: _index, ...adjustment }) => adjustment,
  );
  return { doc: { ...note, lines, adjustments }, derived, invoice };
}

/**
 * Books a posted credit note on its invoice: credited grows by the note's gross, the balance
 * and status follow (credited in full: cancelled).
 */
export async function creditInvoice(
  db: InvoicerDb,
  invoice: StoredDocument,
  gross: number,
): Promise<StoredDocument> {
  const credited = minor(invoice.credited + gross);
  const money = { amountDue: invoice.amountDue, paid: invoice.paid, credited };
  const status = applyInvoiceAction(invoice.status as InvoiceStatus, {
    type: 'creditNote',
    settlement: settlementOf(money),
  });
  if (!status.ok) throw new Refusal({ code: 'ILLEGAL_TRANSITION', message: status.error.message });
  const updated = {
    ...invoice,
    status: status.value,
    credited,
    balance: invoiceBalance(money),
    updatedAt: nowIsoAfter(invoice.updatedAt),
  } as StoredDocument;
  await db.documents.put(updated);
  return updated;
}
