import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../../../shared/dates/isoDate';
import {
  expectEveryFixtureRecord,
  FIXTURE_TABLES,
  fixtureDatabase,
  readFixture,
} from './fixtureDatabase';
import { verifyIntegrity } from '../../../../../renderer/data/audit/verifyIntegrity';
import { getDashboardFigures } from '../../../../../renderer/data/dashboardRepository';
import {
  dashboardTotalsDifferences,
  recomputeDashboardTotals,
  recomputeOpenInvoices,
} from '../../../../../renderer/data/derived/recompute';
import { openInvoicerDb, type StoredDocument } from '../../../../../renderer/data/db';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../../../../renderer/data/migrations/registry';

// The fixture is a version 4 database as the app wrote it: the version 3 fixture (the demo
// company with every kind of posting, payment, send record, template, mailing settings and
// the audit chain) upgraded to version 4 and exported. Version 4 added indexes only, so its
// records are those of version 3. A file, so later code cannot change what version 4 held.
const FIXTURE = readFixture(4);
const TABLES = FIXTURE_TABLES;

/** The fixture in a new database that knows only schema versions 1 to 4. */
function v4Database(): Promise<string> {
  return fixtureDatabase(4, FIXTURE);
}

describe('schema version 5 (dashboard totals, search indexes)', () => {
  it('the fixture holds records in every table of version 4, open invoices and payments', () => {
    for (const table of TABLES) expect(FIXTURE[table].length, table).toBeGreaterThan(0);
    const statuses = FIXTURE.documents.map((doc) => `${doc.kind} ${doc.status}`);
    expect(statuses).toEqual(
      expect.arrayContaining(['invoice posted', 'invoice partiallyPaid', 'creditNote posted']),
    );
  });

  it('upgrading a version 4 database keeps every record of every table exactly', async () => {
    const db = openInvoicerDb(await v4Database());
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(CURRENT_SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
    await expectEveryFixtureRecord(db, FIXTURE);
    expect(await verifyIntegrity(db)).toEqual({ ok: true, count: FIXTURE.audit.length });
    db.close();
  });

  it('the upgrade fills the totals with the recomputation from every document and payment', async () => {
    const db = openInvoicerDb(await v4Database());
    await db.open();
    const rows = await db.dashboardTotals.toArray();
    expect(rows).toEqual(await recomputeDashboardTotals(db));
    expect(new Set(rows.map((row) => row.group))).toEqual(new Set(['open', 'revenue', 'moneyIn']));
    // Every posted or partially paid invoice is in exactly one open row.
    const open = FIXTURE.documents.filter(
      (doc) =>
        doc.kind === 'invoice' && (doc.status === 'posted' || doc.status === 'partiallyPaid'),
    );
    const openRows = rows.filter((row) => row.group.startsWith('open'));
    expect(openRows.reduce((sum, row) => sum + row.count, 0)).toBe(open.length);
    expect(openRows.reduce((sum, row) => sum + row.amount, 0)).toBe(
      open.reduce((sum, doc) => sum + (doc.balance as number), 0),
    );
    db.close();
  });

  it('the upgrade fills the open invoices, one row each in issue-date order', async () => {
    const db = openInvoicerDb(await v4Database());
    await db.open();
    const rows = await db.openInvoices.toArray();
    expect(rows).toEqual(await recomputeOpenInvoices(db));
    const open = FIXTURE.documents.filter(
      (doc) =>
        doc.kind === 'invoice' && (doc.status === 'posted' || doc.status === 'partiallyPaid'),
    );
    const keys = open.map((doc) => `${String(doc.issueDate)}|${String(doc.id)}`).sort();
    expect(rows.map((row) => row.key)).toEqual(keys);
    db.close();
  });

  it('the upgrade also fills them in a database without the app (no middleware)', async () => {
    const name = await v4Database();
    const plain = new Dexie(name);
    for (const register of SCHEMA_VERSIONS.slice(0, 5)) register(plain);
    await plain.open();
    expect(await plain.table('dashboardTotals').toArray()).toEqual(
      await recomputeDashboardTotals(plain),
    );
    expect(await plain.table('openInvoices').toArray()).toEqual(await recomputeOpenInvoices(plain));
    plain.close();
  });

  it('the upgrade indexes every stored document by number and by name with its issue date', async () => {
    const db = openInvoicerDb(await v4Database());
    await db.open();
    const documents = FIXTURE.documents as unknown as StoredDocument[];
    for (const [index, field] of [
      ['[kind+numberKey+issueDate]', 'numberKey'],
      ['[kind+customerNameKey+issueDate]', 'customerNameKey'],
    ] as const) {
      const keys = await db.documents.orderBy(index).keys();
      const expected = documents
        .map((doc) => [doc.kind, doc[field], doc.issueDate])
        .sort((a, b) => indexedDB.cmp(a, b));
      expect(keys, index).toEqual(expected);
    }
    db.close();
  });

  it('drops the covering indexes only the dashboard read before the totals', async () => {
    const db = openInvoicerDb(await v4Database());
    await db.open();
    const indexes = (table: 'documents' | 'payments') =>
      db.table(table).schema.indexes.map((index) => index.name);
    expect(indexes('documents')).not.toContain('[kind+status+dueDateKey+currency+balance]');
    expect(indexes('documents')).not.toContain('[kind+issueDate+status+currency+netTotal]');
    expect(indexes('payments')).not.toContain('[date+currency+kind+amount]');
    expect(indexes('documents')).toContain('[kind+status+dueDate]');
    db.close();
  });

  it('after the upgrade, writes keep the totals and the dashboard shows the fixture', async () => {
    const db = openInvoicerDb(await v4Database());
    const today = isoDate('2026-03-16');
    const before = await getDashboardFigures(db, today);
    expect(before.currencies.map((entry) => entry.currency)).toEqual(['EUR']);
    expect(before.currencies[0]!.outstandingCount).toBe(3);
    const invoice = FIXTURE.documents.find(
      (doc) => doc.kind === 'invoice' && doc.status === 'posted',
    ) as StoredDocument;
    await db.documents.put({ ...invoice, status: 'paid', balance: 0 } as unknown as StoredDocument);
    expect(await dashboardTotalsDifferences(db)).toEqual([]);
    const after = await getDashboardFigures(db, today);
    expect(after.currencies[0]!.outstandingCount).toBe(2);
    expect(after.currencies[0]!.outstanding).toBe(
      before.currencies[0]!.outstanding - invoice.balance,
    );
    db.close();
  });
});
