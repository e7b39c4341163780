import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { entryTotals, isBalanced } from '../../../../shared/journal/journalEntry';
import { minor } from '../../../../shared/money/minor';
import { refundOwed } from '../../../../shared/payments/invoiceSettlement';
import {
  cancelInvoice,
  createCreditNoteDraft,
} from '../../../../renderer/data/creditNotesRepository';
import type { InvoicerDb } from '../../../../renderer/data/db';
import { registerPayment } from '../../../../renderer/data/paymentsRepository';
import { postDocument } from '../../../../renderer/data/postDocument';
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

async function company() {
  const db = freshDb();
  await setUpCompany(db);
  const acme = await addCustomer(db, 'Acme SARL');
  return { db, acme };
}

// Three lines with amounts that round: 3 × 33.33 at 19 %, 7 × 12.345 at 7 %, 1 × 50 at 19 %.
async function postedInvoice(db: InvoicerDb, customerId: string) {
  const draft = await addDraft(db, customerId, {
    lines: [
      line('3', '33.33'),
      line('7', '12.345', { vatRate: '7', description: 'Books' }),
      line('1', '50', { description: 'Travel' }),
    ],
  });
  return value(await postDocument(db, draft.id, { today: TODAY }));
}

async function entriesOf(db: InvoicerDb, sourceId: string) {
  return (await db.journal.toArray()).filter((entry) => entry.sourceId === sourceId);
}

describe('posting a credit-note draft', () => {
  it('keeps each line matched to the invoice line it credits when a line credits nothing', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const [first, second, third] = invoice.lines;
    const draft = value(
      await createCreditNoteDraft(db, invoice.id, {
        kind: 'lines',
        lines: [
          { lineId: first!.id, quantity: '1' },
          { lineId: second!.id, quantity: '1' },
          { lineId: third!.id, quantity: '1' },
        ],
      }),
    );
    // The middle line credits nothing (stored directly: the editor refuses a 0 quantity).
    const edited = {
      ...draft,
      lines: draft.lines.map((l, index) => (index === 1 ? { ...l, quantity: '0' } : l)),
    };
    await db.documents.put(edited);
    const posted = value(await postDocument(db, draft.id, { today: TODAY }));
    expect(posted.lines.map((l) => [l.id, l.creditedLineId, l.description])).toEqual([
      [draft.lines[0]!.id, first!.id, first!.description],
      [draft.lines[2]!.id, third!.id, third!.description],
    ]);
  });
});

describe('cancelInvoice', () => {
  it('a full credit note cancels an open invoice exactly, with a mirrored journal', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const { creditNote, invoice: after } = value(
      await cancelInvoice(db, invoice.id, { today: TODAY }),
    );
    expect(creditNote).toMatchObject({
      kind: 'creditNote',
      status: 'posted',
      creditedInvoiceId: invoice.id,
      creditedInvoiceNumber: invoice.number,
      creditedInvoiceDate: invoice.issueDate,
      grossTotal: invoice.grossTotal,
    });
    expect(creditNote.number).not.toBe(invoice.number);
    expect(after).toMatchObject({ status: 'cancelled', balance: 0, credited: invoice.amountDue });
    const [invoiceEntry] = await entriesOf(db, invoice.id);
    const [creditEntry] = await entriesOf(db, creditNote.id);
    expect(isBalanced(creditEntry!)).toBe(true);
    const mirrored = invoiceEntry!.lines
      .map((l) => ({ account: l.account, debit: l.credit, credit: l.debit }))
      .sort((a, b) => a.account.localeCompare(b.account));
    const credited = creditEntry!.lines
      .map((l) => ({ account: l.account, debit: l.debit, credit: l.credit }))
      .sort((a, b) => a.account.localeCompare(b.account));
    expect(credited).toEqual(mirrored);
    expect(entryTotals(creditEntry!)).toEqual(entryTotals(invoiceEntry!));
    const again = failure(await cancelInvoice(db, invoice.id, { today: TODAY }));
    expect(again.message).toContain('already cancelled');
  });

  it('a draft invoice is not cancelled but must be deleted', async () => {
    const { db, acme } = await company();
    const draft = await addDraft(db, acme.id);
    const before = await db.documents.count();
    const refused = failure(await cancelInvoice(db, draft.id, { today: TODAY }));
    expect(refused.message).toContain('delete');
    expect(await db.documents.count()).toBe(before);
  });
});

