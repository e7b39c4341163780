import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isBalanced } from '../../../../shared/journal/journalEntry';
import { refundOwed } from '../../../../shared/payments/invoiceSettlement';
import { cancelInvoice } from '../../../../renderer/data/creditNotesRepository';
import { customerCreditBalance } from '../../../../renderer/data/customerCreditRepository';
import { getDashboardFigures } from '../../../../renderer/data/dashboardRepository';
import { listPayments } from '../../../../renderer/data/paymentsRepository';
import { keepRefundAsCredit, registerRefund } from '../../../../renderer/data/refundsRepository';
import { addDraft, failure, TODAY, value } from './testDatabase';
import {
  accountBalances,
  company,
  creditFirstLine,
  DUE,
  EUR,
  paid,
  postedInvoice,
  refund,
  roles,
  snapshot,
} from './refundsTestData';

describe('registerRefund', () => {
  it('refunding a paid, cancelled invoice brings its balance to 0 and books receivables to bank', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    await paid(db, invoice);
    const cancelled = value(await cancelInvoice(db, invoice.id, { today: TODAY })).invoice;
    expect(cancelled).toMatchObject({ status: 'cancelled', balance: -DUE });
    expect(refundOwed(cancelled)).toBe(DUE);

    const { payment, invoice: after } = value(await registerRefund(db, invoice.id, refund(DUE)));
    expect(payment).toMatchObject({
      kind: 'refund',
      refundSource: 'invoice',
      amount: DUE,
      method: 'bankTransfer',
      reference: 'RF-1',
    });
    expect(after).toMatchObject({ paid: 0, balance: 0, status: 'cancelled' });
    expect(await db.documents.get(invoice.id)).toEqual(after);
    // Both are dated and created at the fixed test clock's noon, so compare them unordered.
    const kinds = (await listPayments(db, invoice.id)).map((record) => record.kind);
    expect(kinds.sort()).toEqual(['payment', 'refund']);
    // A refund of what the invoice owed back does not touch the customer's credit.
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(0);

    const entry = (await db.journal.toArray()).find((e) => e.sourceId === payment.id)!;
    const { receivables, bank } = await roles(db);
    expect(entry.sourceType).toBe('refund');
    expect(entry.lines).toEqual([
      { account: receivables, debit: DUE, credit: 0 },
      { account: bank, debit: 0, credit: DUE },
    ]);
    for (const each of await db.journal.toArray()) expect(isBalanced(each)).toBe(true);
    const sums = await accountBalances(db);
    expect(sums.get(receivables)).toBe(0);
    expect(sums.get(bank)).toBe(0);
    // Money received this year: 238.00 in, 238.00 back out.
    const [figures] = (await getDashboardFigures(db, TODAY)).currencies;
    expect(figures?.paidThisYear).toBe(0);
  });

  it('a refund above the refund owed, or of zero, is refused on the amount and writes nothing', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    await paid(db, invoice);
    await creditFirstLine(db, invoice);
    const before = await snapshot(db);
    const above = failure(await registerRefund(db, invoice.id, refund(119_01)));
    expect(above.code).toBe('INVALID');
    expect(above.issues).toEqual([
      { path: 'amount', message: expect.stringContaining('above the refund owed of €119.00') },
    ]);
    const zero = failure(await registerRefund(db, invoice.id, refund(0)));
    expect(zero.issues?.[0]?.path).toBe('amount');
    expect(await snapshot(db)).toBe(before);
  });

  it('an invoice that owes nothing back refuses a refund', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    await paid(db, invoice);
    const refused = failure(await registerRefund(db, invoice.id, refund(1_00)));
    expect(refused.code).toBe('ILLEGAL_TRANSITION');
    expect(refused.message).toContain('Nothing is owed back');
    const draft = await addDraft(db, acme.id);
    expect(failure(await registerRefund(db, draft.id, refund(1_00))).code).toBe(
      'ILLEGAL_TRANSITION',
    );
    expect(failure(await registerRefund(db, 'no-such-id', refund(1_00))).code).toBe('NOT_FOUND');
  });

  it('a partial refund of a partly credited paid invoice leaves the rest owed and the invoice paid', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    await paid(db, invoice);
    const credited = await creditFirstLine(db, invoice);
    expect(credited).toMatchObject({ status: 'paid', credited: 119_00, balance: -119_00 });
    const { invoice: after } = value(
      await registerRefund(db, invoice.id, { ...refund(50_00), method: 'cash' }),
    );
    expect(after).toMatchObject({ status: 'paid', paid: 188_00, balance: -69_00 });
    expect(refundOwed(after)).toBe(69_00);
    const { cash } = await roles(db);
    expect((await accountBalances(db)).get(cash)).toBe(-50_00);
  });
});

describe('refunds are atomic', () => {
  it('an error thrown between the writes of a refund or of keeping credit writes nothing', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    await paid(db, invoice);
    await cancelInvoice(db, invoice.id, { today: TODAY });
    for (const step of ['afterPaymentRecord', 'afterInvoiceUpdate'] as const) {
      const before = await snapshot(db);
      const faults = {
        [step]: () => {
          throw new Error(`fault ${step}`);
        },
      };
      await expect(registerRefund(db, invoice.id, { ...refund(10_00), faults })).rejects.toThrow(
        'fault',
      );
      await expect(keepRefundAsCredit(db, invoice.id, { date: TODAY, faults })).rejects.toThrow(
        'fault',
      );
      expect(await snapshot(db)).toBe(before);
    }
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(0);
  });
});
