import 'fake-indexeddb/auto';
import './browserGlobals';
import { describe, expect, it } from 'vitest';
import { splitBackupText } from '../../../../../renderer/data/backup/backupFormat';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import { restoreBackup } from '../../../../../renderer/data/backup/restoreBackup';
import { freshDb } from '../testDatabase';
import { everything } from './backupFixtures';
import {
  backupOf,
  edited,
  expectRefusedUnchanged,
  rowsOf,
  seeded,
  withoutLastAuditRecord,
} from './restoreFixtures';

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
