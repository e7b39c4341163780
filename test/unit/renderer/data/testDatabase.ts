import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { addDays, isoDate, type IsoDate } from '../../../../shared/dates/isoDate';
import { dueDateFor } from '../../../../shared/terms/paymentTerms';
import type { SalesDocument } from '../../../../shared/schemas/document';
import type { DocumentLine } from '../../../../shared/schemas/documentLine';
import type { Result } from '../../../../shared/result';
import { setClock } from '../../../../renderer/data/clock';
import { saveCustomer, type CustomerInput } from '../../../../renderer/data/customersRepository';
import type { DataError } from '../../../../renderer/data/dataError';
import { openInvoicerDb, type InvoicerDb, type StoredDocument } from '../../../../renderer/data/db';
import { newDraft, saveDraft } from '../../../../renderer/data/documentsRepository';
import { newId } from '../../../../renderer/data/ids';
import {
  completeSetup,
  getSettings,
  saveSettings,
} from '../../../../renderer/data/settingsRepository';

// Shared set-up of the data-layer tests: a fresh database per test (fake-indexeddb), a fixed
// clock, a company that may post, and builders for customers and draft lines.

export const TODAY = isoDate('2026-03-16');

/** A new, empty database with a name no other test uses, and the clock fixed at TODAY noon. */
export function freshDb(): InvoicerDb {
  setClock(() => new Date(`${TODAY}T12:00:00`));
  return openInvoicerDb(`test-${randomUUID()}`);
}

/** The value of a result the test expects to have succeeded; fails with its error otherwise. */
export function value<T>(result: Result<T, DataError>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** The error of a result the test expects to have failed. */
export function failure<T>(result: Result<T, DataError>): DataError {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** A company set up to post: VAT ID, bank account, first invoice number `first`. */
export async function setUpCompany(db: InvoicerDb, first = 1): Promise<void> {
  value(
    await completeSetup(db, {
      companyName: 'Müller Consulting',
      address: { line1: 'Hauptstraße 1', city: 'Berlin', postalCode: '10115', country: 'DE' },
      vatMode: { kind: 'normal' },
      currency: 'EUR',
      locale: 'de-DE',
      firstInvoiceNumber: first,
    }),
  );
  const settings = (await getSettings(db))!;
  value(
    await saveSettings(db, {
      ...settings,
      company: {
        ...settings.company,
        vatId: 'DE123456789',
        bankAccounts: [
          {
            id: 'bank-1',
            label: 'Main',
            iban: 'DE89370400440532013000',
            bic: 'COBADEFFXXX',
            bankName: 'Commerzbank',
            isDefault: true,
          },
        ],
      },
    }),
  );
}

/** Stores a customer with a full billing address. */
export async function addCustomer(
  db: InvoicerDb,
  name: string,
  extra: Partial<CustomerInput> = {},
) {
  return value(
    await saveCustomer(db, {
      name,
      classId: null,
      billingAddress: { line1: 'Rue de la Paix 2', city: 'Paris', country: 'FR' },
      deliveryAddress: null,
      contacts: [],
      vatId: 'FR40303265045',
      paymentTerms: null,
      currency: null,
      language: null,
      defaultPaymentMethod: null,
      directDebit: null,
      ...extra,
    }),
  );
}

/** A write-in line: quantity × price at 19 % standard VAT unless told otherwise. */
export function line(
  quantity: string,
  unitPrice: string,
  extra: Partial<DocumentLine> = {},
): DocumentLine {
  return {
    id: newId(),
    productId: null,
    description: 'Consulting',
    quantity,
    unit: 'HUR',
    unitPrice,
    baseQuantity: '1',
    allowances: [],
    charges: [],
    vatCategory: 'standard',
    vatRate: '19',
    revenueAccount: null,
    ...extra,
  };
}

/** Creates and saves a draft of the kind for the customer, with the lines and changes given. */
export async function addDraft(
  db: InvoicerDb,
  customerId: string,
  options: {
    kind?: SalesDocument['kind'];
    lines?: DocumentLine[];
    issueDate?: IsoDate;
    change?: (doc: SalesDocument) => SalesDocument;
  } = {},
): Promise<StoredDocument> {
  const draft = value(await newDraft(db, options.kind ?? 'invoice', { customerId }));
  const dated = options.issueDate
    ? {
        ...draft,
        issueDate: options.issueDate,
        dueDate: draft.dueDate && dueDateFor(options.issueDate, draft.paymentTerms),
        ...(draft.kind === 'quote' ? { validUntil: addDays(options.issueDate, 30) } : {}),
      }
    : draft;
  const withLines = { ...dated, lines: options.lines ?? [line('2', '100')] } as SalesDocument;
  return value(await saveDraft(db, options.change ? options.change(withLines) : withLines));
}
