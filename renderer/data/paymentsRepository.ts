import type { IsoDate } from '../../shared/dates/isoDate';
import { journalForPayment, journalForPaymentReversal } from '../../shared/journal/paymentJournal';
import { minor, type Minor } from '../../shared/money/minor';
import { applyPayment, type OverpaymentHandling } from '../../shared/payments/applyPayment';
import type { PaymentMethod } from '../../shared/payments/paymentMethod';
import { reversePayment as reverseInDomain } from '../../shared/payments/reversePayment';
import { paymentSchema, type Payment } from '../../shared/schemas/payment';
import { auditPayment } from './audit/appendAudit';
import { nowIso } from './clock';
import { effectiveDefaultsOf } from './customerClassesRepository';
import { Refusal, runRefusable, validate, type DataResult } from './dataError';
import type { InvoicerDb, StoredDocument } from './db';
import { newId } from './ids';
import {
  creditBalanceOf,
  movementReference,
  payableOf,
  postedInvoiceOrRefusal,
  settingsInTransaction,
  storeInvoiceMoney,
  storeJournalEntry,
  type PaymentFaults,
} from './paymentRecords';

export type PaymentInput = {
  amount: Minor;
  date: IsoDate;
  method: PaymentMethod;
  reference?: string | undefined;
  note?: string | undefined;
  overpayment: OverpaymentHandling;
  faults?: PaymentFaults | undefined;
};

/** A payment as recorded, with the invoice as it stands after it. */
export type RecordedPayment = { payment: Payment; invoice: StoredDocument };

/**
 * Records money received for a posted invoice in one transaction: the payment record, the
 * invoice's paid amount, balance and status, and the journal entry. A refused amount (below
 * the minimum partial payment, above the balance when overpayment is refused…) comes back
 * with the message on the field 'amount' and writes nothing.
 */
export async function registerPayment(
  db: InvoicerDb,
  invoiceId: string,
  input: PaymentInput,
): Promise<DataResult<RecordedPayment>> {
  const tables = [db.documents, db.payments, db.journal, db.settings, db.audit];
  return runRefusable(() => db.transaction('rw', tables, async () => record(db, invoiceId, input)));
}

/** Records a payment of the whole balance today with the customer's default payment method. */
export async function markAsPaid(
  db: InvoicerDb,
  invoiceId: string,
  options: { today: IsoDate },
): Promise<DataResult<RecordedPayment>> {
  const tables = [
    db.documents,
    db.payments,
    db.journal,
    db.settings,
    db.customers,
    db.customerClasses,
    db.audit,
  ];
  return runRefusable(() =>
    db.transaction('rw', tables, async () => {
      const invoice = await postedInvoiceOrRefusal(db, invoiceId);
      const settings = await settingsInTransaction(db);
      const customer = await db.customers.get(invoice.customerId);
      const method = customer
        ? (await effectiveDefaultsOf(db, customer, settings)).paymentMethod
        : invoice.paymentMethod;
      return record(db, invoiceId, {
        amount: invoice.balance,
        date: options.today,
        method,
        overpayment: 'refuse',
      });
    }),
  );
}

async function record(
  db: InvoicerDb,
  invoiceId: string,
  input: PaymentInput,
): Promise<RecordedPayment> {
  const invoice = await postedInvoiceOrRefusal(db, invoiceId);
  const settings = await settingsInTransaction(db);
  const draft = {
    id: newId(),
    invoiceId,
    customerId: invoice.customerId,
    kind: 'payment',
    amount: input.amount,
    excessAsCredit: 0,
    currency: invoice.currency,
    date: input.date,
    method: input.method,
    reference: input.reference ?? '',
    note: input.note ?? '',
    reversesPaymentId: null,
    createdAt: nowIso(),
  };
  const valid = validate(paymentSchema, draft);
  if (!valid.ok) throw new Refusal(valid.error);
  const applied = applyPayment({
    invoice: payableOf(invoice),
    amount: valid.value.amount,
    overpayment: input.overpayment,
  });
  if (!applied.ok) {
    const { field, message } = applied.error;
    throw new Refusal({
      code: field === 'status' ? 'ILLEGAL_TRANSITION' : 'INVALID',
      message,
      issues: [{ path: field, message }],
    });
  }
  const payment: Payment = { ...valid.value, excessAsCredit: applied.value.excessAsCredit };
  await db.payments.add(payment);
  await auditPayment(db, payment);
  input.faults?.afterPaymentRecord?.();
  const updated = await storeInvoiceMoney(db, invoice, {
    paid: applied.value.paidAfter,
    status: applied.value.statusAfter,
  });
  input.faults?.afterInvoiceUpdate?.();
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
  await storeJournalEntry(db, entry, payment.createdAt);
  return { payment, invoice: updated };
}

