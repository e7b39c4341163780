import type { CreditSelection } from '../../shared/creditNotes/creditTypes';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { SalesDocument } from '../../shared/schemas/document';
import { deriveOrRefuse, creditNoteLines } from './creditNotePosting';
import { Refusal, runRefusable, type DataResult } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { newDraft, saveDraft } from './documentsRepository';
import { postDocument } from './postDocument';

/** A posted credit note with its invoice as it stands after it. */
export type CreditedInvoice = { creditNote: StoredDocument; invoice: StoredDocument };

/**
 * Saves a draft credit note for a posted invoice: the chosen lines and quantities (or all
 * that is left), derived against the credit notes already posted for it, naming the invoice
 * by id, number and date. It is numbered in its own series when posted.
 */
export async function createCreditNoteDraft(
  db: InvoicerDb,
  invoiceId: string,
  selection: CreditSelection,
): Promise<DataResult<StoredDocument>> {
  return runRefusable(() =>
    db.transaction('rw', [db.documents, db.settings, db.customers, db.customerClasses], async () =>
      draftFor(db, invoiceId, selection, undefined),
    ),
  );
}

/**
 * Cancels a posted invoice by creating and posting a credit note of everything not yet
 * credited, all in one transaction; the invoice becomes cancelled. A draft invoice is refused:
 * it took no number, so it is deleted instead.
 */
export async function cancelInvoice(
  db: InvoicerDb,
  invoiceId: string,
  options: { today: IsoDate },
): Promise<DataResult<CreditedInvoice>> {
  const tables = [
    db.documents,
    db.settings,
    db.customers,
    db.customerClasses,
    db.journal,
    db.payments,
    db.audit,
  ];
  return runRefusable(() =>
    db.transaction('rw', tables, async () => {
      const draft = await draftFor(db, invoiceId, { kind: 'all' }, options.today);
      const posted = await postDocument(db, draft.id, { today: options.today });
      if (!posted.ok) throw new Refusal(posted.error);
      const invoice = (await db.documents.get(invoiceId))!;
      return { creditNote: posted.value, invoice };
    }),
  );
}

async function draftFor(
  db: InvoicerDb,
  invoiceId: string,
  selection: CreditSelection,
  issueDate: IsoDate | undefined,
): Promise<StoredDocument> {
  const invoice = await db.documents.get(invoiceId);
  if (!invoice || invoice.kind !== 'invoice') {
    throw new Refusal({
      code: 'NOT_FOUND',
      message: 'The invoice was not found; it may have been deleted in another window.',
    });
  }
  if (invoice.status === 'draft' || !invoice.posted || invoice.number === null) {
    throw new Refusal({
      code: 'ILLEGAL_TRANSITION',
      message:
        'A draft invoice has no number yet and nothing to correct; delete the draft instead of crediting or cancelling it.',
    });
  }
  if (invoice.status === 'cancelled') {
    throw new Refusal({
      code: 'ILLEGAL_TRANSITION',
      message: 'This invoice is already cancelled; there is nothing left to credit.',
    });
  }
  const derived = await deriveOrRefuse(db, invoice, selection);
  const blank = await newDraft(db, 'creditNote', { customerId: invoice.customerId });
  if (!blank.ok) throw new Refusal(blank.error);
  const doc = {
    ...blank.value,
    kind: 'creditNote',
    issueDate: issueDate ?? blank.value.issueDate,
    currency: invoice.currency,
    language: invoice.language,
    paymentMethod: invoice.paymentMethod,
    lines: creditNoteLines(invoice, derived),
    adjustments: derived.adjustments.map(
      ({ creditedAdjustmentIndex: _index, ...adjustment }) => adjustment,
    ),
    creditedInvoiceId: invoice.id,
    creditedInvoiceNumber: invoice.number,
    creditedInvoiceDate: invoice.issueDate,
  } as SalesDocument;
  const saved = await saveDraft(db, doc);
  if (!saved.ok) throw new Refusal(saved.error);
  return saved.value;
}
