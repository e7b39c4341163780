import { creditableOf, creditNoteLines } from '../../renderer/data/creditNotePosting';
import type { StoredCustomer, StoredDocument, StoredJournalEntry } from '../../renderer/data/db';
import { newId } from '../../renderer/data/ids';
import { movementReference, payableOf } from '../../renderer/data/paymentRecords';
import {
  bankAccountOf,
  buyerOf,
  directDebitOf,
  sellerOf,
} from '../../renderer/data/postingSnapshot';
import { toStoredDocument, withSellerVatMode } from '../../renderer/data/storedDocument';
import type { CreditSelection } from '../../shared/creditNotes/creditTypes';
import { deriveCreditNote } from '../../shared/creditNotes/deriveCreditNote';
import type { IsoDate } from '../../shared/dates/isoDate';
import { applyCreditNoteAction } from '../../shared/documents/creditNoteStates';
import { applyInvoiceAction, type InvoiceStatus } from '../../shared/documents/invoiceStates';
import { journalForCreditNote, journalForInvoice } from '../../shared/journal/documentJournal';
import type { JournalEntry } from '../../shared/journal/journalEntry';
import { journalForPayment } from '../../shared/journal/paymentJournal';
import { minor, type Minor } from '../../shared/money/minor';
import { takeNextNumber } from '../../shared/numbering/series';
import { applyPayment } from '../../shared/payments/applyPayment';
import { invoiceBalance, settlementOf } from '../../shared/payments/invoiceSettlement';
import { documentSchema, type SalesDocument } from '../../shared/schemas/document';
import type { Payment } from '../../shared/schemas/payment';
import type { BusinessSettings } from '../../shared/schemas/settings';
import { requiredVatNotes } from '../../shared/tax/vatNotes';
import { computeDocumentTotals, type DocumentTotals } from '../../shared/totals/documentTotals';

// The records posting, a payment and a credit note write, built in memory with the same
// functions the repositories call (renderer/data postDocument, paymentsRepository,
// creditNotesRepository), so 100,000 invoices can be written in large transactions instead
// of one transaction each. equivalenceCheck.ts proves on a sample that both ways give the
// same records. What is left out are the refusals: the plans never ask for a refused step.

/** The settings as posting advances them: each number taken moves its series on. */
export type SettingsRef = { value: BusinessSettings };

function fail(what: string, message: string): never {
  throw new Error(`bulk ${what}: ${message}`);
}

function journalRow(entry: JournalEntry, createdAt: string): StoredJournalEntry {
  return {
    ...entry,
    id: newId(),
    sourceType: entry.source.type,
    sourceId: entry.source.id,
    createdAt,
  };
}

/** The next number of the document's series (postDocument → assignNumber). */
function takeNumber(settings: SettingsRef, doc: SalesDocument): string {
  const all = settings.value.numberSeries;
  const byId = all.findIndex((s) => s.id === doc.seriesId && s.documentKind === doc.kind);
  const index = byId >= 0 ? byId : all.findIndex((s) => s.documentKind === doc.kind);
  const taken = takeNextNumber(all[index]!, doc.issueDate);
  if (!taken.ok) fail('numbering', taken.error.message);
  const numberSeries = all.map((entry, i) => (i === index ? taken.value.series : entry));
  settings.value = { ...settings.value, numberSeries };
  return taken.value.number;
}

/**
 * A draft posted (postDocument's post()): numbered, seller, buyer, totals, VAT notes and
 * payment details frozen, status set, journal entry made. A credit note brings the totals
 * deriveCreditNote gave it.
 */
export function postInBulk(
  settings: SettingsRef,
  draft: SalesDocument,
  customer: StoredCustomer,
  options: { today: IsoDate; now: string; totals?: DocumentTotals | undefined },
): { document: StoredDocument; journal: StoredJournalEntry } {
  const current = settings.value;
  const doc = withSellerVatMode(draft, current.vatMode);
  const seller = sellerOf(current);
  const buyer = buyerOf(customer);
  const directDebit = directDebitOf(doc, customer, current, options.today);
  if (directDebit.problems.length > 0) fail('posting', directDebit.problems[0]!.message);
  const number = takeNumber(settings, doc);
  const totals = options.totals ?? computeDocumentTotals(doc);
  const status =
    doc.kind === 'invoice'
      ? applyInvoiceAction('draft', { type: 'post' })
      : applyCreditNoteAction('draft', 'post');
  if (!status.ok) fail('posting', status.error.message);
  const posted = {
    ...doc,
    number,
    status: status.value,
    posted: {
      postedAt: options.now,
      seller: seller.snapshot,
      buyer: buyer.snapshot,
      totals,
      vatNotes: requiredVatNotes(totals.vatGroups),
      bankAccount: bankAccountOf(current),
      directDebit: directDebit.snapshot,
    },
    updatedAt: options.now,
  } as SalesDocument;
  const source = {
    id: doc.id,
    number,
    issueDate: doc.issueDate,
    currency: doc.currency,
    lines: doc.lines.map((line) => ({ revenueAccount: line.revenueAccount ?? undefined })),
    adjustments: doc.adjustments,
    totals,
  };
  const entry =
    doc.kind === 'creditNote'
      ? journalForCreditNote(
          { ...source, correctedInvoiceNumber: doc.creditedInvoiceNumber },
          current.chartOfAccounts,
        )
      : journalForInvoice(source, current.chartOfAccounts);
  if (!entry.ok) fail('journal', entry.error.message);
  return {
    document: toStoredDocument(posted, { customerName: customer.name, totals }),
    journal: journalRow(entry.value, options.now),
  };
}

