import Dexie from 'dexie';
import type { z } from 'zod';
import { ok } from '../../shared/result';
import { customerSchema, type Customer } from '../../shared/schemas/customer';
import { nowIso } from './clock';
import { fail, notFound, validate, type DataResult } from './dataError';
import type { InvoicerDb, StoredCustomer } from './db';
import { newId } from './ids';
import { nameSearchKey } from './searchKeys';

export {
  customerDefaultsFor,
  deleteCustomerClass,
  getCustomerClass,
  listCustomerClasses,
  saveCustomerClass,
  type CustomerClassInput,
} from './customerClassesRepository';

type CustomerFields = z.input<typeof customerSchema>;

/** A customer as a form sends it: id optional (new), timestamps and archived set here. */
export type CustomerInput = Omit<CustomerFields, 'id' | 'createdAt' | 'updatedAt' | 'archived'> & {
  id?: string | undefined;
  archived?: boolean | undefined;
};

export type ListQuery = {
  /** Prefix of the name, any case, accents ignored. */
  search?: string | undefined;
  includeArchived?: boolean | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
};

export type ListPage<T> = { rows: T[]; hasMore: boolean };

export type RemovalOutcome = { outcome: 'deleted' | 'archived'; message: string };

const DOCUMENT_KINDS = ['invoice', 'quote', 'creditNote'] as const;
const DEFAULT_LIMIT = 50;

/** Customers ordered by name, optionally by name prefix; archived ones only when asked. */
export async function listCustomers(
  db: InvoicerDb,
  query: ListQuery = {},
): Promise<ListPage<StoredCustomer>> {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const prefix = nameSearchKey(query.search ?? '');
  let collection = prefix
    ? db.customers.where('nameKey').startsWith(prefix)
    : db.customers.orderBy('nameKey');
  if (!query.includeArchived) collection = collection.filter((customer) => !customer.archived);
  const rows = await collection
    .offset(query.offset ?? 0)
    .limit(limit + 1)
    .toArray();
  return { rows: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** One customer, or null. */
export async function getCustomer(db: InvoicerDb, id: string): Promise<StoredCustomer | null> {
  return (await db.customers.get(id)) ?? null;
}

/**
 * Creates the customer when its id is new, else updates it. Validated with the customer
 * schema; a refusal carries a message per field. Drafts of a renamed customer are listed
 * under the new name (posted documents keep the name they were posted with).
 */
export async function saveCustomer(
  db: InvoicerDb,
  input: CustomerInput,
): Promise<DataResult<StoredCustomer>> {
  const id = input.id?.trim() || newId();
  return db.transaction('rw', db.customers, db.customerClasses, db.documents, async () => {
    const existing = await db.customers.get(id);
    const now = nowIso();
    const checked = validate(customerSchema, {
      ...input,
      id,
      archived: input.archived ?? existing?.archived ?? false,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (!checked.ok) return checked;
    const customer = checked.value;
    if (customer.classId !== null && !(await db.customerClasses.get(customer.classId))) {
      const message = 'This customer class no longer exists; choose another class or none.';
      return fail('INVALID', message, [{ path: 'classId', message }]);
    }
    const stored = toStoredCustomer(customer);
    await db.customers.put(stored);
    if (existing && existing.name !== stored.name) await renameInDrafts(db, stored);
    return ok(stored);
  });
}

/**
 * Deletes a customer no document refers to. One that documents refer to is archived
 * instead: hidden from pickers and lists, kept for the records; the result says which.
 */
export async function removeCustomer(
  db: InvoicerDb,
  id: string,
): Promise<DataResult<RemovalOutcome>> {
  return db.transaction('rw', db.customers, db.documents, async () => {
    const customer = await db.customers.get(id);
    if (!customer) return notFound('customer');
    if (await isReferenced(db, id)) {
      await db.customers.put({ ...customer, archived: true, updatedAt: nowIso() });
      return ok({
        outcome: 'archived',
        message: `${customer.name} has documents, so the customer was archived instead of deleted. Archived customers are kept for the records and can be shown again in the customer list.`,
      });
    }
    await db.customers.delete(id);
    return ok({ outcome: 'deleted', message: `${customer.name} was deleted.` });
  });
}

/** The stored form of a validated customer. */
export function toStoredCustomer(customer: Customer): StoredCustomer {
  return { ...customer, nameKey: nameSearchKey(customer.name) };
}

async function isReferenced(db: InvoicerDb, customerId: string): Promise<boolean> {
  for (const kind of DOCUMENT_KINDS) {
    const keys = await db.documents
      .where('[kind+customerId+issueDate]')
      .between([kind, customerId, Dexie.minKey], [kind, customerId, Dexie.maxKey])
      .limit(1)
      .primaryKeys();
    if (keys.length > 0) return true;
  }
  return false;
}

async function renameInDrafts(db: InvoicerDb, customer: StoredCustomer): Promise<void> {
  for (const kind of DOCUMENT_KINDS) {
    await db.documents
      .where('[kind+customerId+issueDate]')
      .between([kind, customer.id, Dexie.minKey], [kind, customer.id, Dexie.maxKey])
      .filter((doc) => doc.status === 'draft')
      .modify({ customerName: customer.name, customerNameKey: customer.nameKey });
  }
}
