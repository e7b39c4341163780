import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  archiveProduct,
  getProduct,
  listProducts,
  saveProduct,
  type ProductInput,
} from '../../../../renderer/data/productsRepository';
import { failure, freshDb, value } from './testDatabase';

const product = (sku: string, name: string): ProductInput => ({
  sku,
  name,
  unit: 'C62',
  unitPrice: '10',
  vatCategory: 'standard',
  vatRate: '19',
  revenueAccount: null,
});

describe('products', () => {
  it('refuses an item ID (SKU) another product has, in any case, on the sku field', async () => {
    const db = freshDb();
    const first = value(await saveProduct(db, product('CONS-01', 'Consulting')));
    const clash = failure(await saveProduct(db, product('cons-01', 'Other')));
    expect(clash.code).toBe('INVALID');
    expect(clash.issues).toEqual([{ path: 'sku', message: expect.stringContaining('Consulting') }]);
    // Saving the product itself under its own SKU is no clash.
    expect(value(await saveProduct(db, { ...first, name: 'Consulting hour' })).name).toBe(
      'Consulting hour',
    );
  });

  it('refuses invalid fields with their messages', async () => {
    const db = freshDb();
    const refused = failure(
      await saveProduct(db, { ...product('', 'X'), unitPrice: '-1', vatRate: '0' }),
    );
    expect(refused.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['sku', 'unitPrice']),
    );
  });

  it('finds products by name or SKU prefix, ordered by name, archived only when asked', async () => {
    const db = freshDb();
    value(await saveProduct(db, product('WEB-1', 'Website')));
    value(await saveProduct(db, product('AB-7', 'Webinar')));
    const logo = value(await saveProduct(db, product('WE-LOGO', 'Logo design')));
    value(await saveProduct(db, product('Z-1', 'Zine')));
    const names = async (search?: string, includeArchived?: boolean) =>
      (await listProducts(db, { search, includeArchived })).rows.map((row) => row.name);
    expect(await names()).toEqual(['Logo design', 'Webinar', 'Website', 'Zine']);
    expect(await names('we')).toEqual(['Logo design', 'Webinar', 'Website']);
    expect(await names('ab-')).toEqual(['Webinar']);
    value(await archiveProduct(db, logo.id));
    expect((await getProduct(db, logo.id))?.archived).toBe(true);
    expect(await names('we')).toEqual(['Webinar', 'Website']);
    expect(await names('we', true)).toEqual(['Logo design', 'Webinar', 'Website']);
    const page = await listProducts(db, { limit: 1, offset: 1 });
    expect(page.rows.map((row) => row.name)).toEqual(['Website']);
    expect(page.hasMore).toBe(true);
  });
});
