import type { IsoDate } from '../../shared/dates/isoDate';
import type { InvoiceStatus } from '../../shared/documents/invoiceStates';
import type { ChartOfAccounts } from '../../shared/journal/chartOfAccounts';
import type { JournalEntry } from '../../shared/journal/journalEntry';
import {
  journalForRefund,
  journalForRefundKeptAsCredit,
} from '../../shared/journal/paymentJournal';
import type { Minor } from '../../shared/money/minor';
import type { PaymentMethod } from '../../shared/payments/paymentMethod';
import {
  refundableAmount,
  settleRefundOwed,
  type RefundSettlement,
  type SettledRefund,
} from '../../shared/payments/settleRefundOwed';
import { paymentSchema, type Payment } from '../../shared/schemas/payment';
import { auditPayment } from './audit/appendAudit';
import { nowIso } from './clock';
import { Refusal, runRefusable, validate, type DataResult } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { newId } from './ids';
import {
  movementReference,
  postedInvoiceOrRefusal,
  settingsInTransaction,
  storeInvoiceMoney,
  storeJournalEntry,
  type PaymentFaults,
} from './paymentRecords';
import type { RecordedPayment } from './paymentsRepository';

// The refund owed on a credited invoice that had been (partly) paid: paid back to the
// customer, or kept as the customer's credit. Each is one transaction writing the record,
// the invoice's new figures and the journal entry, or nothing at all.

export type RefundInput = {
  amount: Minor;
  date: IsoDate;
  method: PaymentMethod;
  reference?: string | undefined;
  note?: string | undefined;
  faults?: PaymentFaults | undefined;
};

export type KeepAsCreditInput = {
  date: IsoDate;
  /** How much of the refund owed to keep; all of what can be settled when left out. */
  amount?: Minor | undefined;
  faults?: PaymentFaults | undefined;
};

/**
 * Records money paid back to the customer out of an invoice's refund owed: a 'refund' record
 * (source 'invoice'), the invoice's paid amount down by it (status unchanged) and the journal
 * entry receivables to bank or cash. An amount not above zero or above the refund owed is
 * refused with the message on the field 'amount', and nothing is written.
 */
export function registerRefund(
  db: InvoicerDb,
  invoiceId: string,
  input: RefundInput,
): Promise<DataResult<RecordedPayment>> {
  return settleInTransaction(db, invoiceId, input.faults, (invoice, chart) => {
    const settled = settleOrRefusal(invoice, input.amount, 'refund');
    const payment = validRecord({
      ...recordBase(invoice, settled.amount, input.date),
      kind: 'refund',
      refundSource: 'invoice',
      method: input.method,
      reference: input.reference ?? '',
      note: input.note ?? '',
    });
    const entry = journalForRefund(
      {
        ...journalHeader(invoice, payment),
        method: payment.method,
        amount: payment.amount,
        from: 'receivables',
      },
      chart,
    );
    return { payment, settled, entry };
  });
}

/**
 * Keeps an invoice's refund owed as the customer's credit instead of paying it out: a
 * 'creditFromInvoice' record, the invoice's paid amount down by it (status unchanged), the
 * customer's credit up by it, and the journal entry receivables to customer credit. The
 * credit then settles another invoice of the customer in the same currency.
 */
export function keepRefundAsCredit(
  db: InvoicerDb,
  invoiceId: string,
  input: KeepAsCreditInput,
): Promise<DataResult<RecordedPayment>> {
  return settleInTransaction(db, invoiceId, input.faults, (invoice, chart) => {
    const amount = input.amount ?? refundableAmount(invoice);
    const settled = settleOrRefusal(invoice, amount, 'keepAsCredit');
    const payment = validRecord({
      ...recordBase(invoice, settled.amount, input.date),
      kind: 'creditFromInvoice',
      // No money moves; 'other' is the method of every credit movement.
      method: 'other',
      reference: '',
      note: '',
    });
    const entry = journalForRefundKeptAsCredit(
      { ...journalHeader(invoice, payment), amount: payment.amount },
      chart,
    );
    return { payment, settled, entry };
  });
}

type Settlement = { payment: Payment; settled: SettledRefund; entry: JournalEntry };

/**
 * The one transaction both ways of settling share: the posted invoice and the chart of
 * accounts are read, `settle` decides (or throws a Refusal), and its record, the invoice's
 * new figures and the journal entry are written; a refusal or error writes nothing.
 */
function settleInTransaction(
  db: InvoicerDb,
  invoiceId: string,
  faults: PaymentFaults | undefined,
  settle: (invoice: StoredDocument, chart: ChartOfAccounts) => Settlement,
): Promise<DataResult<RecordedPayment>> {
  const tables = [db.documents, db.payments, db.journal, db.settings, db.audit];
  return runRefusable(() =>
    db.transaction('rw', tables, async () => {
      const invoice = await postedInvoiceOrRefusal(db, invoiceId);
      const { chartOfAccounts } = await settingsInTransaction(db);
      const { payment, settled, entry } = settle(invoice, chartOfAccounts);
      return write(db, invoice, payment, settled, entry, faults);
    }),
  );
}

function moneyOf(invoice: StoredDocument) {
  return {
    status: invoice.status as InvoiceStatus,
    currency: invoice.currency,
    amountDue: invoice.amountDue,
    paid: invoice.paid,
    credited: invoice.credited,
  };
}

/** The domain's figures, or a refusal: amount problems on the field 'amount'. */
function settleOrRefusal(
  invoice: StoredDocument,
  amount: Minor,
  how: RefundSettlement,
): SettledRefund {
  const settled = settleRefundOwed({ invoice: moneyOf(invoice), amount, how });
  if (settled.ok) return settled.value;
  const { field, message } = settled.error;
  if (field === 'status') throw new Refusal({ code: 'ILLEGAL_TRANSITION', message });
  throw new Refusal({ code: 'INVALID', message, issues: [{ path: 'amount', message }] });
}

function recordBase(invoice: StoredDocument, amount: Minor, date: IsoDate) {
  return {
    id: newId(),
    invoiceId: invoice.id,
    customerId: invoice.customerId,
    amount,
    excessAsCredit: 0,
    currency: invoice.currency,
    date,
    reversesPaymentId: null,
    createdAt: nowIso(),
  };
}

function validRecord(draft: Record<string, unknown>): Payment {
  const valid = validate(paymentSchema, draft);
  if (!valid.ok) throw new Refusal(valid.error);
  return valid.value;
}

function journalHeader(invoice: StoredDocument, payment: Payment) {
  return {
    id: payment.id,
    reference: movementReference(invoice, payment.reference),
    date: payment.date,
    currency: payment.currency,
  };
}

async function write(
  db: InvoicerDb,
  invoice: StoredDocument,
  payment: Payment,
  settled: SettledRefund,
  entry: JournalEntry,
  faults: PaymentFaults | undefined,
): Promise<RecordedPayment> {
  await db.payments.add(payment);
  await auditPayment(db, payment);
  faults?.afterPaymentRecord?.();
  const updated = await storeInvoiceMoney(db, invoice, {
    paid: settled.paidAfter,
    status: settled.statusAfter,
  });
  faults?.afterInvoiceUpdate?.();
  await storeJournalEntry(db, entry, payment.createdAt);
  return { payment, invoice: updated };
}
