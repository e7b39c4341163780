import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBalanced } from '../../../../shared/journal/journalEntry';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import type { Payment } from '../../../../shared/schemas/payment';
import {
  applyCustomerCredit,
  customerCreditBalance,
} from '../../../../renderer/data/customerCreditRepository';
import type { InvoicerDb } from '../../../../renderer/data/db';
import { registerPayment, reversePayment } from '../../../../renderer/data/paymentsRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from './testDatabase';

// Each run builds a fresh IndexedDB (fake-indexeddb), posts two invoices and replays up to
// 12 operations, each a real Dexie transaction: about 0.2 s a run. 10,000 runs would take over
// half an hour, so the DB-level property runs at most 100 cases; the arithmetic itself is
// covered at PROPERTY_RUNS by the shared/payments property tests.
const DB_RUNS = Math.min(PROPERTY_RUNS, 100);
const EUR = currencyCode('EUR');

type Operation =
  | { type: 'pay'; invoice: 0 | 1; amount: number; keep: boolean }
  | { type: 'reverse'; pick: number }
  | { type: 'credit'; invoice: 0 | 1 };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    type: fc.constant('pay' as const),
    invoice: fc.constantFrom(0 as const, 1 as const),
    amount: fc.integer({ min: -100, max: 40_000 }),
    keep: fc.boolean(),
  }),
  fc.record({ type: fc.constant('reverse' as const), pick: fc.nat() }),
  fc.record({
    type: fc.constant('credit' as const),
    invoice: fc.constantFrom(0 as const, 1 as const),
  }),
);

async function setUp() {
  const db = freshDb();
  await setUpCompany(db);
  const acme = await addCustomer(db, 'Acme SARL');
  const invoices = [];
  for (let i = 0; i < 2; i += 1) {
    const draft = await addDraft(db, acme.id, {
      lines: [line('2', '100')],
      change: (doc) => ({ ...doc, allowPartialPayment: true, minimumPartialAmount: minor(1000) }),
    });
    invoices.push(value(await postDocument(db, draft.id, { today: TODAY })).id);
  }
  return { db, customerId: acme.id, invoices };
}

async function run(db: InvoicerDb, invoices: string[], op: Operation): Promise<void> {
  if (op.type === 'pay') {
    await registerPayment(db, invoices[op.invoice]!, {
      amount: minor(op.amount),
      date: TODAY,
      method: 'bankTransfer',
      overpayment: op.keep ? 'keepAsCredit' : 'refuse',
    });
  } else if (op.type === 'credit') {
    await applyCustomerCredit(db, invoices[op.invoice]!, { today: TODAY });
  } else {
    const payments = (await db.payments.toArray()).filter((p) => p.kind === 'payment');
    const chosen = payments[op.pick % Math.max(payments.length, 1)];
    if (chosen) await reversePayment(db, chosen.id, { date: TODAY, reason: 'Test' });
  }
}

/** What the records say an invoice has received: payments net of reversals, plus credit. */
function paidFromRecords(records: Payment[], invoiceId: string): number {
  const byId = new Map(records.map((record) => [record.id, record]));
  return records
    .filter((record) => record.invoiceId === invoiceId)
    .reduce((sum, record) => {
      if (record.kind === 'payment') return sum + record.amount - record.excessAsCredit;
      if (record.kind === 'creditApplication') return sum + record.amount;
      if (record.kind === 'reversal') {
        const original = byId.get(record.reversesPaymentId ?? '');
        return sum - (original ? original.amount - original.excessAsCredit : 0);
      }
      return sum;
    }, 0);
}

describe('payment sequences', () => {
  it('balance = amount due − payments − credits, never negative, journal balanced', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 12 }), async (operations) => {
        const { db, customerId, invoices } = await setUp();
        for (const op of operations) await run(db, invoices, op);
        const records = await db.payments.toArray();
        for (const id of invoices) {
          const invoice = (await db.documents.get(id))!;
          const paid = paidFromRecords(records, id);
          expect(invoice.paid).toBe(paid);
          expect(invoice.balance).toBe(invoice.amountDue - paid - invoice.credited);
          expect(invoice.balance).toBeGreaterThanOrEqual(0);
          const status = invoice.balance === 0 ? 'paid' : paid > 0 ? 'partiallyPaid' : 'posted';
          expect(invoice.status).toBe(status);
        }
        expect(await customerCreditBalance(db, customerId, EUR)).toBeGreaterThanOrEqual(0);
        for (const entry of await db.journal.toArray()) expect(isBalanced(entry)).toBe(true);
        db.close();
      }),
      { numRuns: DB_RUNS },
    );
  }, 120_000);
});
