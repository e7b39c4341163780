import 'fake-indexeddb/auto';
import './browserGlobals';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BACKUP_RECORD_SCHEMAS } from '../../../../../renderer/data/backup/recordSchemas';
import {
  DERIVED_TABLES,
  eraseAllData,
  restoreBackup,
} from '../../../../../renderer/data/backup/restoreBackup';
import {
  dashboardTotalsDifferences,
  openInvoicesDifferences,
  recomputeDashboardTotals,
} from '../../../../../renderer/data/derived/recompute';
import type { InvoicerDb } from '../../../../../renderer/data/db';
import { SCHEMA_VERSIONS } from '../../../../../renderer/data/migrations/registry';
import { freshDb } from '../testDatabase';
import { everything, manyInvoices } from './backupFixtures';
import { backupOf, edited, expectRefusedUnchanged, rowsOf, seeded } from './restoreFixtures';

// The dashboard totals are derived from documents and payments (schema version 5). A backup
// carries them like every table, but a restore rebuilds them from the restored records
// (DERIVED_TABLES) instead of writing the file's: whatever path the records take in, the
// totals must be exactly their recomputation afterwards.

async function expectTotalsOfRecords(db: InvoicerDb): Promise<void> {
  expect(await dashboardTotalsDifferences(db)).toEqual([]);
  expect(await db.dashboardTotals.toArray()).toEqual(await recomputeDashboardTotals(db));
  expect(await openInvoicesDifferences(db)).toEqual([]);
}

/** A backup of `source` made at schema version `version`, as an older Invoicer wrote it. */
async function backupAtVersion(source: InvoicerDb, version: number): Promise<string> {
  const old = new Dexie(`v${version}-${Math.random()}`);
  for (const register of SCHEMA_VERSIONS.slice(0, version)) register(old);
  await old.open();
  const all = await everything(source);
  await old.transaction('rw', old.tables, async () => {
    for (const table of old.tables) await table.bulkAdd(all[table.name] ?? []);
  });
  const text = await backupOf(old);
  old.close();
  return text;
}

describe('the dashboard totals after a restore', () => {
  it('are derived data the restore never writes back', () => {
    expect([...DERIVED_TABLES]).toEqual(['dashboardTotals', 'openInvoices']);
  });

  it('equal the recomputation after restoring over a database with other records', async () => {
    const source = await seeded();
    await manyInvoices(source, 40);
    const text = await backupOf(source);
    const db = await seeded();
    expect((await restoreBackup(db, text)).ok).toBe(true);
    await expectTotalsOfRecords(db);
    expect(await db.dashboardTotals.toArray()).toEqual(await source.dashboardTotals.toArray());
  });

  it('are rebuilt from the records, not taken from the file', async () => {
    const source = await seeded();
    const text = await backupOf(source);
    const stale = edited(text, (data) => {
      // Still rows Invoicer could have written (they pass the checks), but not these records'.
      for (const row of rowsOf(data, 'dashboardTotals')) row.amount = Number(row.amount) + 100;
    });
    const db = freshDb();
    expect((await restoreBackup(db, stale)).ok).toBe(true);
    await expectTotalsOfRecords(db);
    expect(await db.dashboardTotals.toArray()).toEqual(await source.dashboardTotals.toArray());
  });

  it('a row Invoicer never wrote refuses the file, like any other table', async () => {
    const text = await backupOf(await seeded());
    const wrongKey = edited(text, (data) => {
      rowsOf(data, 'dashboardTotals')[0]!.key = 'not its key';
    });
    await expectRefusedUnchanged(wrongKey, 'INVALID_RECORD', /dashboardTotals/);
    expect(BACKUP_RECORD_SCHEMAS.dashboardTotals!.safeParse({ key: 'x' }).success).toBe(false);
  });

  it('equal the recomputation after restoring a backup of version 4, which had none', async () => {
    const source = await seeded();
    const text = await backupAtVersion(source, 4);
    expect(JSON.parse(text.slice(0, text.indexOf('\n'))).counts).not.toHaveProperty(
      'dashboardTotals',
    );
    const db = freshDb();
    expect((await restoreBackup(db, text)).ok).toBe(true);
    await expectTotalsOfRecords(db);
    expect(await db.dashboardTotals.count()).toBeGreaterThan(0);
  });

  it('equal the recomputation after restoring a backup of version 1', async () => {
    const db = freshDb();
    expect((await restoreBackup(db, await backupAtVersion(await seeded(), 1))).ok).toBe(true);
    await expectTotalsOfRecords(db);
    expect(await db.dashboardTotals.count()).toBeGreaterThan(0);
  });

  it('are empty after erasing all data, and follow the records written after it', async () => {
    const db = await seeded();
    expect(await db.dashboardTotals.count()).toBeGreaterThan(0);
    await eraseAllData(db);
    expect(await db.dashboardTotals.count()).toBe(0);
    const source = await seeded();
    expect((await restoreBackup(db, await backupOf(source))).ok).toBe(true);
    await expectTotalsOfRecords(db);
  });
});
