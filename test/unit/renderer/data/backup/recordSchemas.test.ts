import 'fake-indexeddb/auto';
import './browserGlobals';
import { describe, expect, it } from 'vitest';
import { BACKUP_RECORD_SCHEMAS } from '../../../../../renderer/data/backup/recordSchemas';
import { openInvoicerDb } from '../../../../../renderer/data/db';
import { freshDb } from '../testDatabase';
import { everything, seedBooks } from './backupFixtures';

// Every table of the current Dexie schema must have its schema in the map: a table added by
// a new migration fails this test until a restore knows how to check its rows.

describe('the record schemas of backups', () => {
  it('cover every table of the current database schema', () => {
    const tables = openInvoicerDb('schema-only').tables.map((table) => table.name);
    expect(tables.length).toBeGreaterThan(0);
    const missing = tables.filter((name) => !(name in BACKUP_RECORD_SCHEMAS));
    expect(missing).toEqual([]);
  });

  it('accept every row the repositories write', async () => {
    const db = freshDb();
    await seedBooks(db);
    for (const [table, rows] of Object.entries(await everything(db))) {
      for (const row of rows) {
        const parsed = BACKUP_RECORD_SCHEMAS[table]!.safeParse(row);
        expect(parsed.success ? null : { table, issues: parsed.error.issues }).toBeNull();
      }
    }
  });

  it('refuse an empty object in every table', () => {
    for (const [table, schema] of Object.entries(BACKUP_RECORD_SCHEMAS)) {
      expect(schema.safeParse({}).success, table).toBe(false);
    }
  });

  it('refuse a customer whose stored search key is not that of its name', async () => {
    const db = freshDb();
    await seedBooks(db);
    const customer = (await db.customers.toArray())[0]!;
    expect(BACKUP_RECORD_SCHEMAS.customers!.safeParse(customer).success).toBe(true);
    const changed = { ...customer, nameKey: 'zzz' };
    expect(BACKUP_RECORD_SCHEMAS.customers!.safeParse(changed).success).toBe(false);
  });
});
