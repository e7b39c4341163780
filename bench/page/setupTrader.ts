import {
  effectiveDefaultsOf,
  saveCustomerClass,
  type CustomerClassInput,
} from '../../renderer/data/customerClassesRepository';
import { saveCustomer, type CustomerInput } from '../../renderer/data/customersRepository';
import type { InvoicerDb, StoredCustomer, StoredProduct } from '../../renderer/data/db';
import { saveProduct, type ProductInput } from '../../renderer/data/productsRepository';
import { completeSetup, getSettings, saveSettings } from '../../renderer/data/settingsRepository';
import type { EffectiveDefaults } from '../../shared/customers/customerDefaults';
import type { BulkFacts } from './bulkExecutor';
import { BENCH_CLASSES, BENCH_SETUP, benchCompany } from './catalogue';
import { must } from './repositoryExecutor';

// The trader of a benchmark database, made through the app's repositories as the first-run
// setup, the settings screen and the customer and product forms would: settings, classes,
// customers, products. Many saves share one outer transaction (Dexie runs each repository's
// own transaction inside it), which writes thousands of customers in seconds.

/**
 * Sets up the trader in an empty database and returns what the bulk path needs. Customers
 * are made from the ids of the classes; `classIds` fixes those ids (else new ones).
 */
export async function setUpTrader(
  db: InvoicerDb,
  input: {
    customers: (classIds: string[]) => CustomerInput[];
    products: ProductInput[];
    classIds?: string[] | undefined;
  },
): Promise<BulkFacts> {
  must(await completeSetup(db, BENCH_SETUP), 'setup');
  const initial = (await getSettings(db))!;
  const settings = must(
    await saveSettings(db, { ...initial, company: benchCompany(initial.company) }),
    'settings',
  );
  const classIds: string[] = [];
  for (const [index, customerClass] of BENCH_CLASSES.entries()) {
    const withId: CustomerClassInput = { ...customerClass, id: input.classIds?.[index] };
    classIds.push(must(await saveCustomerClass(db, withId), 'class').id);
  }
  const customers: StoredCustomer[] = [];
  const customerInputs = input.customers(classIds);
  await db.transaction('rw', [db.customers, db.customerClasses, db.documents], async () => {
    for (const customer of customerInputs) {
      customers.push(must(await saveCustomer(db, customer), `customer ${customer.name}`));
    }
  });
  const products: StoredProduct[] = [];
  await db.transaction('rw', db.products, async () => {
    for (const product of input.products) {
      products.push(must(await saveProduct(db, product), `product ${product.sku}`));
    }
  });
  const defaults = new Map<string, EffectiveDefaults>();
  await db.transaction('r', db.customerClasses, async () => {
    for (const customer of customers) {
      defaults.set(customer.id, await effectiveDefaultsOf(db, customer, settings));
    }
  });
  return { settings: { value: settings }, customers, defaults, products };
}
