import 'fake-indexeddb/auto';
import './browserGlobals';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { splitBackupText } from '../../../../../renderer/data/backup/backupFormat';
import { backupText, createBackup } from '../../../../../renderer/data/backup/createBackup';
import { eraseAllData, restoreBackup } from '../../../../../renderer/data/backup/restoreBackup';
import { CURRENT_SCHEMA_VERSION } from '../../../../../renderer/data/migrations/registry';
import { registerV1 } from '../../../../../renderer/data/migrations/v1';
import { freshDb } from '../testDatabase';
import { everything, manyInvoices } from './backupFixtures';
import { backupOf, seeded } from './restoreFixtures';

// Issue 6: a restore checks the whole file before it touches the database, then replaces
// the database in one step; every bad file is refused and leaves the database exactly as it
// was. "The same data" is every row of every table, compared as JSON. The round trip of
// 10,000 invoices is in test/integration/backups/restoreRoundTrip.test.ts.

describe('round trip', () => {
  it('the backup carries the settings with the logo, mailing settings and templates', async () => {
    const db = await seeded();
    const target = freshDb();
    expect((await restoreBackup(target, await backupOf(db))).ok).toBe(true);
    const settings = await target.settings.get('business');
    expect(settings?.value.company.logo?.mimeType).toBe('image/png');
    expect(await target.messageTemplates.get('tpl-friendly')).toBeDefined();
    expect((await target.mailingSettings.get('company'))?.value.printInvoices).toBe(true);
    expect(await target.sendLog.count()).toBe(1);
  });

  it('the header counts the records of every table of the current schema', async () => {
    const db = await seeded();
    const built = await createBackup(db, { appVersion: '0.1.0', reason: 'daily' });
    const split = splitBackupText(await backupText(built));
    expect(split.ok && split.value.header.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(Object.keys(built.counts).sort()).toEqual(db.tables.map((table) => table.name).sort());
    expect(built.counts.documents).toBe(await db.documents.count());
    expect(built.counts.payments).toBe(await db.payments.count());
  });

  it('a backup of an empty database restores to an empty database', async () => {
    const empty = freshDb();
    const db = await seeded();
    expect((await restoreBackup(db, await backupOf(empty))).ok).toBe(true);
    for (const rows of Object.values(await everything(db))) expect(rows).toEqual([]);
  });

  it('a backup of schema version 1 is brought up to date by the migrations and restored', async () => {
    const source = await seeded();
    const old = new Dexie(`v1-${Math.random()}`);
    registerV1(old);
    await old.open();
    const all = await everything(source);
    await old.transaction('rw', old.tables, async () => {
      for (const table of old.tables) await table.bulkAdd(all[table.name] ?? []);
    });
    const text = await backupOf(old);
    expect(
      splitBackupText(text).ok && JSON.parse(text.slice(0, text.indexOf('\n'))).schemaVersion,
    ).toBe(1);
    const target = freshDb();
    expect((await restoreBackup(target, text)).ok).toBe(true);
    const restored = await everything(target);
    for (const table of old.tables) expect(restored[table.name]).toEqual(all[table.name]);
    expect(restored.sendLog).toEqual([]);
    old.close();
  });
});

describe('all or nothing', () => {
  it('a failure in the middle of replacing the tables leaves the old data', async () => {
    const source = await seeded();
    await manyInvoices(source, 300);
    const text = await backupOf(source);
    const db = await seeded();
    const before = JSON.stringify(await everything(db));
    const result = await restoreBackup(db, text, {
      faults: {
        afterTable: (table) => {
          if (table === 'documents') throw new Error('disk gone');
        },
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'RESTORE_FAILED' });
    expect(JSON.stringify(await everything(db))).toBe(before);
  });

  it('erase deletes every record of every table', async () => {
    const db = await seeded();
    await eraseAllData(db);
    for (const rows of Object.values(await everything(db))) expect(rows).toEqual([]);
  });
});
