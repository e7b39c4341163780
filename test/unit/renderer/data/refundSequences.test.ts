import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBalanced } from '../../../../shared/journal/journalEntry';
import { minor } from '../../../../shared/money/minor';
import { refundOwed } from '../../../../shared/payments/invoiceSettlement';
import { cancelInvoice } from '../../../../renderer/data/creditNotesRepository';
import { customerCreditBalance } from '../../../../renderer/data/customerCreditRepository';
import { keepRefundAsCredit, registerRefund } from '../../../../renderer/data/refundsRepository';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { TODAY } from './testDatabase';
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
} from './refundsTestData';

// Each run posts an invoice, pays it, credits one or both lines, then settles random amounts
// as refunds or kept credit: a real Dexie transaction each, in fake-indexeddb, so at most 200
// runs here; the arithmetic is covered at PROPERTY_RUNS by shared/payments/settleRefundOwed's.
const DB_RUNS = Math.min(PROPERTY_RUNS, 200);

type Step = { how: 'refund' | 'keep'; amount: number };
const steps = fc.array(
  fc.record({
    how: fc.constantFrom('refund' as const, 'keep' as const),
    amount: fc.integer({ min: -1_00, max: 250_00 }),
  }),
  { maxLength: 5 },
);

describe('refund sequences', () => {
  it('paid never goes below 0, the books agree with the invoice and the credit, every entry balances', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), steps, async (full, sequence: Step[]) => {
        const { db, acme } = await company();
        const invoice = await postedInvoice(db, acme.id);
        await paid(db, invoice);
        if (full) await cancelInvoice(db, invoice.id, { today: TODAY });
        else await creditFirstLine(db, invoice);
        for (const step of sequence) {
          const owed = refundOwed((await db.documents.get(invoice.id))!);
          const result =
            step.how === 'refund'
              ? await registerRefund(db, invoice.id, refund(step.amount))
              : await keepRefundAsCredit(db, invoice.id, {
                  date: TODAY,
                  amount: minor(step.amount),
                });
          expect(result.ok).toBe(step.amount > 0 && step.amount <= owed);
        }
        const after = (await db.documents.get(invoice.id))!;
        const records = await db.payments.toArray();
        const back = records
          .filter((record) => record.kind !== 'payment')
          .reduce((sum, record) => sum + record.amount, 0);
        expect(after.paid).toBe(DUE - back);
        expect(after.paid).toBeGreaterThanOrEqual(0);
        expect(after.balance).toBe(after.amountDue - after.paid - after.credited);
        expect(after.status).toBe(full ? 'cancelled' : 'paid');
        const kept = records
          .filter((record) => record.kind === 'creditFromInvoice')
          .reduce((sum, record) => sum + record.amount, 0);
        expect(await customerCreditBalance(db, acme.id, EUR)).toBe(kept);
        const { receivables, customerCredit } = await roles(db);
        const sums = await accountBalances(db);
        expect(sums.get(receivables)).toBe(after.balance);
        expect(0 - (sums.get(customerCredit) ?? 0)).toBe(kept);
        for (const entry of await db.journal.toArray()) expect(isBalanced(entry)).toBe(true);
        db.close();
      }),
      { numRuns: DB_RUNS },
    );
  }, 120_000);
});
