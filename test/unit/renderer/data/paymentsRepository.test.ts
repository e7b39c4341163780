import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isBalanced } from '../../../../shared/journal/journalEntry';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import type { InvoicerDb } from '../../../../renderer/data/db';
import {
  applyCustomerCredit,
  customerCreditBalance,
} from '../../../../renderer/data/customerCreditRepository';
import {
  listPayments,
  markAsPaid,
  registerPayment,
  reversePayment,
} from '../../../../renderer/data/paymentsRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { getSettings } from '../../../../renderer/data/settingsRepository';
import {
  addCustomer,
  addDraft,
  failure,
  freshDb,
  line,
  setUpCompany,
  TODAY,
  value,
} from './testDatabase';

// Invoices of 2 × 100.00 at 19 % VAT: amount due 238.00.
const DUE = minor(23800);
const EUR = currencyCode('EUR');

async function postedInvoice(
  db: InvoicerDb,
  customerId: string,
  terms: { allowPartialPayment?: boolean; minimumPartialAmount?: number } = {},
) {
  const draft = await addDraft(db, customerId, {
    lines: [line('2', '100')],
    change: (doc) => ({
      ...doc,
      allowPartialPayment: terms.allowPartialPayment ?? true,
      minimumPartialAmount: minor(terms.minimumPartialAmount ?? 0),
    }),
  });
  return value(await postDocument(db, draft.id, { today: TODAY }));
}

async function company() {
  const db = freshDb();
  await setUpCompany(db);
  const acme = await addCustomer(db, 'Acme SARL', { defaultPaymentMethod: 'cash' });
  return { db, acme };
}

const pay = (amount: number, extra: { overpayment?: 'refuse' | 'keepAsCredit' } = {}) => ({
  amount: minor(amount),
  date: TODAY,
  method: 'bankTransfer' as const,
  reference: 'TX-1',
  overpayment: extra.overpayment ?? 'refuse',
});

async function snapshot(db: InvoicerDb) {
  return JSON.stringify({
    documents: await db.documents.toArray(),
    payments: await db.payments.toArray(),
    journal: await db.journal.toArray(),
    audit: await db.audit.toArray(),
  });
}

describe('registerPayment', () => {
  it('a partial payment then the rest leaves the invoice paid with balance 0', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    expect(invoice.amountDue).toBe(DUE);
    const first = value(await registerPayment(db, invoice.id, pay(10000)));
    expect(first.invoice).toMatchObject({ paid: 10000, balance: 13800, status: 'partiallyPaid' });
    const rest = value(await registerPayment(db, invoice.id, pay(13800)));
    expect(rest.invoice).toMatchObject({ paid: DUE, balance: 0, status: 'paid' });
    expect((await db.documents.get(invoice.id))?.status).toBe('paid');
    expect(await listPayments(db, invoice.id)).toHaveLength(2);
  });

  it('a payment below the minimum partial amount is refused on the amount field', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id, { minimumPartialAmount: 5000 });
    const before = await snapshot(db);
    const refused = failure(await registerPayment(db, invoice.id, pay(4999)));
    expect(refused.code).toBe('INVALID');
    expect(refused.issues?.[0]?.path).toBe('amount');
    expect(refused.message).toContain('minimum');
    expect(await snapshot(db)).toBe(before);
  });

  it('an amount of zero is refused with a message on the amount field', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const refused = failure(await registerPayment(db, invoice.id, pay(0)));
    expect(refused.issues?.map((issue) => issue.path)).toContain('amount');
  });

  it('a payment on a draft invoice is refused', async () => {
    const { db, acme } = await company();
    const draft = await addDraft(db, acme.id);
    const refused = failure(await registerPayment(db, draft.id, pay(100)));
    expect(refused.code).toBe('ILLEGAL_TRANSITION');
  });

  it('an overpayment is refused unless the excess is kept as credit', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const refused = failure(await registerPayment(db, invoice.id, pay(30000)));
    expect(refused.issues?.[0]?.path).toBe('amount');
    const kept = value(
      await registerPayment(db, invoice.id, pay(30000, { overpayment: 'keepAsCredit' })),
    );
    expect(kept.payment.excessAsCredit).toBe(6200);
    expect(kept.invoice).toMatchObject({ paid: DUE, balance: 0, status: 'paid' });
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(6200);
    expect(await customerCreditBalance(db, acme.id, currencyCode('USD'))).toBe(0);
  });

  it('credit kept from an overpayment settles the next invoice of the customer', async () => {
    const { db, acme } = await company();
    const first = await postedInvoice(db, acme.id);
    const next = await postedInvoice(db, acme.id);
    value(await registerPayment(db, first.id, pay(30000, { overpayment: 'keepAsCredit' })));
    const applied = value(await applyCustomerCredit(db, next.id, { today: TODAY }));
    expect(applied.payment).toMatchObject({ kind: 'creditApplication', amount: 6200 });
    expect(applied.invoice).toMatchObject({
      paid: 6200,
      balance: 17600,
      status: 'partiallyPaid',
    });
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(0);
    expect(failure(await applyCustomerCredit(db, next.id, { today: TODAY })).message).toContain(
      'no credit',
    );
  });

  it('credit is not applied to an invoice of another customer', async () => {
    const { db, acme } = await company();
    const other = await addCustomer(db, 'Other GmbH');
    const first = await postedInvoice(db, acme.id);
    const foreign = await postedInvoice(db, other.id);
    value(await registerPayment(db, first.id, pay(30000, { overpayment: 'keepAsCredit' })));
    expect(failure(await applyCustomerCredit(db, foreign.id, { today: TODAY })).code).toBe(
      'ILLEGAL_TRANSITION',
    );
  });

  it('mark as paid records the full balance today with the customer default method', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    value(await registerPayment(db, invoice.id, pay(3800)));
    const paid = value(await markAsPaid(db, invoice.id, { today: TODAY }));
    expect(paid.payment).toMatchObject({ amount: 20000, method: 'cash', date: TODAY });
    expect(paid.invoice).toMatchObject({ status: 'paid', balance: 0 });
    const entries = await db.journal.where('date').equals(TODAY).toArray();
    const cashEntry = entries.find((entry) => entry.sourceId === paid.payment.id);
    const cash = (await getSettings(db))!.chartOfAccounts.roles.cash;
    expect(cashEntry?.lines[0]).toMatchObject({ account: cash, debit: 20000 });
  });
});

