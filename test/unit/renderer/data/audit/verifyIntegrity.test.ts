import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { minor } from '../../../../../shared/money/minor';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import type { InvoicerDb } from '../../../../../renderer/data/db';
import { registerPayment } from '../../../../../renderer/data/paymentsRepository';
import { value } from '../testDatabase';
import { auditedCompany, pay, postInvoice } from './auditLedger';

/** Three posted invoices and a payment on the second: records 1, 2, 3 (payment), 4. */
async function ledger() {
  const { db, acme } = await auditedCompany();
  const first = await postInvoice(db, acme.id);
  const second = await postInvoice(db, acme.id);
  const payment = value(await registerPayment(db, second.id, pay(10000))).payment;
  const third = await postInvoice(db, acme.id);
  return { db, first, second, payment, third };
}

async function failureOf(db: InvoicerDb) {
  const report = await verifyIntegrity(db);
  if (report.ok) throw new Error('expected verification to fail');
  return report;
}

describe('verifyIntegrity', () => {
  it('finds every record matching after posting', async () => {
    const { db } = await ledger();
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: 4 });
  });

  it('names the invoice whose frozen line was edited directly in the database', async () => {
    const { db, second } = await ledger();
    const stored = (await db.documents.get(second.id))!;
    const [firstLine, ...rest] = stored.lines;
    await db.documents.put({ ...stored, lines: [{ ...firstLine!, unitPrice: '1' }, ...rest] });
    const report = await failureOf(db);
    expect(report.count).toBe(4);
    expect(report.failure).toMatchObject({
      seq: 2,
      reason: 'contentChanged',
      at: second.posted!.postedAt,
      source: { type: 'invoice', id: second.id, number: 'INV-2026-0002' },
    });
  });

  it('names the invoice whose frozen buyer or total was edited', async () => {
    const { db, third } = await ledger();
    const stored = (await db.documents.get(third.id))!;
    await db.documents.put({ ...stored, grossTotal: minor(stored.grossTotal - 100) });
    expect((await failureOf(db)).failure).toMatchObject({ seq: 4, reason: 'contentChanged' });
  });

  it('names a posted invoice set back to draft', async () => {
    const { db, first } = await ledger();
    await db.documents.put({ ...(await db.documents.get(first.id))!, status: 'draft' });
    expect((await failureOf(db)).failure).toMatchObject({ seq: 1, reason: 'contentChanged' });
  });

  it('names the payment whose amount was edited, with its invoice', async () => {
    const { db, payment } = await ledger();
    await db.payments.put({ ...payment, amount: minor(1) });
    expect((await failureOf(db)).failure).toMatchObject({
      seq: 3,
      reason: 'contentChanged',
      source: {
        type: 'payment',
        id: payment.id,
        payment: { kind: 'payment', amount: 1, currency: 'EUR' },
        invoiceNumber: 'INV-2026-0002',
      },
    });
  });

  it('names the record whose invoice was deleted', async () => {
    const { db, first } = await ledger();
    await db.documents.delete(first.id);
    expect((await failureOf(db)).failure).toMatchObject({
      seq: 1,
      reason: 'sourceMissing',
      source: { type: 'invoice', id: first.id, number: null },
    });
  });

  it('says the chain is broken where an audit record was deleted', async () => {
    const { db } = await ledger();
    await db.audit.delete(2);
    expect((await failureOf(db)).failure).toMatchObject({
      seq: 2,
      reason: 'recordMissing',
      source: null,
    });
  });

  it('names the posted invoice left without a record when the last record was deleted', async () => {
    const { db, third } = await ledger();
    await db.audit.delete(4);
    expect((await failureOf(db)).failure).toMatchObject({
      seq: null,
      reason: 'notRecorded',
      source: { type: 'invoice', id: third.id, number: 'INV-2026-0003' },
    });
  });

  it('names a payment written past the repositories, without a record', async () => {
    const { db, payment } = await ledger();
    await db.payments.add({ ...payment, id: 'forged-payment' });
    expect((await failureOf(db)).failure).toMatchObject({
      reason: 'notRecorded',
      source: { type: 'payment', id: 'forged-payment' },
    });
  });

  it('names an audit record that was itself edited', async () => {
    const { db, first } = await ledger();
    await db.audit.update(3, { at: first.posted!.postedAt });
    expect((await failureOf(db)).failure).toMatchObject({ seq: 3, reason: 'recordChanged' });
  });

  it('names the first of several changes', async () => {
    const { db, first, third } = await ledger();
    for (const doc of [third, first]) {
      await db.documents.put({ ...(await db.documents.get(doc.id))!, notes: 'changed' });
    }
    expect((await failureOf(db)).failure.seq).toBe(1);
  });
});
