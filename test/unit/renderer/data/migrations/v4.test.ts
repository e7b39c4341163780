import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import { openInvoicerDb } from '../../../../../renderer/data/db';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../../../../renderer/data/migrations/registry';
import { registerV1, V1_STORES } from '../../../../../renderer/data/migrations/v1';
import { registerV2, V2_STORES } from '../../../../../renderer/data/migrations/v2';
import { registerV3, V3_STORES } from '../../../../../renderer/data/migrations/v3';
import { V4_STORES } from '../../../../../renderer/data/migrations/v4';

// The fixture is a version 3 database as the app wrote it: the version 2 fixture (the demo
// company with every kind of posting, payment, send record, template and mailing settings)
// upgraded to version 3, so it carries the audit chain started from what was posted. A file,
// so later code cannot change what version 3 held.
const STORES = { ...V1_STORES, ...V2_STORES, ...V3_STORES };
type TableName = keyof typeof STORES;
const TABLES = Object.keys(STORES) as TableName[];
const FIXTURE = JSON.parse(
  readFileSync(new URL('./fixtures/v3-database.json', import.meta.url), 'utf8'),
) as Record<TableName, Record<string, unknown>[]>;

/** Writes the fixture into a new database that knows only schema versions 1 to 3. */
async function v3Database(): Promise<string> {
  const name = `v3-fixture-${randomUUID()}`;
  const old = new Dexie(name);
  registerV1(old);
  registerV2(old);
  registerV3(old);
  await old.open();
  for (const table of TABLES) await old.table(table).bulkAdd(FIXTURE[table]);
  expect(old.verno).toBe(3);
  old.close();
  return name;
}

function primaryKeyOf(table: TableName, record: Record<string, unknown>): string | number {
  if (table === 'settings' || table === 'mailingSettings') return String(record.key);
  return table === 'audit' ? Number(record.seq) : String(record.id);
}

/** The v3 fixture upgraded to version 4 and no further (version 5 drops these indexes). */
async function upgradedToV4(): Promise<Dexie> {
  const db = new Dexie(await v3Database());
  for (const register of SCHEMA_VERSIONS.slice(0, 4)) register(db);
  await db.open();
  expect(db.verno).toBe(4);
  return db;
}

/** The indexes version 4 adds to a table: those of its stores not in version 1. */
function newIndexes(table: 'documents' | 'payments'): string[] {
  const before = new Set(V1_STORES[table].split(', '));
  return V4_STORES[table].split(', ').filter((index) => !before.has(index));
}

describe('schema version 4 (covering indexes for the dashboard and the overdue filter)', () => {
  it('the fixture holds records in every table of version 3', () => {
    for (const table of TABLES) expect(FIXTURE[table].length, table).toBeGreaterThan(0);
    expect(newIndexes('documents')).toHaveLength(2);
    expect(newIndexes('payments')).toHaveLength(1);
  });

  it('upgrading a version 3 database keeps every record of every table exactly', async () => {
    const db = openInvoicerDb(await v3Database());
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    for (const table of TABLES) {
      expect(await db.table(table).count(), table).toBe(FIXTURE[table].length);
      for (const expected of FIXTURE[table]) {
        const found = await db.table(table).get(primaryKeyOf(table, expected));
        expect(found, `${table} ${primaryKeyOf(table, expected)}`).toEqual(expected);
      }
    }
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: FIXTURE.audit.length });
    db.close();
  });

  it('the new indexes hold every existing document and payment (no key part is missing)', async () => {
    const db = await upgradedToV4();
    for (const table of ['documents', 'payments'] as const) {
      for (const index of newIndexes(table)) {
        const keys = await db.table(table).orderBy(index).primaryKeys();
        expect([...keys].sort(), `${table} ${index}`).toEqual(
          FIXTURE[table].map((record) => record.id).sort(),
        );
      }
    }
    db.close();
  });

  it('the index keys carry the fields they are named after', async () => {
    const db = await upgradedToV4();
    const open = FIXTURE.documents.find(
      (doc) => doc.kind === 'invoice' && doc.status === 'partiallyPaid',
    )!;
    const keys = await db
      .table('documents')
      .where('[kind+status+dueDateKey+currency+balance]')
      .between(
        ['invoice', 'partiallyPaid', Dexie.minKey],
        ['invoice', 'partiallyPaid', Dexie.maxKey],
      )
      .keys();
    expect(keys).toContainEqual([
      'invoice',
      'partiallyPaid',
      open.dueDateKey,
      open.currency,
      open.balance,
    ]);
    db.close();
  });
});
