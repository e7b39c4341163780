import type { InvoiceStatus } from '../../shared/documents/invoiceStates';
import type { JournalEntry } from '../../shared/journal/journalEntry';
import type { CurrencyCode } from '../../shared/money/currencies';
import { minor, ZERO, type Minor } from '../../shared/money/minor';
import { invoiceBalance } from '../../shared/payments/invoiceSettlement';
import type { Payment } from '../../shared/schemas/payment';
import type { BusinessSettings } from '../../shared/schemas/settings';
import { nowIsoAfter } from './clock';
import { Refusal } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { settingsOrRefusal } from './documentGuards';
import { newId } from './ids';

// What every money movement on an invoice shares inside its transaction: loading the posted
// invoice, the customer's credit, storing the invoice's new figures and the journal entry.

/** Hooks a test uses to throw between the writes of a payment; never set in the app. */
export type PaymentFaults = {
  afterPaymentRecord?(): void;
  afterInvoiceUpdate?(): void;
};

/** The posted invoice of that id, or a refusal that aborts the transaction. */
export async function postedInvoiceOrRefusal(
  db: InvoicerDb,
  invoiceId: string,
): Promise<StoredDocument> {
  const invoice = await db.documents.get(invoiceId);
  if (!invoice || invoice.kind !== 'invoice') {
    throw new Refusal({
      code: 'NOT_FOUND',
      message: 'The invoice was not found; it may have been deleted in another window.',
    });
  }
  return invoice;
}

/** The business settings, or the refusal that asks for the setup. */
export async function settingsInTransaction(db: InvoicerDb): Promise<BusinessSettings> {
  const settings = await settingsOrRefusal(db);
  if (!settings.ok) throw new Refusal(settings.error);
  return settings.value;
}

/** The money fields applyPayment and its siblings read from a stored invoice. */
export function payableOf(invoice: StoredDocument) {
  return {
    status: invoice.status as InvoiceStatus,
    currency: invoice.currency,
    amountDue: invoice.amountDue,
    paid: invoice.paid,
    credited: invoice.credited,
    allowPartialPayment: invoice.allowPartialPayment,
    minimumPartialAmount: invoice.minimumPartialAmount,
  };
}

/**
 * How one record changes the customer's credit: a payment's excess and a refund owed kept as
 * credit add to it; a reversal of such a payment, a use of the credit and a refund of the
 * credit take from it. A refund of what an invoice owes back leaves the credit as it is.
 */
export function creditEffect(payment: Payment): Minor {
  switch (payment.kind) {
    case 'payment':
      return payment.excessAsCredit;
    case 'reversal':
      return minor(-payment.excessAsCredit);
    case 'creditFromInvoice':
      return payment.amount;
    case 'creditApplication':
      return minor(-payment.amount);
    case 'refund':
      // Records from before refundSource existed have none; they paid back credit.
      return payment.refundSource === 'invoice' ? ZERO : minor(-payment.amount);
  }
}

/** The customer's unused credit in the currency: the sum of every record's creditEffect. */
export async function creditBalanceOf(
  db: InvoicerDb,
  customerId: string,
  currency: CurrencyCode,
): Promise<Minor> {
  const records = await db.payments.where('customerId').equals(customerId).toArray();
  return records
    .filter((payment) => payment.currency === currency)
    .reduce<Minor>((sum, payment) => minor(sum + creditEffect(payment)), ZERO);
}

/** Stores the invoice with its new paid amount, the balance derived from it, and its status. */
export async function storeInvoiceMoney(
  db: InvoicerDb,
  invoice: StoredDocument,
  change: { paid: Minor; status: InvoiceStatus },
): Promise<StoredDocument> {
  const updated: StoredDocument = {
    ...invoice,
    paid: change.paid,
    status: change.status,
    balance: invoiceBalance({ ...invoice, paid: change.paid }),
    updatedAt: nowIsoAfter(invoice.updatedAt),
  } as StoredDocument;
  await db.documents.put(updated);
  return updated;
}

/** Stores a journal entry with its source flattened for the index. */
export async function storeJournalEntry(
  db: InvoicerDb,
  entry: JournalEntry,
  createdAt: string,
): Promise<void> {
  await db.journal.add({
    ...entry,
    id: newId(),
    sourceType: entry.source.type,
    sourceId: entry.source.id,
    createdAt,
  });
}

/** The reference a journal entry shows for a payment: its bank reference, else the invoice. */
export function movementReference(invoice: StoredDocument, reference: string): string {
  const number = invoice.number ?? '';
  return reference === '' ? number : `${number} ${reference}`.trim();
}
