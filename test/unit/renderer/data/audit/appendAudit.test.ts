import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../../../shared/schemas/auditRecord';
import { appendAudit } from '../../../../../renderer/data/audit/appendAudit';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import {
  cancelInvoice,
  createCreditNoteDraft,
} from '../../../../../renderer/data/creditNotesRepository';
import { applyCustomerCredit } from '../../../../../renderer/data/customerCreditRepository';
import { openInvoicerDb } from '../../../../../renderer/data/db';
import {
  markAsPaid,
  registerPayment,
  reversePayment,
} from '../../../../../renderer/data/paymentsRepository';
import { postDocument, type PostingFaults } from '../../../../../renderer/data/postDocument';
import { keepRefundAsCredit, registerRefund } from '../../../../../renderer/data/refundsRepository';
import { addDraft, line, TODAY, value } from '../testDatabase';
import { auditedCompany, pay, postInvoice } from './auditLedger';

describe('the audit chain as documents and payments are posted', () => {
  it('each post of an invoice, credit note and payment appends one linked record', async () => {
    const { db, acme } = await auditedCompany();
    const first = await postInvoice(db, acme.id);
    const second = await postInvoice(db, acme.id);
    const payment = value(await registerPayment(db, first.id, pay(10000)));
    const reversal = value(
      await reversePayment(db, payment.payment.id, { date: TODAY, reason: 'Wrong invoice' }),
    );
    const overpaid = value(await registerPayment(db, first.id, pay(30000, 'keepAsCredit')));
    const applied = value(await applyCustomerCredit(db, second.id, { today: TODAY }));
    const noteDraft = value(
      await createCreditNoteDraft(db, second.id, {
        kind: 'lines',
        lines: [{ lineId: second.lines[1]!.id, quantity: '1' }],
      }),
    );
    const note = value(await postDocument(db, noteDraft.id, { today: TODAY }));
    const third = await postInvoice(db, acme.id);
    const cancelled = value(await cancelInvoice(db, third.id, { today: TODAY }));
    const fourth = await postInvoice(db, acme.id);
    const paidInFull = value(await markAsPaid(db, fourth.id, { today: TODAY }));

    const records = await db.audit.orderBy(':id').toArray();
    expect(records.map((record) => [record.seq, record.sourceType, record.sourceId])).toEqual([
      [1, 'invoice', first.id],
      [2, 'invoice', second.id],
      [3, 'payment', payment.payment.id],
      [4, 'payment', reversal.payment.id],
      [5, 'payment', overpaid.payment.id],
      [6, 'payment', applied.payment.id],
      [7, 'creditNote', note.id],
      [8, 'invoice', third.id],
      [9, 'creditNote', cancelled.creditNote.id],
      [10, 'invoice', fourth.id],
      [11, 'payment', paidInFull.payment.id],
    ]);
    expect(records[0]!.previousHash).toBe(GENESIS_HASH);
    for (const [index, record] of records.entries()) {
      if (index > 0) expect(record.previousHash).toBe(records[index - 1]!.hash);
    }
    expect(records[0]!.at).toBe(first.posted!.postedAt);
    expect(records[2]!.at).toBe(payment.payment.createdAt);
    // The invoices were paid, credited and cancelled since they were posted: still all match.
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: 11 });
  });

  it('a refund paid out and a refund kept as credit each append a payment record', async () => {
    const { db, acme } = await auditedCompany();
    const invoices = [await postInvoice(db, acme.id), await postInvoice(db, acme.id)];
    for (const invoice of invoices) {
      value(await markAsPaid(db, invoice.id, { today: TODAY }));
      value(await cancelInvoice(db, invoice.id, { today: TODAY }));
    }
    const refund = value(
      await registerRefund(db, invoices[0]!.id, {
        amount: invoices[0]!.amountDue,
        date: TODAY,
        method: 'bankTransfer',
      }),
    );
    const kept = value(await keepRefundAsCredit(db, invoices[1]!.id, { date: TODAY }));
    const records = await db.audit.orderBy(':id').toArray();
    expect(records.slice(-2).map((record) => [record.sourceType, record.sourceId])).toEqual([
      ['payment', refund.payment.id],
      ['payment', kept.payment.id],
    ]);
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: 8 });
  });

  it('saving and deleting drafts and sending quotes append nothing', async () => {
    const { db, acme } = await auditedCompany();
    const quote = await addDraft(db, acme.id, { kind: 'quote', lines: [line('1', '10')] });
    value(await postDocument(db, quote.id, { today: TODAY }));
    await addDraft(db, acme.id);
    expect(await db.audit.count()).toBe(0);
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: 0 });
  });

  it('a refused posting appends nothing', async () => {
    const { db, acme } = await auditedCompany();
    const invoice = await postInvoice(db, acme.id);
    const refused = await registerPayment(db, invoice.id, pay(99_999_999));
    expect(refused.ok).toBe(false);
    expect(await db.audit.count()).toBe(1);
  });

  it('appending outside a read-write transaction with the audit table is refused', async () => {
    const { db, acme } = await auditedCompany();
    const invoice = await postInvoice(db, acme.id);
    await expect(appendAudit(db, 'invoice', invoice, invoice.posted!.postedAt)).rejects.toThrow(
      'inside the read-write transaction',
    );
    await expect(
      db.transaction('rw', db.documents, () =>
        appendAudit(db, 'invoice', invoice, invoice.posted!.postedAt),
      ),
    ).rejects.toThrow('inside the read-write transaction');
    expect(await db.audit.count()).toBe(1);
  });
});

