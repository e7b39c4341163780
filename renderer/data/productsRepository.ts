import type { z } from 'zod';
import { ok } from '../../shared/result';
import { productSchema } from '../../shared/schemas/product';
import { nowIso } from './clock';
import { fail, notFound, validate, type DataResult } from './dataError';
import type { InvoicerDb, StoredProduct } from './db';
import { newId } from './ids';
import { nameSearchKey, numberSearchKey } from './searchKeys';
import type { ListPage, ListQuery } from './customersRepository';

/** A product as a form sends it: id optional (new), timestamps and archived set here. */
export type ProductInput = Omit<
  z.input<typeof productSchema>,
  'id' | 'createdAt' | 'updatedAt' | 'archived'
> & { id?: string | undefined; archived?: boolean | undefined };

const DEFAULT_LIMIT = 50;
// A prefix search loads its matches to order them by name; a catalogue this size is far
// beyond a sole trader's, and the cap keeps a one-letter search quick regardless.
const SEARCH_CAP = 2000;

/**
 * Products ordered by name. `search` is a prefix of the name or of the item ID (SKU), any
 * case; archived products only when asked.
 */
export async function listProducts(
  db: InvoicerDb,
  query: ListQuery = {},
): Promise<ListPage<StoredProduct>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  const visible = (product: StoredProduct) => query.includeArchived === true || !product.archived;
  const search = query.search?.trim() ?? '';
  if (search === '') {
    const rows = await db.products
      .orderBy('nameKey')
      .filter(visible)
      .offset(offset)
      .limit(limit + 1)
      .toArray();
    return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
  }
  const [byName, bySku] = await Promise.all([
    db.products.where('nameKey').startsWith(nameSearchKey(search)).limit(SEARCH_CAP).toArray(),
    db.products.where('skuKey').startsWith(numberSearchKey(search)).limit(SEARCH_CAP).toArray(),
  ]);
  const unique = new Map([...byName, ...bySku].map((product) => [product.id, product]));
  const rows = [...unique.values()]
    .filter(visible)
    .sort((a, b) => compareText(a.nameKey, b.nameKey) || compareText(a.id, b.id));
  return { rows: rows.slice(offset, offset + limit), hasMore: rows.length > offset + limit };
}

/** One product, or null. */
export async function getProduct(db: InvoicerDb, id: string): Promise<StoredProduct | null> {
  return (await db.products.get(id)) ?? null;
}

/** The products of these ids that exist, by id (archived ones too: drafts still use them). */
export async function getProducts(
  db: InvoicerDb,
  ids: readonly string[],
): Promise<Map<string, StoredProduct>> {
  const found = await db.products.bulkGet([...new Set(ids)]);
  return new Map(
    found.filter((product) => product !== undefined).map((product) => [product.id, product]),
  );
}

/**
 * Creates the product when its id is new, else updates it. Validated with the product
 * schema; an item ID (SKU) another product has, in any case, is refused on 'sku'.
 */
export async function saveProduct(
  db: InvoicerDb,
  input: ProductInput,
): Promise<DataResult<StoredProduct>> {
  const id = input.id?.trim() || newId();
  return db.transaction('rw', db.products, async () => {
    const existing = await db.products.get(id);
    const now = nowIso();
    const checked = validate(productSchema, {
      ...input,
      id,
      archived: input.archived ?? existing?.archived ?? false,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (!checked.ok) return checked;
    const product = checked.value;
    const stored = {
      ...product,
      skuKey: numberSearchKey(product.sku),
      nameKey: nameSearchKey(product.name),
    };
    const holder = await db.products.where('skuKey').equals(stored.skuKey).first();
    if (holder && holder.id !== id) {
      const message = `The item ID ${product.sku} is already used by ${holder.name}; item IDs must be unique.`;
      return fail('INVALID', message, [{ path: 'sku', message }]);
    }
    await db.products.put(stored);
    return ok(stored);
  });
}

/** Hides a product from pickers; documents that use it keep their lines as they are. */
export async function archiveProduct(
  db: InvoicerDb,
  id: string,
): Promise<DataResult<StoredProduct>> {
  return db.transaction('rw', db.products, async () => {
    const product = await db.products.get(id);
    if (!product) return notFound('product');
    const archived = { ...product, archived: true, updatedAt: nowIso() };
    await db.products.put(archived);
    return ok(archived);
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
