import type { IsoDate } from '../../shared/dates/isoDate';
import type { InvoiceStatus } from '../../shared/documents/invoiceStates';
import { journalForCreditApplication } from '../../shared/journal/paymentJournal';
import type { CurrencyCode } from '../../shared/money/currencies';
import type { Minor } from '../../shared/money/minor';
import { applyCustomerCredit as applyInDomain } from '../../shared/payments/customerCredit';
import { paymentSchema } from '../../shared/schemas/payment';
import { auditPayment } from './audit/appendAudit';
import { nowIso } from './clock';
import { Refusal, runRefusable, validate, type DataResult } from './dataError';
import type { InvoicerDb } from './db';
import { newId } from './ids';
import {
  creditBalanceOf,
  movementReference,
  postedInvoiceOrRefusal,
  settingsInTransaction,
  storeInvoiceMoney,
  storeJournalEntry,
  type PaymentFaults,
} from './paymentRecords';
import type { RecordedPayment } from './paymentsRepository';

/**
 * The customer's unused credit in the currency: the excess of payments kept as credit, less
 * reversals of them, credit applied to invoices and refunds.
 */
export async function customerCreditBalance(
  db: InvoicerDb,
  customerId: string,
  currency: CurrencyCode,
): Promise<Minor> {
  return db.transaction('r', db.payments, () => creditBalanceOf(db, customerId, currency));
}

/**
 * Settles an open invoice from its customer's credit in the invoice's currency, in one
 * transaction: a 'creditApplication' record, the invoice's figures and status, and the
 * journal entry (customer credit to receivables). Uses the smaller of credit and balance.
 */
export async function applyCustomerCredit(
  db: InvoicerDb,
  invoiceId: string,
  options: { today: IsoDate; faults?: PaymentFaults | undefined },
): Promise<DataResult<RecordedPayment>> {
  const tables = [db.documents, db.payments, db.journal, db.settings, db.audit];
  return runRefusable(() =>
    db.transaction('rw', tables, async () => {
      const invoice = await postedInvoiceOrRefusal(db, invoiceId);
      const settings = await settingsInTransaction(db);
      const available = await creditBalanceOf(db, invoice.customerId, invoice.currency);
      const applied = applyInDomain({
        available,
        creditCurrency: invoice.currency,
        invoice: {
          status: invoice.status as InvoiceStatus,
          currency: invoice.currency,
          amountDue: invoice.amountDue,
          paid: invoice.paid,
          credited: invoice.credited,
        },
      });
      if (!applied.ok) {
        throw new Refusal({ code: 'ILLEGAL_TRANSITION', message: applied.error.message });
      }
      const valid = validate(paymentSchema, {
        id: newId(),
        invoiceId,
        customerId: invoice.customerId,
        kind: 'creditApplication',
        amount: applied.value.amount,
        excessAsCredit: 0,
        currency: invoice.currency,
        date: options.today,
        method: 'other',
        reference: '',
        note: '',
        reversesPaymentId: null,
        createdAt: nowIso(),
      });
      if (!valid.ok) throw new Refusal(valid.error);
      const application = valid.value;
      await db.payments.add(application);
      await auditPayment(db, application);
      options.faults?.afterPaymentRecord?.();
      const updated = await storeInvoiceMoney(db, invoice, {
        paid: applied.value.paidAfter,
        status: applied.value.statusAfter,
      });
      options.faults?.afterInvoiceUpdate?.();
      const entry = journalForCreditApplication(
        {
          id: application.id,
          reference: movementReference(invoice, ''),
          date: application.date,
          currency: application.currency,
          amount: application.amount,
        },
        settings.chartOfAccounts,
      );
      await storeJournalEntry(db, entry, application.createdAt);
      return { payment: application, invoice: updated };
    }),
  );
}