describe('credit notes', () => {
  it('a partial credit of two lines reduces the balance and leaves the rest to credit', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const [first, second] = invoice.lines;
    const draft = value(
      await createCreditNoteDraft(db, invoice.id, {
        kind: 'lines',
        lines: [
          { lineId: first!.id, quantity: '1' },
          { lineId: second!.id, quantity: '7' },
        ],
      }),
    );
    expect(draft).toMatchObject({ kind: 'creditNote', status: 'draft', number: null });
    expect(draft.lines.map((l) => [l.creditedLineId, l.quantity])).toEqual([
      [first!.id, '1'],
      [second!.id, '7'],
    ]);
    const posted = value(await postDocument(db, draft.id, { today: TODAY }));
    const after = (await db.documents.get(invoice.id))!;
    expect(after.credited).toBe(posted.grossTotal);
    expect(after.balance).toBe(invoice.amountDue - posted.grossTotal);
    expect(after.status).toBe('posted');
    for (const entry of await db.journal.toArray()) expect(isBalanced(entry)).toBe(true);
    // Line two is credited in full now; crediting it again is refused.
    const over = failure(
      await createCreditNoteDraft(db, invoice.id, {
        kind: 'lines',
        lines: [{ lineId: second!.id, quantity: '1' }],
      }),
    );
    expect(over.code).toBe('INVALID');
    // The rest cancels the invoice exactly.
    const rest = value(await cancelInvoice(db, invoice.id, { today: TODAY }));
    expect(rest.invoice).toMatchObject({ status: 'cancelled', balance: 0 });
    expect(rest.invoice.credited).toBe(invoice.amountDue);
  });

  it('posting a draft that would now over-credit the invoice is refused', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const lineId = invoice.lines[0]!.id;
    const selection = { kind: 'lines' as const, lines: [{ lineId, quantity: '2' }] };
    const a = value(await createCreditNoteDraft(db, invoice.id, selection));
    const b = value(await createCreditNoteDraft(db, invoice.id, selection));
    value(await postDocument(db, a.id, { today: TODAY }));
    const before = JSON.stringify(await db.documents.get(invoice.id));
    const refused = failure(await postDocument(db, b.id, { today: TODAY }));
    expect(refused.code).toBe('INVALID');
    expect((await db.documents.get(b.id))?.status).toBe('draft');
    expect(JSON.stringify(await db.documents.get(invoice.id))).toBe(before);
  });

  it('an error while posting a credit note leaves the invoice and journal untouched', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    const draft = value(await createCreditNoteDraft(db, invoice.id, { kind: 'all' }));
    const before = JSON.stringify({
      documents: await db.documents.toArray(),
      journal: await db.journal.toArray(),
    });
    const faults = {
      afterJournal: () => {
        throw new Error('fault');
      },
    };
    await expect(postDocument(db, draft.id, { today: TODAY, faults })).rejects.toThrow('fault');
    const after = JSON.stringify({
      documents: await db.documents.toArray(),
      journal: await db.journal.toArray(),
    });
    expect(after).toBe(before);
  });

  it('crediting a paid invoice records a refund owed to the customer', async () => {
    const { db, acme } = await company();
    const invoice = await postedInvoice(db, acme.id);
    value(
      await registerPayment(db, invoice.id, {
        amount: invoice.amountDue,
        date: TODAY,
        method: 'bankTransfer',
        overpayment: 'refuse',
      }),
    );
    const draft = value(
      await createCreditNoteDraft(db, invoice.id, {
        kind: 'lines',
        lines: [{ lineId: invoice.lines[2]!.id, quantity: '1' }],
      }),
    );
    const posted = value(await postDocument(db, draft.id, { today: TODAY }));
    const after = (await db.documents.get(invoice.id))!;
    expect(posted.grossTotal).toBe(minor(5950));
    expect(after.status).toBe('paid');
    expect(after.balance).toBe(-5950);
    expect(refundOwed(after)).toBe(5950);
  });
});
