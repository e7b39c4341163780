import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../shared/dates/isoDate';
import type { InvoicerDb } from '../../../../renderer/data/db';
import { createCreditNoteDraft } from '../../../../renderer/data/creditNotesRepository';
import {
  journalTrialBalance,
  listJournalEntries,
  NO_JOURNAL_FILTER,
  sourceDocumentIds,
} from '../../../../renderer/data/journalQueries';
import { registerPayment, reversePayment } from '../../../../renderer/data/paymentsRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
import { addCustomer, addDraft, freshDb, line, setUpCompany, TODAY, value } from './testDatabase';

/** Posts three invoices (Jan 19 %, Feb 7 %, Mar 19 %) and returns their numbers, oldest first. */
async function threeInvoices(db: InvoicerDb): Promise<string[]> {
  await setUpCompany(db);
  const customer = await addCustomer(db, 'Euro Kunde');
  const numbers: string[] = [];
  for (const [date, rate] of [
    ['2026-01-10', '19'],
    ['2026-02-10', '7'],
    ['2026-03-10', '19'],
  ] as const) {
    const draft = await addDraft(db, customer.id, {
      issueDate: isoDate(date),
      lines: [line('1', '100', { vatRate: rate })],
    });
    numbers.push(value(await postDocument(db, draft.id, { today: TODAY })).number ?? '');
  }
  return numbers;
}

describe('journal queries', () => {
  it('lists entries newest first and pages them', async () => {
    const db = freshDb();
    const numbers = await threeInvoices(db);
    const first = await listJournalEntries(db, NO_JOURNAL_FILTER, 0, 2);
    expect(first.entries.map((entry) => entry.source.reference)).toEqual([numbers[2], numbers[1]]);
    expect(first.hasMore).toBe(true);
    const second = await listJournalEntries(db, NO_JOURNAL_FILTER, 2, 2);
    expect(second.entries.map((entry) => entry.source.reference)).toEqual([numbers[0]]);
    expect(second.hasMore).toBe(false);
  });

  it('filters by date range, account and document number', async () => {
    const db = freshDb();
    const numbers = await threeInvoices(db);
    const refs = async (filter: Partial<typeof NO_JOURNAL_FILTER>) =>
      (await listJournalEntries(db, { ...NO_JOURNAL_FILTER, ...filter }, 0, 10)).entries.map(
        (entry) => entry.source.reference,
      );
    expect(await refs({ from: isoDate('2026-02-01'), to: isoDate('2026-02-28') })).toEqual([
      numbers[1],
    ]);
    expect(await refs({ account: '2210' })).toEqual([numbers[1]]);
    expect(await refs({ account: '1000' })).toEqual([]);
    expect(await refs({ documentNumber: (numbers[0] ?? '').toLowerCase() })).toEqual([numbers[0]]);
  });

  it('the trial balance of the filtered entries has equal debit and credit totals', async () => {
    const db = freshDb();
    await threeInvoices(db);
    const [euro] = await journalTrialBalance(db, NO_JOURNAL_FILTER);
    // 119 + 107 + 119 = 345.00 receivable; 300.00 revenue; 38.00 + 7.00 VAT.
    expect(euro?.totals).toEqual({ debit: 34500, credit: 34500, balance: 0 });
    const march = await journalTrialBalance(db, {
      ...NO_JOURNAL_FILTER,
      from: isoDate('2026-03-01'),
    });
    expect(march[0]?.totals.debit).toBe(11900);
  });
});

describe('sourceDocumentIds', () => {
  it('links invoices and credit notes to themselves, payments and their reversals to their invoice', async () => {
    const db = freshDb();
    await setUpCompany(db);
    const customer = await addCustomer(db, 'Euro Kunde');
    const draft = await addDraft(db, customer.id, { lines: [line('2', '100')] });
    const invoice = value(await postDocument(db, draft.id, { today: TODAY }));
    const paid = value(
      await registerPayment(db, invoice.id, {
        amount: invoice.balance,
        date: TODAY,
        method: 'bankTransfer',
        overpayment: 'refuse',
      }),
    );
    value(await reversePayment(db, paid.payment.id, { date: TODAY, reason: 'Wrong invoice' }));
    const credit = value(
      await createCreditNoteDraft(db, invoice.id, {
        kind: 'lines',
        lines: [{ lineId: invoice.lines[0]!.id, quantity: '1' }],
      }),
    );
    value(await postDocument(db, credit.id, { today: TODAY }));
    const { entries } = await listJournalEntries(db, NO_JOURNAL_FILTER, 0, 10);
    const targets = await sourceDocumentIds(db, entries);
    const byType = Object.fromEntries(
      entries.map((entry) => [entry.sourceType, targets[entry.id] ?? null]),
    );
    expect(byType).toEqual({
      invoice: invoice.id,
      creditNote: credit.id,
      payment: invoice.id,
      paymentReversal: invoice.id,
    });
    expect(entries).toHaveLength(4);
  });
});
