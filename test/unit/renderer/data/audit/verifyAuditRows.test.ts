import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  verifyAuditRows,
  type AuditRows,
} from '../../../../../renderer/data/audit/verifyAuditRows';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import type { InvoicerDb } from '../../../../../renderer/data/db';
import { registerPayment } from '../../../../../renderer/data/paymentsRepository';
import { addDraft, value } from '../testDatabase';
import { auditedCompany, pay, postInvoice } from './auditLedger';

// The check of verifyIntegrity over rows in memory (a backup's rows before a restore): the
// same verdict as verifyIntegrity gives on a database holding those rows.

async function ledger() {
  const { db, acme } = await auditedCompany();
  const first = await postInvoice(db, acme.id);
  const second = await postInvoice(db, acme.id);
  const payment = value(await registerPayment(db, second.id, pay(10000))).payment;
  await addDraft(db, acme.id);
  return { db, first, second, payment };
}

async function rowsOf(db: InvoicerDb): Promise<AuditRows> {
  return {
    audit: await db.audit.toArray(),
    documents: await db.documents.toArray(),
    payments: await db.payments.toArray(),
  };
}

describe('verifyAuditRows', () => {
  it('passes the rows of a database that verifies, drafts having no record', async () => {
    const { db } = await ledger();
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: 3 });
    expect(verifyAuditRows(await rowsOf(db))).toEqual({ ok: true, value: { count: 3 } });
  });

  it('checks the chain in seq order, whatever order the rows come in', async () => {
    const { db } = await ledger();
    const rows = await rowsOf(db);
    expect(verifyAuditRows({ ...rows, audit: [...rows.audit].reverse() }).ok).toBe(true);
  });

  it('names the invoice whose frozen line was edited, as verifyIntegrity does', async () => {
    const { db, second } = await ledger();
    const stored = (await db.documents.get(second.id))!;
    const [firstLine, ...rest] = stored.lines;
    await db.documents.put({ ...stored, lines: [{ ...firstLine!, unitPrice: '1' }, ...rest] });
    const report = await verifyIntegrity(db);
    expect(report).toMatchObject({ ok: false, failure: { seq: 2, reason: 'contentChanged' } });
    expect(verifyAuditRows(await rowsOf(db))).toMatchObject({
      ok: false,
      error: { seq: 2, reason: 'contentChanged', source: { type: 'invoice', id: second.id } },
    });
  });

  it('names the payment and the posted invoice that have no record', async () => {
    const { db, first, second, payment } = await ledger();
    const rows = await rowsOf(db);
    const withoutPayment = rows.audit.filter(
      (record) => (record as { sourceId: string }).sourceId !== payment.id,
    );
    expect(verifyAuditRows({ ...rows, audit: withoutPayment })).toMatchObject({
      ok: false,
      error: { seq: null, reason: 'notRecorded', source: { type: 'payment', id: payment.id } },
    });
    const none = verifyAuditRows({ ...rows, audit: [] });
    expect(none).toMatchObject({ ok: false, error: { reason: 'notRecorded' } });
    expect(!none.ok && none.error.source).toMatchObject({ type: 'invoice' });
    expect([first.id, second.id]).toContain(!none.ok && none.error.source?.id);
  });
});