/** A payment of `amount` on the invoice (paymentsRepository registerPayment). */
export function payInBulk(
  settings: BusinessSettings,
  invoice: StoredDocument,
  input: { amount: Minor; date: IsoDate; now: string },
): { invoice: StoredDocument; payment: Payment; journal: StoredJournalEntry } {
  const applied = applyPayment({
    invoice: payableOf(invoice),
    amount: input.amount,
    overpayment: 'refuse',
  });
  if (!applied.ok) fail('payment', applied.error.message);
  const payment: Payment = {
    id: newId(),
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    kind: 'payment',
    amount: input.amount,
    excessAsCredit: applied.value.excessAsCredit,
    currency: invoice.currency,
    date: input.date,
    method: invoice.paymentMethod,
    reference: '',
    note: '',
    reversesPaymentId: null,
    createdAt: input.now,
  };
  const paid = applied.value.paidAfter;
  const updated = {
    ...invoice,
    paid,
    status: applied.value.statusAfter,
    balance: invoiceBalance({ ...invoice, paid }),
    updatedAt: input.now,
  } as StoredDocument;
  const entry = journalForPayment(
    {
      id: payment.id,
      reference: movementReference(invoice, payment.reference),
      date: payment.date,
      currency: payment.currency,
      method: payment.method,
      applied: applied.value.applied,
      excessAsCredit: payment.excessAsCredit,
    },
    settings.chartOfAccounts,
  );
  return { invoice: updated, payment, journal: journalRow(entry, input.now) };
}

/**
 * A credit note for the invoice, made and posted (creditNotesRepository, then postDocument
 * and creditInvoice): the invoice's credited amount, balance and status follow. `blank` is
 * the credit note draft newDraft gives for the invoice's customer.
 */
export function creditInBulk(
  settings: SettingsRef,
  invoice: StoredDocument,
  input: {
    blank: SalesDocument;
    customer: StoredCustomer;
    selection: CreditSelection;
    now: string;
  },
): { invoice: StoredDocument; creditNote: StoredDocument; journal: StoredJournalEntry } {
  // One credit note per invoice in the plans: there are no earlier credits to derive against.
  const derived = deriveCreditNote(creditableOf(invoice), [], input.selection);
  if (!derived.ok) fail('credit note', derived.error.message);
  const draft = documentSchema.safeParse({
    ...input.blank,
    kind: 'creditNote',
    currency: invoice.currency,
    language: invoice.language,
    paymentMethod: invoice.paymentMethod,
    lines: creditNoteLines(invoice, derived.value),
    adjustments: derived.value.adjustments.map(
      ({ creditedAdjustmentIndex: _index, ...adjustment }) => adjustment,
    ),
    creditedInvoiceId: invoice.id,
    creditedInvoiceNumber: invoice.number,
    creditedInvoiceDate: invoice.issueDate,
  });
  if (!draft.success) fail('credit note', draft.error.message);
  const posted = postInBulk(settings, draft.data, input.customer, {
    today: input.blank.issueDate,
    now: input.now,
    totals: derived.value.totals,
  });
  const credited = minor(invoice.credited + derived.value.totals.grossTotal);
  const money = { amountDue: invoice.amountDue, paid: invoice.paid, credited };
  const status = applyInvoiceAction(invoice.status as InvoiceStatus, {
    type: 'creditNote',
    settlement: settlementOf(money),
  });
  if (!status.ok) fail('credit note', status.error.message);
  const updated = {
    ...invoice,
    status: status.value,
    credited,
    balance: invoiceBalance(money),
    updatedAt: input.now,
  } as StoredDocument;
  return { invoice: updated, creditNote: posted.document, journal: posted.journal };
}
