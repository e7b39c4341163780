import 'fake-indexeddb/auto';
import './browserGlobals';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  composeBackupText,
  splitBackupText,
  type BackupHeader,
} from '../../../../../renderer/data/backup/backupFormat';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import { backupText, createBackup } from '../../../../../renderer/data/backup/createBackup';
import { eraseAllData, restoreBackup } from '../../../../../renderer/data/backup/restoreBackup';
import type { InvoicerDb } from '../../../../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../../../../renderer/data/migrations/registry';
import { registerV1 } from '../../../../../renderer/data/migrations/v1';
import { freshDb } from '../testDatabase';
import { everything, manyInvoices, seedBooks } from './backupFixtures';

// Issue 6: a restore checks the whole file before it touches the database, then replaces
// the database in one step; every bad file is refused and leaves the database exactly as it
// was. "The same data" is every row of every table, compared as JSON. The round trip of
// 10,000 invoices is in test/integration/backups/restoreRoundTrip.test.ts.

async function seeded(): Promise<InvoicerDb> {
  const db = freshDb();
  await seedBooks(db);
  return db;
}

async function backupOf(db: Dexie) {
  return backupText(await createBackup(db, { appVersion: '0.1.0', reason: 'manual' }));
}

/** The backup with its data part changed by `edit`, re-signed so only the change counts. */
function edited(
  text: string,
  edit: (data: {
    data: { data: { tableName: string; rows: Record<string, unknown>[] }[] };
  }) => void,
  header: Partial<BackupHeader> = {},
) {
  const split = splitBackupText(text);
  if (!split.ok) throw new Error(split.error.message);
  const data = JSON.parse(split.value.data) as Parameters<typeof edit>[0];
  edit(data);
  const {
    checksum: _checksum,
    format: _format,
    formatVersion: _version,
    ...rest
  } = split.value.header;
  return composeBackupText({ ...rest, ...header }, JSON.stringify(data));
}

function rowsOf(data: Parameters<Parameters<typeof edited>[1]>[0], table: string) {
  const found = data.data.data.find((entry) => entry.tableName === table);
  if (!found) throw new Error(`no table ${table}`);
  return found.rows;
}

async function expectRefusedUnchanged(text: string, code: string, message: RegExp) {
  const db = await seeded();
  const before = JSON.stringify(await everything(db));
  const result = await restoreBackup(db, text);
  if (result.ok) throw new Error('the backup was restored');
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(message);
  expect(result.error.message).toMatch(/nothing was changed|as it was/i);
  expect(JSON.stringify(await everything(db))).toBe(before);
  return result.error;
}

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

describe('refused files change nothing', () => {
  it('a truncated file', async () => {
    const text = await backupOf(await seeded());
    await expectRefusedUnchanged(
      text.slice(0, Math.floor(text.length * 0.7)),
      'DAMAGED',
      /checksum/,
    );
  });

  it('a file whose data was changed without its checksum', async () => {
    const text = await backupOf(await seeded());
    const tampered = text.replace('Acme SARL', 'Acme SARM');
    expect(tampered).not.toBe(text);
    await expectRefusedUnchanged(tampered, 'DAMAGED', /checksum/);
  });

  it('a file with a wrong checksum in its header', async () => {
    const text = await backupOf(await seeded());
    const wrong = text.replace(/"value":"[0-9a-f]{64}"/, `"value":"${'0'.repeat(64)}"`);
    await expectRefusedUnchanged(wrong, 'DAMAGED', /checksum/);
  });

  it('foreign JSON, an empty file and a PDF', async () => {
    const db = await seeded();
    const dexieExport = (await backupOf(db)).split('\n')[1]!;
    for (const foreign of [
      '{"name":"not a backup"}\n{}',
      dexieExport,
      '',
      '%PDF-1.4\n%%EOF',
      '[1,2]\n[3]',
    ]) {
      await expectRefusedUnchanged(foreign, 'NOT_A_BACKUP', /not an Invoicer backup/);
    }
  });

  it('a backup of a newer schema version, with a message saying to update', async () => {
    const text = await backupOf(await seeded());
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const future = edited(text, () => undefined, { schemaVersion: newer });
    await expectRefusedUnchanged(
      future,
      'NEWER_VERSION',
      new RegExp(`newer version of Invoicer \\(database version ${newer}`),
    );
  });

  it('a backup of a newer file format', async () => {
    const text = await backupOf(await seeded());
    const future = text.replace('"formatVersion":1,"appVersion"', '"formatVersion":2,"appVersion"');
    await expectRefusedUnchanged(future, 'NEWER_VERSION', /Update Invoicer/);
  });

  it('an intact file with an invalid record names the table and the record', async () => {
    const text = await backupOf(await seeded());
    let id = '';
    const invalid = edited(text, (data) => {
      const payment = rowsOf(data, 'payments')[0]!;
      id = String(payment.id);
      payment.amount = -5;
    });
    await expectRefusedUnchanged(invalid, 'INVALID_RECORD', new RegExp(`${id} of payments`));
  });

  it('an invoice whose stored index fields do not match the record', async () => {
    const text = await backupOf(await seeded());
    const invalid = edited(text, (data) => {
      const doc = rowsOf(data, 'documents').find((row) => row.number !== null)!;
      doc.numberKey = 'something-else';
    });
    await expectRefusedUnchanged(invalid, 'INVALID_RECORD', /numberKey/);
  });

  it('a journal entry that does not balance', async () => {
    const text = await backupOf(await seeded());
    const invalid = edited(text, (data) => {
      const entry = rowsOf(data, 'journal')[0]! as { lines: { debit: number }[] };
      entry.lines[0]!.debit += 1;
    });
    await expectRefusedUnchanged(invalid, 'INVALID_RECORD', /does not balance/);
  });

  it('counts that do not match, a missing table and a duplicate key', async () => {
    const text = await backupOf(await seeded());
    const dropped = edited(text, (data) => rowsOf(data, 'customers').pop());
    await expectRefusedUnchanged(dropped, 'DAMAGED', /number of records in customers/);
    const missing = edited(text, (data) => {
      data.data.data = data.data.data.filter((table) => table.tableName !== 'sendLog');
    });
    await expectRefusedUnchanged(missing, 'DAMAGED', /tables/);
    const duplicate = edited(
      text,
      (data) => {
        const rows = rowsOf(data, 'customers');
        rows.push({ ...rows[0]! });
        (data.data as unknown as { tables: { name: string; rowCount: number }[] }).tables.find(
          (table) => table.name === 'customers',
        )!.rowCount += 1;
      },
      { counts: { ...JSON.parse(text.slice(0, text.indexOf('\n'))).counts, customers: 3 } },
    );
    await expectRefusedUnchanged(duplicate, 'DAMAGED', /key of its own/);
  });

  it('a record holding a value the app never writes (a Typeson Date)', async () => {
    const text = await backupOf(await seeded());
    const odd = edited(text, (data) => {
      const row = rowsOf(data, 'customers')[0]!;
      row.createdAt = 1_700_000_000_000;
      row.$types = { createdAt: 'date' };
    });
    await expectRefusedUnchanged(odd, 'DAMAGED', /values Invoicer never writes/);
  });
});

