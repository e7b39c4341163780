import 'fake-indexeddb/auto';
import './browserGlobals';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../../../renderer/data/migrations/registry';
import { backupOf, edited, expectRefusedUnchanged, rowsOf, seeded } from './restoreFixtures';

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
