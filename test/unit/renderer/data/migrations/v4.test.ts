import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  expectEveryFixtureRecord,
  FIXTURE_TABLES,
  fixtureDatabase,
  readFixture,
} from './fixtureDatabase';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import { openInvoicerDb } from '../../../../../renderer/data/db';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../../../../renderer/data/migrations/registry';
import { V1_STORES } from '../../../../../renderer/data/migrations/v1';
import { V4_STORES } from '../../../../../renderer/data/migrations/v4';

// The fixture is a version 3 database as the app wrote it: the version 2 fixture (the demo
// company with every kind of posting, payment, send record, template and mailing settings)
// upgraded to version 3, so it carries the audit chain started from what was posted. A file,
// so later code cannot change what version 3 held.
const FIXTURE = readFixture(3);
const TABLES = FIXTURE_TABLES;

/** The fixture in a new database that knows only schema versions 1 to 3. */
function v3Database(): Promise<string> {
  return fixtureDatabase(3, FIXTURE);
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
    await expectEveryFixtureRecord(db, FIXTURE);
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