describe('reversePayment', () => {
  it('a reversal restores the balance and status and keeps the original payment', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const first = value(await registerPayment(db, invoice.id, pay(10000)));
    const reversed = value(
      await reversePayment(db, first.payment.id, { date: TODAY, reason: 'Wrong invoice' }),
    );
    expect(reversed.invoice).toMatchObject({ paid: 0, balance: DUE, status: 'posted' });
    expect(reversed.payment).toMatchObject({
      kind: 'reversal',
      reversesPaymentId: first.payment.id,
      amount: 10000,
      note: 'Wrong invoice',
    });
    const records = await listPayments(db, invoice.id);
    expect(records.map((record) => record.kind).sort()).toEqual(['payment', 'reversal']);
    const again = failure(await reversePayment(db, first.payment.id, { date: TODAY, reason: '' }));
    expect(again.message).toContain('already been reversed');
  });

  it('a payment whose kept credit was used cannot be reversed', async () => {
    const { db, acme } = await company();
    const first = await postedInvoice(db, acme.id);
    const next = await postedInvoice(db, acme.id);
    const over = value(
      await registerPayment(db, first.id, pay(30000, { overpayment: 'keepAsCredit' })),
    );
    value(await applyCustomerCredit(db, next.id, { today: TODAY }));
    const refused = failure(await reversePayment(db, over.payment.id, { date: TODAY, reason: '' }));
    expect(refused.message).toContain('customer credit');
  });

  it('reversing an overpayment takes its kept credit away again', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const over = value(
      await registerPayment(db, invoice.id, pay(30000, { overpayment: 'keepAsCredit' })),
    );
    value(await reversePayment(db, over.payment.id, { date: TODAY, reason: 'Bounced' }));
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(0);
    expect((await db.documents.get(invoice.id))?.balance).toBe(DUE);
  });
});

describe('payment journal and atomicity', () => {
  it('every journal entry written by payments, reversals and credit balances', async () => {
    const { db, acme } = await company();
    const first = await postedInvoice(db, acme.id);
    const next = await postedInvoice(db, acme.id);
    const a = value(await registerPayment(db, first.id, pay(10000)));
    value(await registerPayment(db, first.id, pay(30000, { overpayment: 'keepAsCredit' })));
    value(await applyCustomerCredit(db, next.id, { today: TODAY }));
    value(await reversePayment(db, a.payment.id, { date: TODAY, reason: 'Duplicate' }));
    const entries = await db.journal.toArray();
    const types = entries.map((entry) => entry.sourceType).sort();
    expect(types).toEqual([
      'creditApplication',
      'invoice',
      'invoice',
      'payment',
      'payment',
      'paymentReversal',
    ]);
    for (const entry of entries) expect(isBalanced(entry)).toBe(true);
  });

  it('an error thrown in the middle of a payment writes nothing', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const paid = value(await registerPayment(db, invoice.id, pay(10000)));
    for (const step of ['afterPaymentRecord', 'afterInvoiceUpdate'] as const) {
      const before = await snapshot(db);
      const faults = {
        [step]: () => {
          throw new Error(`fault ${step}`);
        },
      };
      await expect(registerPayment(db, invoice.id, { ...pay(500), faults })).rejects.toThrow(
        'fault',
      );
      await expect(
        reversePayment(db, paid.payment.id, { date: TODAY, reason: '', faults }),
      ).rejects.toThrow('fault');
      expect(await snapshot(db)).toBe(before);
    }
  });
});
