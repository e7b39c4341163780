import Dexie from 'dexie';
import fc from 'fast-check';
import { expect } from 'vitest';
import { addDays } from '../../../../../shared/dates/isoDate';
import { minor } from '../../../../../shared/money/minor';
import type { SalesDocument } from '../../../../../shared/schemas/document';
import type { Payment } from '../../../../../shared/schemas/payment';
import {
  cancelInvoice,
  createCreditNoteDraft,
} from '../../../../../renderer/data/creditNotesRepository';
import { applyCustomerCredit } from '../../../../../renderer/data/customerCreditRepository';
import type { InvoicerDb, StoredDocument } from '../../../../../renderer/data/db';
import { deleteDraft } from '../../../../../renderer/data/documentsRepository';
import { registerPayment, reversePayment } from '../../../../../renderer/data/paymentsRepository';
import { postDocument } from '../../../../../renderer/data/postDocument';
import { keepRefundAsCredit, registerRefund } from '../../../../../renderer/data/refundsRepository';
import { addCustomer, addDraft, freshDb, setUpCompany, TODAY, value } from '../testDatabase';

// The writes of the middleware's property test (derivedTablesMiddleware.test.ts): what the
// app's repositories do (drafts, posting, payments, reversals, credit notes, cancelling,
// refunds, credit kept and applied, deleting drafts, a posting in a transaction that fails)
// and raw table calls any code could make (put, bulkPut with a key twice, bulkAdd with
// duplicate keys caught inside a transaction, delete, bulkDelete, modify, a key range
// deleted, clear). Every write picks its record among those stored at the time.

const pick = <T>(list: readonly T[], at: number): T | undefined =>
  list[at % Math.max(1, list.length)];

export async function company() {
  const db = freshDb();
  await setUpCompany(db);
  const customers = [
    await addCustomer(db, 'Euro Kunde'),
    await addCustomer(db, 'Yankee Inc', { currency: 'USD' }),
  ] as const;
  return { db, customers };
}

/** An invoice that takes partial payments of any amount. */
const partial = (doc: SalesDocument) =>
  ({ ...doc, allowPartialPayment: true, minimumPartialAmount: minor(0) }) as SalesDocument;

/**
 * A company with something to work on: posted invoices in two currencies taking partial
 * payments, one of them paid and credited; drafts, one of them from long ago.
 */
export async function books() {
  const { db, customers } = await company();
  for (const [customer, issued] of [
    [0, -40],
    [0, -5],
    [1, -20],
  ] as const) {
    const issueDate = addDays(TODAY, issued);
    const draft = await addDraft(db, customers[customer].id, { issueDate, change: partial });
    const invoice = value(await postDocument(db, draft.id, { today: TODAY }));
    if (issued === -40) {
      // Paid, then credited in full: its refund owed can be paid out or kept as credit.
      const paid = { amount: invoice.balance, date: TODAY, method: 'cash' } as const;
      value(await registerPayment(db, invoice.id, { ...paid, overpayment: 'refuse' }));
      const credit = value(await createCreditNoteDraft(db, invoice.id, { kind: 'all' }));
      value(await postDocument(db, credit.id, { today: TODAY }));
    }
  }
  await addDraft(db, customers[0].id, { change: partial });
  await addDraft(db, customers[1].id, { issueDate: addDays(TODAY, -400) });
  return { db, customers };
}

const documents = (db: InvoicerDb, keep: (doc: StoredDocument) => boolean) =>
  db.documents.toArray().then((all) => all.filter(keep));
const openInvoices = (db: InvoicerDb) =>
  documents(db, (doc) => doc.kind === 'invoice' && doc.status !== 'draft');

