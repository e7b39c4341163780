import { addDays, type IsoDate } from '../../shared/dates/isoDate';
import { ok } from '../../shared/result';
import type { SalesDocument } from '../../shared/schemas/document';
import { dueDateFor } from '../../shared/terms/paymentTerms';
import { customerDefaultsFor, saveCustomer, saveCustomerClass } from './customersRepository';
import { fail, type DataError, type DataResult } from './dataError';
import type { InvoicerDb, StoredProduct } from './db';
import { DEMO_CUSTOMERS, DEMO_DOCUMENTS, DEMO_PRODUCTS } from './demoCompanyData';
import { lineFromProduct } from './documentDrafts';
import { newDraft, saveDraft } from './documentsRepository';
import { postDocument } from './postDocument';
import { saveProduct } from './productsRepository';
import { completeSetup, getSettings, saveSettings } from './settingsRepository';

export type DemoSummary = { customers: number; products: number; documents: number };

/** Stops the seed at the first refusal; seedDemoCompany hands it back as a result. */
class SeedStopped extends Error {
  constructor(readonly error: DataError) {
    super(error.message);
  }
}

function must<T>(result: DataResult<T>): T {
  if (!result.ok) throw new SeedStopped(result.error);
  return result.value;
}

/**
 * Fills an empty database with a demo trader to explore: settings, a customer class, five
 * customers (one written in Greek), six products, posted invoices (two of them overdue),
 * drafts and a sent quote, all written through the repositories as a user's would be.
 * Refused once the company is set up or any customer or document exists.
 */
export async function seedDemoCompany(
  db: InvoicerDb,
  today: IsoDate,
): Promise<DataResult<DemoSummary>> {
  const used =
    (await getSettings(db))?.setupCompleted === true ||
    (await db.customers.count()) > 0 ||
    (await db.documents.count()) > 0;
  if (used) {
    return fail(
      'CONFLICT',
      'The demo company can only be loaded into a new, empty database; this one is already in use.',
    );
  }
  try {
    return ok(await seed(db, today));
  } catch (error) {
    if (error instanceof SeedStopped) return { ok: false, error: error.error };
    throw error;
  }
}

async function seed(db: InvoicerDb, today: IsoDate): Promise<DemoSummary> {
  must(
    await completeSetup(db, {
      companyName: 'Weber Design Studio',
      address: { line1: 'Torstraße 101', postalCode: '10119', city: 'Berlin', country: 'DE' },
      vatMode: { kind: 'normal' },
      currency: 'EUR',
      locale: 'en-GB',
      firstInvoiceNumber: 1,
    }),
  );
  const settings = (await getSettings(db))!;
  must(
    await saveSettings(db, {
      ...settings,
      company: {
        ...settings.company,
        vatId: 'DE123456789',
        taxId: '30/123/45678',
        email: 'hello@weber-design.example',
        phone: '+49 30 1234567',
        website: 'www.weber-design.example',
        sepaCreditorId: 'DE98ZZZ09999999999',
        bankAccounts: [
          {
            id: 'demo-bank',
            label: 'Business account',
            iban: 'DE89370400440532013000',
            bic: 'COBADEFFXXX',
            bankName: 'Commerzbank',
            isDefault: true,
          },
        ],
      },
    }),
  );
  const agencies = must(
    await saveCustomerClass(db, {
      name: 'Agencies',
      paymentTerms: { kind: 'net', days: 30 },
      currency: null,
      language: null,
      defaultPaymentMethod: null,
    }),
  );
  const customerIds: string[] = [];
  for (const { inAgencyClass, ...customer } of DEMO_CUSTOMERS) {
    const classId = inAgencyClass ? agencies.id : null;
    customerIds.push(must(await saveCustomer(db, { ...customer, classId })).id);
  }
  const products: StoredProduct[] = [];
  for (const product of DEMO_PRODUCTS) products.push(must(await saveProduct(db, product)));

  for (const plan of DEMO_DOCUMENTS) {
    const customerId = customerIds[plan.customer]!;
    const draft = must(await newDraft(db, plan.kind, { customerId }));
    const { vatTreatment } = must(await customerDefaultsFor(db, customerId));
    const issueDate = addDays(today, -plan.daysAgo);
    const lines = plan.lines.map(({ product, quantity }) =>
      lineFromProduct(products[product]!, quantity, vatTreatment),
    );
    const dated = {
      ...draft,
      issueDate,
      dueDate: draft.kind === 'invoice' ? dueDateFor(issueDate, draft.paymentTerms) : null,
      ...(draft.kind === 'quote' ? { validUntil: addDays(issueDate, 30) } : {}),
      lines,
    } as SalesDocument;
    const saved = must(await saveDraft(db, dated));
    if (plan.post) must(await postDocument(db, saved.id, { today }));
  }
  return {
    customers: customerIds.length,
    products: products.length,
    documents: DEMO_DOCUMENTS.length,
  };
}
