import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isBalanced } from '../../../../shared/journal/journalEntry';
import { minor } from '../../../../shared/money/minor';
import { cancelInvoice } from '../../../../renderer/data/creditNotesRepository';
import {
  applyCustomerCredit,
  customerCreditBalance,
} from '../../../../renderer/data/customerCreditRepository';
import { getDashboardFigures } from '../../../../renderer/data/dashboardRepository';
import { keepRefundAsCredit, registerRefund } from '../../../../renderer/data/refundsRepository';
import { failure, TODAY, value } from './testDatabase';
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

describe('keepRefundAsCredit', () => {
  it('keeps the refund owed as customer credit, which then settles the next invoice', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    await paid(db, invoice);
    await cancelInvoice(db, invoice.id, { today: TODAY });

    const kept = value(await keepRefundAsCredit(db, invoice.id, { date: TODAY }));
    expect(kept.payment).toMatchObject({ kind: 'creditFromInvoice', amount: DUE });
    expect(kept.payment.refundSource).toBeUndefined();
    expect(kept.invoice).toMatchObject({ paid: 0, balance: 0, status: 'cancelled' });
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(DUE);
    const { receivables, customerCredit } = await roles(db);
    const entry = (await db.journal.toArray()).find((e) => e.sourceId === kept.payment.id)!;
    expect(entry.lines).toEqual([
      { account: receivables, debit: DUE, credit: 0 },
      { account: customerCredit, debit: 0, credit: DUE },
    ]);
    // No money moved: the money received this year is still the 238.00 paid.
    const [figures] = (await getDashboardFigures(db, TODAY)).currencies;
    expect(figures?.paidThisYear).toBe(DUE);
    // Keeping it twice is refused: nothing is owed back any more.
    expect(failure(await keepRefundAsCredit(db, invoice.id, { date: TODAY })).code).toBe(
      'ILLEGAL_TRANSITION',
    );

    const next = await postedInvoice(db, acme.id);
    const applied = value(await applyCustomerCredit(db, next.id, { today: TODAY }));
    expect(applied.invoice).toMatchObject({ paid: DUE, balance: 0, status: 'paid' });
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(0);
    for (const each of await db.journal.toArray()) expect(isBalanced(each)).toBe(true);
    const sums = await accountBalances(db);
    expect(sums.get(customerCredit) ?? 0).toBe(0);
    expect(sums.get(receivables)).toBe(0);
  });

  it('keeps only part as credit when asked, and refuses more than is owed on the amount', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    await paid(db, invoice);
    await creditFirstLine(db, invoice);
    const before = await snapshot(db);
    const above = failure(
      await keepRefundAsCredit(db, invoice.id, { date: TODAY, amount: minor(200_00) }),
    );
    expect(above.issues?.[0]?.path).toBe('amount');
    expect(await snapshot(db)).toBe(before);
    value(await registerRefund(db, invoice.id, refund(19_00)));
    const kept = value(await keepRefundAsCredit(db, invoice.id, { date: TODAY }));
    expect(kept.payment.amount).toBe(100_00);
    expect(kept.invoice).toMatchObject({ paid: 119_00, balance: 0, status: 'paid' });
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(100_00);
  });
});
