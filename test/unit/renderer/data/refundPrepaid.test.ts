import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { minor } from '../../../../shared/money/minor';
import { refundOwedSplit } from '../../../../shared/payments/settleRefundOwed';
import { cancelInvoice } from '../../../../renderer/data/creditNotesRepository';
import { customerCreditBalance } from '../../../../renderer/data/customerCreditRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { keepRefundAsCredit, registerRefund } from '../../../../renderer/data/refundsRepository';
import { addDraft, failure, line, TODAY, value } from './testDatabase';
import { company, EUR, paid, refund, snapshot } from './refundsTestData';

describe('a prepaid invoice credited in full', () => {
  // 1 × 84.03 at 19 %: gross 100.00; 40.00 prepaid before the invoice, so 60.00 due and paid
  // here. Credited in full, 100.00 is owed back, but only the 60.00 paid here can be settled.
  async function prepaidAndCancelled() {
    const { db, acme } = await company();
    const draft = await addDraft(db, acme.id, {
      lines: [line('1', '84.03')],
      change: (doc) => ({ ...doc, prepaid: minor(40_00) }),
    });
    const invoice = value(await postDocument(db, draft.id, { today: TODAY }));
    expect(invoice).toMatchObject({ amountDue: 60_00 });
    await paid(db, invoice, minor(60_00));
    const cancelled = value(await cancelInvoice(db, invoice.id, { today: TODAY })).invoice;
    expect(cancelled).toMatchObject({ status: 'cancelled', paid: 60_00, credited: 100_00 });
    return { db, acme, invoice: cancelled };
  }

  it('offers the 60.00 paid here of the 100.00 owed back, and names the 40.00 prepaid as settled outside', async () => {
    const { invoice } = await prepaidAndCancelled();
    expect(refundOwedSplit(invoice)).toEqual({ owed: 100_00, settleable: 60_00, outside: 40_00 });
  });

  it('keeping it as credit books the 60.00 offered, after which nothing is offered any more', async () => {
    const { db, acme, invoice } = await prepaidAndCancelled();
    const offered = refundOwedSplit(invoice).settleable;
    const kept = value(await keepRefundAsCredit(db, invoice.id, { date: TODAY, amount: offered }));
    expect(kept.payment).toMatchObject({ kind: 'creditFromInvoice', amount: 60_00 });
    expect(kept.invoice).toMatchObject({ paid: 0, balance: -40_00, status: 'cancelled' });
    expect(await customerCreditBalance(db, acme.id, EUR)).toBe(60_00);
    // The 40.00 prepaid is still owed back but was never paid here: no banner, no action.
    expect(refundOwedSplit(kept.invoice)).toEqual({ owed: 40_00, settleable: 0, outside: 40_00 });
    // Asked anyway, both refuse with why, and write nothing.
    const before = await snapshot(db);
    for (const refused of [
      failure(await keepRefundAsCredit(db, invoice.id, { date: TODAY })),
      failure(await registerRefund(db, invoice.id, refund(1_00))),
    ]) {
      expect(refused.code).toBe('ILLEGAL_TRANSITION');
      expect(refused.message).toContain('None of the refund owed of €40.00 was paid through');
    }
    expect(await snapshot(db)).toBe(before);
  });

  it('left to itself, keeping it as credit books the same 60.00 the screen offers', async () => {
    const { db, invoice } = await prepaidAndCancelled();
    const kept = value(await keepRefundAsCredit(db, invoice.id, { date: TODAY }));
    expect(kept.payment.amount).toBe(refundOwedSplit(invoice).settleable);
  });

  it('a refund of the whole 100.00 owed back is refused on the amount, naming the 60.00 paid here', async () => {
    const { db, invoice } = await prepaidAndCancelled();
    const before = await snapshot(db);
    const refused = failure(await registerRefund(db, invoice.id, refund(100_00)));
    expect(refused.issues).toEqual([
      {
        path: 'amount',
        message: expect.stringContaining('Only €60.00 was recorded as paid on this invoice'),
      },
    ]);
    expect(await snapshot(db)).toBe(before);
    const { invoice: after } = value(await registerRefund(db, invoice.id, refund(60_00)));
    expect(after).toMatchObject({ paid: 0, balance: -40_00 });
  });
});
