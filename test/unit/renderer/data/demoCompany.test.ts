import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getDashboardFigures } from '../../../../renderer/data/dashboardRepository';
import { seedDemoCompany } from '../../../../renderer/data/demoCompany';
import { listCustomers } from '../../../../renderer/data/customersRepository';
import { listDocuments } from '../../../../renderer/data/documentQueries';
import { listProducts } from '../../../../renderer/data/productsRepository';
import { getSettings } from '../../../../renderer/data/settingsRepository';
import { failure, freshDb, TODAY, value } from './testDatabase';

describe('seedDemoCompany', () => {
  it('fills an empty database with a company, customers, products and documents to explore', async () => {
    const db = freshDb();
    expect(value(await seedDemoCompany(db, TODAY))).toEqual({
      customers: 5,
      products: 6,
      documents: 7,
    });
    expect((await getSettings(db))?.setupCompleted).toBe(true);
    const customers = (await listCustomers(db)).rows;
    expect(customers).toHaveLength(5);
    expect(customers.some((customer) => /\p{Script=Greek}/u.test(customer.name))).toBe(true);
    expect(customers.some((customer) => customer.classId !== null)).toBe(true);
    expect((await listProducts(db)).rows).toHaveLength(6);
    const invoices = await listDocuments(db, { kind: 'invoice', limit: 50 }, TODAY);
    expect(invoices.rows.map((row) => row.status).sort()).toEqual([
      'draft',
      'draft',
      'posted',
      'posted',
      'posted',
      'posted',
    ]);
    expect(
      invoices.rows
        .filter((row) => row.number)
        .map((row) => row.number)
        .sort(),
    ).toEqual(['INV-2026-0001', 'INV-2026-0002', 'INV-2026-0003', 'INV-2026-0004']);
    const quotes = await listDocuments(db, { kind: 'quote', limit: 50 }, TODAY);
    expect(quotes.rows.map((row) => row.status)).toEqual(['sent']);
    expect((await getDashboardFigures(db, TODAY)).currencies[0]!.overdueCount).toBeGreaterThan(0);
    expect(await db.journal.count()).toBe(4);
    // The French business customer is under the reverse charge: its invoice says so.
    const french = invoices.rows.find((row) => row.customerName === 'Boulangerie Martin SARL');
    expect(french?.lines.map((entry) => [entry.vatCategory, entry.vatRate])).toEqual([
      ['reverseCharge', '0'],
    ]);
    expect(french?.posted?.vatNotes).toEqual([expect.stringMatching(/^Reverse charge/)]);
  });

  it('refuses a database that already has data', async () => {
    const db = freshDb();
    value(await seedDemoCompany(db, TODAY));
    expect(failure(await seedDemoCompany(db, TODAY)).code).toBe('CONFLICT');
  });
});