const at = fc.nat({ max: 50 });
const day = fc.integer({ min: -400, max: 20 });
const amount = fc.integer({ min: -100, max: 300_00 });
const often = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 4 });
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) => ({ arbitrary, weight: 2 });
// Clearing a table leaves little for the steps after it, so it comes rarely.
export const operation = fc.oneof(
  sometimes(fc.record({ op: fc.constant('draft'), customer: at, day, quote: fc.boolean() })),
  often(fc.record({ op: fc.constant('post'), at })),
  often(fc.record({ op: fc.constant('pay'), at, amount, day })),
  sometimes(fc.record({ op: fc.constant('reverse'), at })),
  sometimes(fc.record({ op: fc.constant('credit'), at })),
  sometimes(fc.record({ op: fc.constant('cancel'), at })),
  often(fc.record({ op: fc.constant('refund'), at, amount, keep: fc.boolean() })),
  sometimes(fc.record({ op: fc.constant('applyCredit'), at })),
  sometimes(fc.record({ op: fc.constant('deleteDraft'), at })),
  sometimes(fc.record({ op: fc.constant('failedPost'), at })),
  often(
    fc.record({
      op: fc.constant('put'),
      at,
      amount,
      day,
      status: fc.constantFrom('posted', 'paid'),
    }),
  ),
  sometimes(fc.record({ op: fc.constant('bulkPut'), at, amount })),
  sometimes(fc.record({ op: fc.constant('bulkAddDuplicate'), at, amount, day })),
  sometimes(fc.record({ op: fc.constant('delete'), at, payments: fc.boolean() })),
  sometimes(fc.record({ op: fc.constant('bulkDelete'), at, payments: fc.boolean() })),
  sometimes(fc.record({ op: fc.constant('modify'), amount })),
  sometimes(fc.record({ op: fc.constant('deleteRange'), at })),
  { arbitrary: fc.record({ op: fc.constant('clear'), payments: fc.boolean() }), weight: 1 },
);
export type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/** Runs one write as the app or a raw table call would; refusals are fine, totals must hold. */
export async function run(db: InvoicerDb, customers: readonly { id: string }[], step: Operation) {
  const today = TODAY;
  switch (step.op) {
    case 'draft': {
      const customer = pick(customers, step.customer)!;
      const issueDate = addDays(today, step.day);
      const kind = step.quote ? 'quote' : 'invoice';
      await addDraft(db, customer.id, {
        kind,
        issueDate,
        change: step.quote ? undefined : partial,
      });
      return;
    }
    case 'post':
    case 'failedPost': {
      const draft = pick(await documents(db, (doc) => doc.status === 'draft'), step.at);
      if (!draft) return;
      if (step.op === 'post') return void (await postDocument(db, draft.id, { today }));
      // Posted, then the surrounding transaction fails: nothing of it may stay.
      await db
        .transaction('rw', db.tables, async () => {
          await postDocument(db, draft.id, { today });
          throw new Error('fails after posting');
        })
        .catch(() => undefined);
      return;
    }
    case 'pay': {
      const invoice = pick(await openInvoices(db), step.at);
      if (!invoice) return;
      const input = { amount: minor(step.amount), date: addDays(today, step.day) };
      await registerPayment(db, invoice.id, {
        ...input,
        method: 'bankTransfer',
        overpayment: step.amount % 2 === 0 ? 'keepAsCredit' : 'refuse',
      });
      return;
    }
    case 'reverse': {
      const payment = pick(await db.payments.toArray(), step.at);
      if (payment) await reversePayment(db, payment.id, { date: today, reason: 'mistake' });
      return;
    }
    case 'credit': {
      const invoice = pick(await openInvoices(db), step.at);
      if (!invoice) return;
      const draft = await createCreditNoteDraft(db, invoice.id, { kind: 'all' });
      if (draft.ok) await postDocument(db, draft.value.id, { today });
      return;
    }
    case 'cancel': {
      const invoice = pick(await openInvoices(db), step.at);
      if (invoice) await cancelInvoice(db, invoice.id, { today });
      return;
    }
    case 'refund': {
      const invoice = pick(await openInvoices(db), step.at);
      if (!invoice) return;
      const input = { amount: minor(step.amount), date: today };
      if (step.keep) await keepRefundAsCredit(db, invoice.id, input);
      else await registerRefund(db, invoice.id, { ...input, method: 'cash' });
      return;
    }
    case 'applyCredit': {
      const invoice = pick(await openInvoices(db), step.at);
      if (invoice) await applyCustomerCredit(db, invoice.id, { today });
      return;
    }
    case 'deleteDraft': {
      const draft = pick(await documents(db, (doc) => doc.status === 'draft'), step.at);
      if (draft) await deleteDraft(db, draft.id);
      return;
    }
    case 'put': {
      // A raw write of fields the totals read, outside any explicit transaction.
      const doc = pick(await db.documents.toArray(), step.at);
      if (!doc) return;
      const dueDateKey = step.day % 3 === 0 ? '' : addDays(today, step.day);
      await db.documents.put({
        ...doc,
        status: step.status,
        balance: minor(step.amount),
        dueDateKey,
      } as StoredDocument);
      return;
    }
    case 'bulkPut': {
      // The same record twice in one request: the second write is the one that stays.
      const all = await db.documents.toArray();
      const doc = pick(all, step.at);
      if (!doc) return;
      const changed = { ...doc, netTotal: minor(step.amount) };
      await db.documents.bulkPut([...all.slice(0, 2), changed, { ...changed, netTotal: minor(7) }]);
      return;
    }
    case 'bulkAddDuplicate': {
      const existing = pick(await db.payments.toArray(), step.at);
      const record = (id: string): Payment =>
        ({
          ...(existing ?? {
            invoiceId: 'x',
            customerId: 'y',
            method: 'cash',
            reference: '',
            note: '',
            reversesPaymentId: null,
            excessAsCredit: 0,
            createdAt: `${today}T10:00:00.000Z`,
          }),
          id,
          kind: 'payment',
          amount: minor(Math.abs(step.amount) + 1),
          currency: existing?.currency ?? 'EUR',
          date: addDays(today, step.day),
        }) as Payment;
      const id = `raw-${step.amount}-${step.day}`;
      await db.transaction('rw', db.payments, async () => {
        await db.payments
          .bulkAdd([
            record(id),
            ...(existing ? [record(existing.id)] : []),
            record(id),
            record(`${id}-b`),
          ])
          .catch((error: unknown) => expect(error).toBeInstanceOf(Dexie.BulkError));
      });
      return;
    }
    case 'delete':
    case 'bulkDelete': {
      const table = step.payments ? db.payments : db.documents;
      const keys = (await table.toCollection().primaryKeys()) as string[];
      const chosen =
        step.op === 'delete' ? [pick(keys, step.at)] : keys.filter((_, i) => i % 2 === step.at % 2);
      if (step.op === 'delete') await table.delete(chosen[0] ?? 'none');
      else await table.bulkDelete([...chosen, 'not-there'] as string[]);
      return;
    }
    case 'modify':
      await db.documents
        .where('kind')
        .equals('invoice')
        .modify((doc) => {
          doc.balance = minor(doc.balance + step.amount);
        })
        .catch(() => undefined);
      return;
    case 'deleteRange': {
      // A range of primary keys: Dexie deletes it with one deleteRange request.
      const keys = ((await db.documents.toCollection().primaryKeys()) as string[]).sort();
      if (keys.length === 0) return;
      const from = step.at % keys.length;
      const to = keys[Math.min(from + 2, keys.length - 1)]!;
      await db.documents.where(':id').between(keys[from]!, to, true, true).delete();
      return;
    }
    case 'clear':
      await (step.payments ? db.payments : db.documents).clear();
      return;
  }
}