/**
 * Reverses a payment recorded by mistake in one transaction: a 'reversal' record naming it
 * (the original stays), the invoice's figures and status as before it, and the mirrored
 * journal entry. Refuses a second reversal and a payment whose kept credit was used since.
 */
export async function reversePayment(
  db: InvoicerDb,
  paymentId: string,
  options: { date: IsoDate; reason: string; faults?: PaymentFaults | undefined },
): Promise<DataResult<RecordedPayment>> {
  const tables = [db.documents, db.payments, db.journal, db.settings, db.audit];
  return runRefusable(() =>
    db.transaction('rw', tables, async () => {
      const original = await db.payments.get(paymentId);
      if (!original) {
        throw new Refusal({ code: 'NOT_FOUND', message: 'The payment was not found.' });
      }
      if (original.kind !== 'payment') {
        throw new Refusal({
          code: 'ILLEGAL_TRANSITION',
          message: 'Only a payment received can be reversed; this record is not one.',
        });
      }
      const invoice = await postedInvoiceOrRefusal(db, original.invoiceId);
      const settings = await settingsInTransaction(db);
      const siblings = await db.payments.where('invoiceId').equals(original.invoiceId).toArray();
      const applied = minor(original.amount - original.excessAsCredit);
      const reversed = reverseInDomain({
        invoice: payableOf(invoice),
        payment: {
          applied,
          excessAsCredit: original.excessAsCredit,
          reversed: siblings.some((other) => other.reversesPaymentId === original.id),
        },
        availableCredit: await creditBalanceOf(db, original.customerId, original.currency),
      });
      if (!reversed.ok) {
        const { message } = reversed.error;
        throw new Refusal({ code: 'ILLEGAL_TRANSITION', message });
      }
      const valid = validate(paymentSchema, {
        ...original,
        id: newId(),
        kind: 'reversal',
        date: options.date,
        note: options.reason,
        reversesPaymentId: original.id,
        createdAt: nowIso(),
      });
      if (!valid.ok) throw new Refusal(valid.error);
      const reversal = valid.value;
      await db.payments.add(reversal);
      await auditPayment(db, reversal);
      options.faults?.afterPaymentRecord?.();
      const updated = await storeInvoiceMoney(db, invoice, {
        paid: reversed.value.paidAfter,
        status: reversed.value.statusAfter,
      });
      options.faults?.afterInvoiceUpdate?.();
      const entry = journalForPaymentReversal(
        {
          id: reversal.id,
          reference: movementReference(invoice, original.reference),
          date: reversal.date,
          currency: reversal.currency,
          method: reversal.method,
          applied,
          excessAsCredit: reversal.excessAsCredit,
        },
        settings.chartOfAccounts,
      );
      await storeJournalEntry(db, entry, reversal.createdAt);
      return { payment: reversal, invoice: updated };
    }),
  );
}

/** The payment records of an invoice, oldest first: payments, reversals, credit, refunds. */
export async function listPayments(db: InvoicerDb, invoiceId: string): Promise<Payment[]> {
  const records = await db.payments.where('invoiceId').equals(invoiceId).toArray();
  return records.sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
}
