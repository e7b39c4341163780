import type { z } from 'zod';
import {
  effectiveCustomerDefaults,
  type CompanyDefaults,
  type EffectiveDefaults,
} from '../../shared/customers/customerDefaults';
import { ok } from '../../shared/result';
import { customerClassSchema } from '../../shared/schemas/customer';
import type { BusinessSettings } from '../../shared/schemas/settings';
import { fail, notFound, validate, type DataResult } from './dataError';
import {
  BUSINESS_SETTINGS_KEY,
  type InvoicerDb,
  type StoredCustomer,
  type StoredCustomerClass,
} from './db';
import { newId } from './ids';
import { nameSearchKey } from './searchKeys';

/** A customer class as a form sends it; a missing id creates a new class. */
export type CustomerClassInput = Omit<z.input<typeof customerClassSchema>, 'id'> & {
  id?: string | undefined;
};

/** Every customer class, ordered by name (a sole trader has a handful). */
export async function listCustomerClasses(db: InvoicerDb): Promise<StoredCustomerClass[]> {
  return db.customerClasses.orderBy('nameKey').toArray();
}

/** One customer class, or null. */
export async function getCustomerClass(
  db: InvoicerDb,
  id: string,
): Promise<StoredCustomerClass | null> {
  return (await db.customerClasses.get(id)) ?? null;
}

/** Creates or updates a customer class; validated, with a message per field. */
export async function saveCustomerClass(
  db: InvoicerDb,
  input: CustomerClassInput,
): Promise<DataResult<StoredCustomerClass>> {
  const checked = validate(customerClassSchema, { ...input, id: input.id?.trim() || newId() });
  if (!checked.ok) return checked;
  const stored = { ...checked.value, nameKey: nameSearchKey(checked.value.name) };
  await db.customerClasses.put(stored);
  return ok(stored);
}

/** Deletes a customer class; refused with IN_USE while a customer belongs to it. */
export async function deleteCustomerClass(db: InvoicerDb, id: string): Promise<DataResult<null>> {
  return db.transaction('rw', db.customerClasses, db.customers, async () => {
    const found = await db.customerClasses.get(id);
    if (!found) return notFound('customer class');
    const members = await db.customers.where('classId').equals(id).count();
    if (members > 0) {
      const who = members === 1 ? '1 customer belongs' : `${members} customers belong`;
      return fail(
        'IN_USE',
        `${who} to the class ${found.name}; move them to another class (or none) before deleting it.`,
      );
    }
    await db.customerClasses.delete(id);
    return ok(null);
  });
}

/** The company-wide fallbacks of new documents, from the settings. */
export function companyDefaults(settings: BusinessSettings): CompanyDefaults {
  return {
    currency: settings.defaultCurrency,
    paymentTerms: settings.defaultPaymentTerms,
    language: settings.locale,
    // Settings have no default payment method; a transfer is what an invoice asks for.
    paymentMethod: 'bankTransfer',
  };
}

/**
 * The values a new document for the customer starts with (currency, terms, language,
 * payment method), each from the customer, else its class, else the company settings.
 */
export async function customerDefaultsFor(
  db: InvoicerDb,
  customerId: string,
): Promise<DataResult<EffectiveDefaults>> {
  return db.transaction('r', db.customers, db.customerClasses, db.settings, async () => {
    const settings = (await db.settings.get(BUSINESS_SETTINGS_KEY))?.value;
    if (!settings) return fail('SETUP_REQUIRED', 'Set up your company first.');
    const customer = await db.customers.get(customerId);
    if (!customer) return notFound('customer');
    return ok(await effectiveDefaultsOf(db, customer, settings));
  });
}

/** effectiveCustomerDefaults of a stored customer, with its class read from the database. */
export async function effectiveDefaultsOf(
  db: InvoicerDb,
  customer: StoredCustomer,
  settings: BusinessSettings,
): Promise<EffectiveDefaults> {
  const customerClass = customer.classId
    ? await db.customerClasses.get(customer.classId)
    : undefined;
  return effectiveCustomerDefaults(customer, customerClass ?? null, companyDefaults(settings));
}