describe('posting is all or nothing, audit record included', () => {
  const points: (keyof PostingFaults)[] = [
    'afterNumber',
    'afterFreeze',
    'afterJournal',
    'afterAudit',
  ];
  for (const point of points) {
    it(`an error ${point} leaves the draft, the counter and the audit chain as they were`, async () => {
      const { db, acme } = await auditedCompany();
      await postInvoice(db, acme.id);
      const draft = await addDraft(db, acme.id);
      const before = JSON.stringify({
        draft: await db.documents.get(draft.id),
        settings: await db.settings.toArray(),
        audit: await db.audit.toArray(),
      });
      const faults = {
        [point]: () => {
          throw new Error(`fault ${point}`);
        },
      };
      await expect(postDocument(db, draft.id, { today: TODAY, faults })).rejects.toThrow(point);
      const after = JSON.stringify({
        draft: await db.documents.get(draft.id),
        settings: await db.settings.toArray(),
        audit: await db.audit.toArray(),
      });
      expect(after).toBe(before);
      expect(await verifyIntegrity(db)).toEqual({ ok: true, count: 1 });
      const posted = value(await postDocument(db, draft.id, { today: TODAY }));
      expect(posted.number).toBe('INV-2026-0002');
      expect(await verifyIntegrity(db)).toEqual({ ok: true, count: 2 });
    });
  }

  it('an error after the audit record of a credit note leaves its invoice uncredited', async () => {
    const { db, acme } = await auditedCompany();
    const invoice = await postInvoice(db, acme.id);
    const draft = value(await createCreditNoteDraft(db, invoice.id, { kind: 'all' }));
    const faults = {
      afterAudit: () => {
        throw new Error('fault');
      },
    };
    await expect(postDocument(db, draft.id, { today: TODAY, faults })).rejects.toThrow('fault');
    expect(await db.documents.get(invoice.id)).toEqual(invoice);
    expect(await db.audit.count()).toBe(1);
  });
});

describe('two windows posting at once', () => {
  it('still build one valid chain without gaps', async () => {
    const { db, acme } = await auditedCompany();
    const invoices = [await postInvoice(db, acme.id), await postInvoice(db, acme.id)];
    const drafts = await Promise.all([1, 2, 3, 4].map(() => addDraft(db, acme.id)));
    const other = openInvoicerDb(db.name);
    const results = await Promise.all([
      ...drafts.map((draft, index) =>
        postDocument(index % 2 === 0 ? db : other, draft.id, { today: TODAY }),
      ),
      registerPayment(db, invoices[0]!.id, pay(5000)),
      registerPayment(other, invoices[1]!.id, pay(7000)),
      registerPayment(other, invoices[0]!.id, pay(1000)),
    ]);
    for (const result of results) expect(result.ok).toBe(true);
    const records = await db.audit.orderBy(':id').toArray();
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await verifyIntegrity(other)).toEqual({ ok: true, count: 9 });
    other.close();
  });
});