/** Drops the last audit record of the data part and its counts: a record deleted from the end. */
function withoutLastAuditRecord(text: string): string {
  const counts = { ...(JSON.parse(text.slice(0, text.indexOf('\n'))) as BackupHeader).counts };
  counts.audit = counts.audit! - 1;
  return edited(
    text,
    (data) => {
      rowsOf(data, 'audit').pop();
      (data.data as unknown as { tables: { name: string; rowCount: number }[] }).tables.find(
        (table) => table.name === 'audit',
      )!.rowCount -= 1;
    },
    { counts },
  );
}

describe('the audit chain of a backup', () => {
  it('a posted invoice line edited, with the checksum computed again, is refused naming the invoice', async () => {
    const text = await backupOf(await seeded());
    let number = '';
    const tampered = edited(text, (data) => {
      const invoice = rowsOf(data, 'documents').find(
        (row) => row.kind === 'invoice' && row.status !== 'draft',
      )!;
      number = String(invoice.number);
      const line = (invoice.lines as { description: string }[])[0]!;
      line.description = `${line.description} (and a second visit)`;
    });
    expect(splitBackupText(tampered).ok).toBe(true);
    await expectRefusedUnchanged(
      tampered,
      'DAMAGED',
      new RegExp(
        `audit chain does not match: the invoice ${number} differs from what audit record \\d+ says was posted`,
      ),
    );
  });

  it('a posted invoice line re-priced so its totals still add up is refused all the same', async () => {
    const text = await backupOf(await seeded());
    let id = '';
    const tampered = edited(text, (data) => {
      const invoice = rowsOf(data, 'documents').find(
        (row) => row.kind === 'invoice' && row.status !== 'draft',
      )!;
      id = String(invoice.id);
      // n × 33.33 becomes 2n × 16.665: the same line net, VAT and totals, another price.
      const line = (invoice.lines as { quantity: string; unitPrice: string }[])[0]!;
      expect(line.unitPrice).toBe('33.33');
      line.quantity = String(Number(line.quantity) * 2);
      line.unitPrice = '16.665';
    });
    const db = await seeded();
    const before = JSON.stringify(await everything(db));
    const result = await restoreBackup(db, tampered);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED', table: 'documents', recordKey: id },
    });
    expect(JSON.stringify(await everything(db))).toBe(before);
  });

  it('a payment changed after it was recorded is refused naming the payment and its invoice', async () => {
    const text = await backupOf(await seeded());
    let id = '';
    const tampered = edited(text, (data) => {
      const payment = rowsOf(data, 'payments')[0]!;
      id = String(payment.id);
      payment.reference = 'TX-2';
    });
    await expectRefusedUnchanged(
      tampered,
      'DAMAGED',
      new RegExp(
        `the payment ${id} of invoice INV-\\S+ differs from what audit record \\d+ says was recorded`,
      ),
    );
  });

  it('an audit record removed from the end of the chain is refused: its document has none', async () => {
    const text = await backupOf(await seeded());
    await expectRefusedUnchanged(
      withoutLastAuditRecord(text),
      'DAMAGED',
      /audit chain does not match: the (invoice|credit note|payment) \S+ has no audit record/,
    );
  });

  it('an audit record changed after it was written is refused naming the record', async () => {
    const text = await backupOf(await seeded());
    const tampered = edited(text, (data) => {
      rowsOf(data, 'audit')[1]!.at = '2020-01-01T00:00:00.000Z';
    });
    const refused = await expectRefusedUnchanged(
      tampered,
      'DAMAGED',
      /audit record 2 \(for the (invoice|credit note|payment) \S+\) was changed after it was written/,
    );
    expect(refused).toMatchObject({ table: 'audit', recordKey: '2' });
  });

  it('a backup with an intact chain restores, and the restored database verifies', async () => {
    const target = freshDb();
    expect((await restoreBackup(target, await backupOf(await seeded()))).ok).toBe(true);
    expect(await verifyIntegrity(target)).toMatchObject({ ok: true });
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
