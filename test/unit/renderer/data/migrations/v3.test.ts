import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { Minor } from '../../../../../shared/money/minor';
import { auditRecordSchema } from '../../../../../shared/schemas/auditRecord';
import { customerClassSchema, customerSchema } from '../../../../../shared/schemas/customer';
import { documentSchema } from '../../../../../shared/schemas/document';
import { paymentSchema } from '../../../../../shared/schemas/payment';
import { productSchema } from '../../../../../shared/schemas/product';
import { businessSettingsSchema } from '../../../../../shared/schemas/settings';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import { openInvoicerDb } from '../../../../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../../../../renderer/data/migrations/registry';
import { registerV1, V1_STORES } from '../../../../../renderer/data/migrations/v1';
import { registerV2, V2_STORES } from '../../../../../renderer/data/migrations/v2';
import { registerPayment } from '../../../../../renderer/data/paymentsRepository';
import { TODAY, value } from '../testDatabase';

// The fixture is a version 2 database as the app wrote it: the demo company with invoices
// posted, paid, overpaid (credit kept), paid from credit, reversed, credited and cancelled,
// credit notes, a sent quote, drafts, their journal, a send record, a message template and
// the company mailing settings. A file, so later code cannot change what version 2 held.
const STORES = { ...V1_STORES, ...V2_STORES };
type TableName = keyof typeof STORES;
const TABLES = Object.keys(STORES) as TableName[];
const FIXTURE = JSON.parse(
  readFileSync(new URL('./fixtures/v2-database.json', import.meta.url), 'utf8'),
) as Record<TableName, Record<string, unknown>[]>;

/** Writes the fixture into a new database that knows only schema versions 1 and 2. */
async function v2Database(): Promise<string> {
  const name = `v2-fixture-${randomUUID()}`;
  const old = new Dexie(name);
  registerV1(old);
  registerV2(old);
  await old.open();
  for (const table of TABLES) await old.table(table).bulkAdd(FIXTURE[table]);
  expect(old.verno).toBe(2);
  old.close();
  return name;
}

function primaryKeyOf(table: TableName, record: Record<string, unknown>): string {
  return String(table === 'settings' || table === 'mailingSettings' ? record.key : record.id);
}

const posted = FIXTURE.documents.filter(
  (doc) => (doc.kind === 'invoice' || doc.kind === 'creditNote') && doc.status !== 'draft',
);

describe('schema version 3 (the audit chain)', () => {
  it('the fixture holds records in every table of version 2 and every kind of posting', () => {
    for (const table of TABLES) expect(FIXTURE[table].length, table).toBeGreaterThan(0);
    const statuses = new Set(posted.map((doc) => `${String(doc.kind)} ${String(doc.status)}`));
    for (const status of ['posted', 'partiallyPaid', 'paid', 'cancelled']) {
      expect(statuses).toContain(`invoice ${status}`);
    }
    expect(statuses).toContain('creditNote posted');
    const kinds = new Set(FIXTURE.payments.map((payment) => payment.kind));
    expect([...kinds].sort()).toEqual(['creditApplication', 'payment', 'reversal']);
  });

  it('upgrading a version 2 database keeps every record of every table exactly', async () => {
    const db = openInvoicerDb(await v2Database());
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
    for (const table of TABLES) {
      expect(await db.table(table).count(), table).toBe(FIXTURE[table].length);
      for (const expected of FIXTURE[table]) {
        const found = await db.table(table).get(primaryKeyOf(table, expected));
        expect(found, `${table} ${primaryKeyOf(table, expected)}`).toEqual(expected);
      }
    }
    db.close();
  });

  it('every upgraded record is still valid for its schema', async () => {
    const db = openInvoicerDb(await v2Database());
    const schemas: [string, z.ZodType][] = [
      ['customers', customerSchema],
      ['customerClasses', customerClassSchema],
      ['products', productSchema],
      ['documents', documentSchema],
      ['payments', paymentSchema],
      ['audit', auditRecordSchema],
    ];
    for (const [table, schema] of schemas) {
      for (const record of await db.table(table).toArray()) {
        const parsed = schema.safeParse(record);
        expect(parsed.success, `${table}: ${JSON.stringify(parsed.error?.issues[0])}`).toBe(true);
      }
    }
    const settings = await db.settings.get('business');
    expect(businessSettingsSchema.safeParse(settings?.value).success).toBe(true);
    for (const entry of await db.journal.toArray()) {
      const debit = entry.lines.reduce((sum, line) => sum + line.debit, 0);
      const credit = entry.lines.reduce((sum, line) => sum + line.credit, 0);
      expect(debit, `journal entry ${entry.id} balances`).toBe(credit);
    }
    db.close();
  });

  it('the upgrade enters everything posted so far into the chain, in posting order', async () => {
    const db = openInvoicerDb(await v2Database());
    const records = await db.audit.orderBy(':id').toArray();
    expect(records.length).toBe(posted.length + FIXTURE.payments.length);
    expect(records.map((record) => record.seq)).toEqual(records.map((_, index) => index + 1));
    const ids = records.map((record) => record.sourceId).sort();
    expect(ids).toEqual([...posted, ...FIXTURE.payments].map((record) => record.id).sort());
    const times = records.map((record) => record.at);
    expect(times).toEqual([...times].sort());
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: records.length });
    db.close();
  });

  it('the upgraded chain goes on with the next payment and catches a change to an old invoice', async () => {
    const db = openInvoicerDb(await v2Database());
    const open = posted.find((doc) => doc.kind === 'invoice' && doc.status === 'posted')!;
    const amount = open.balance as Minor;
    const payment = { amount, date: TODAY, method: 'cash', overpayment: 'refuse' } as const;
    value(await registerPayment(db, String(open.id), payment));
    const count = posted.length + FIXTURE.payments.length + 1;
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count });
    const stored = (await db.documents.get(String(open.id)))!;
    await db.documents.put({ ...stored, customerName: 'Someone Else' });
    const report = await verifyIntegrity(db);
    expect(report.ok).toBe(false);
    if (!report.ok) expect(report.failure.source).toMatchObject({ id: open.id });
    db.close();
  });
});
