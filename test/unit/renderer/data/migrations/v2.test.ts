import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { customerClassSchema, customerSchema } from '../../../../../shared/schemas/customer';
import { documentSchema } from '../../../../../shared/schemas/document';
import { paymentSchema } from '../../../../../shared/schemas/payment';
import { productSchema } from '../../../../../shared/schemas/product';
import { businessSettingsSchema } from '../../../../../shared/schemas/settings';
import { openInvoicerDb } from '../../../../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../../../../renderer/data/migrations/registry';
import { registerV1, V1_STORES } from '../../../../../renderer/data/migrations/v1';
import { recordSend, sendHistory } from '../../../../../renderer/data/sendLog';

// The fixture is a version 1 database as the app wrote it (the demo company, posted and
// draft documents, their journal entries, and a payment), kept as a file so that later
// changes to the code that writes records cannot change what "a version 1 database" held.
const FIXTURE = JSON.parse(
  readFileSync(new URL('./fixtures/v1-database.json', import.meta.url), 'utf8'),
) as Record<keyof typeof V1_STORES, Record<string, unknown>[]>;

const TABLES = Object.keys(V1_STORES) as (keyof typeof V1_STORES)[];

/** Writes the fixture into a new database that knows only schema version 1, and closes it. */
async function v1Database(): Promise<string> {
  const name = `v1-fixture-${randomUUID()}`;
  const old = new Dexie(name);
  registerV1(old);
  await old.open();
  for (const table of TABLES) await old.table(table).bulkAdd(FIXTURE[table]);
  expect(old.verno).toBe(1);
  old.close();
  return name;
}

function primaryKeyOf(table: keyof typeof V1_STORES, record: Record<string, unknown>): string {
  return String(table === 'settings' ? record.key : record.id);
}

describe('schema version 2 (send history, message templates, mailing settings)', () => {
  it('the fixture holds records in every table of version 1', () => {
    for (const table of TABLES) expect(FIXTURE[table].length, table).toBeGreaterThan(0);
  });

  it('upgrading a version 1 database keeps every record of every table exactly', async () => {
    const name = await v1Database();
    const db = openInvoicerDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    for (const table of TABLES) {
      const records = (await db.table(table).toArray()) as Record<string, unknown>[];
      expect(records.length, table).toBe(FIXTURE[table].length);
      for (const expected of FIXTURE[table]) {
        const found = await db.table(table).get(primaryKeyOf(table, expected));
        expect(found, `${table} ${primaryKeyOf(table, expected)}`).toEqual(expected);
      }
    }
    db.close();
  });

  it('every upgraded record is still valid for its schema', async () => {
    const db = openInvoicerDb(await v1Database());
    const schemas: [keyof typeof V1_STORES, z.ZodType][] = [
      ['customers', customerSchema],
      ['customerClasses', customerClassSchema],
      ['products', productSchema],
      ['documents', documentSchema],
      ['payments', paymentSchema],
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

  it('the upgraded database indexes its old records as before and takes send records', async () => {
    const db = openInvoicerDb(await v1Database());
    const posted = FIXTURE.documents.filter((doc) => doc.status !== 'draft');
    const byStatus = await db.documents
      .where('[kind+status+issueDate]')
      .between(['invoice', 'posted', Dexie.minKey], ['invoice', 'posted', Dexie.maxKey])
      .count();
    expect(byStatus).toBe(posted.filter((doc) => doc.kind === 'invoice').length);
    expect(await db.sendLog.count()).toBe(0);
    expect(await db.messageTemplates.count()).toBe(0);
    const documentId = String(posted[0]?.id);
    const sent = await recordSend(db, {
      documentId,
      channel: 'pdf',
      target: '/home/me/INV-2026-0002 Acme.pdf',
      outcome: 'sent',
    });
    expect(sent.ok).toBe(true);
    expect((await sendHistory(db, documentId)).map((entry) => entry.channel)).toEqual(['pdf']);
    db.close();
  });
});
