import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openInvoicerDb } from '../../../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../../../renderer/data/migrations/registry';
import { freshDb } from './testDatabase';

describe('InvoicerDb', () => {
  it('opens at the current schema version with every table and index the lists use', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.tables.map((table) => table.name).sort()).toEqual([
      'audit',
      'customerClasses',
      'customers',
      'dashboardTotals',
      'documents',
      'journal',
      'mailingSettings',
      'messageTemplates',
      'openInvoices',
      'payments',
      'products',
      'sendLog',
      'settings',
    ]);
    const indexes = db.documents.schema.indexes.map((index) => index.name);
    for (const name of [
      '[kind+issueDate]',
      '[kind+status+issueDate]',
      '[kind+status+dueDate]',
      '[kind+customerId+issueDate]',
      '[kind+numberKey]',
      '[kind+customerNameKey]',
      '[kind+numberKey+issueDate]',
      '[kind+customerNameKey+issueDate]',
    ]) {
      expect(indexes).toContain(name);
    }
    expect(db.products.schema.indexes.find((index) => index.name === 'skuKey')?.unique).toBe(true);
    expect(db.sendLog.schema.indexes.map((index) => index.name)).toContain('[documentId+at]');
    expect(db.audit.schema.primKey.keyPath).toBe('seq');
    expect(db.audit.schema.indexes.map((index) => index.name)).toContain('[sourceType+sourceId]');
    expect(db.dashboardTotals.schema.primKey.keyPath).toBe('key');
    expect(db.openInvoices.schema.primKey.keyPath).toBe('key');
    db.close();
  });

  it('a second handle on the same name sees the same data', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'business', value: { setupCompleted: false } as never });
    const other = openInvoicerDb(db.name);
    expect(await other.settings.count()).toBe(1);
    other.close();
  });
});
