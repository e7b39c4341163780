import Dexie, { type Table } from 'dexie';
import type { JournalEntry, JournalSourceType } from '../../shared/journal/journalEntry';
import type { Minor } from '../../shared/money/minor';
import type { AuditRecord } from '../../shared/schemas/auditRecord';
import type { Customer, CustomerClass } from '../../shared/schemas/customer';
import type { SalesDocument } from '../../shared/schemas/document';
import type { Payment } from '../../shared/schemas/payment';
import type { Product } from '../../shared/schemas/product';
import type { BusinessSettings } from '../../shared/schemas/settings';
import type { MessageTemplate } from '../../shared/mail/messageTemplates';
import type { DashboardTotalsRow } from '../../shared/dashboard/dashboardTotals';
import { derivedTablesMiddleware } from './derived/derivedTablesMiddleware';
import type { OpenInvoiceRow } from './derived/openInvoicesView';
import type { MailingSettingsRow } from './mailingRepository';
import { SCHEMA_VERSIONS } from './migrations/registry';
import type { SendLogEntry } from './sendLogSchema';

/** The one row of the settings table that holds the business settings. */
export const BUSINESS_SETTINGS_KEY = 'business';

export type SettingsRow = { key: typeof BUSINESS_SETTINGS_KEY; value: BusinessSettings };

/** A customer as stored: the schema's record plus its folded name for search and order. */
export type StoredCustomer = Customer & { nameKey: string };

export type StoredCustomerClass = CustomerClass & { nameKey: string };

/** A product as stored: plus folded SKU (unique) and name. */
export type StoredProduct = Product & { skuKey: string; nameKey: string };

/**
 * What the data layer derives and stores next to a document, in the same transaction as the
 * document itself, so lists filter, sort and sum on indexes instead of recomputing.
 */
export type DocumentIndexFields = {
  /** documentNumberKey(number), '' for a draft. */
  numberKey: string;
  /** The buyer's name: the live customer's for a draft, the frozen buyer's once posted. */
  customerName: string;
  customerNameKey: string;
  /** dueDate, or '' where there is none, so every document has a place in the sort. */
  dueDateKey: string;
  /** Of the live totals for a draft, of the frozen totals once posted. */
  netTotal: Minor;
  grossTotal: Minor;
  amountDue: Minor;
  /** Payments and applied credit, net of reversals (maintained by the payments module). */
  paid: Minor;
  /** The gross of posted credit notes against this invoice. */
  credited: Minor;
  /** amountDue − paid − credited (shared/payments invoiceBalance). */
  balance: Minor;
};

/** A quote, invoice or credit note as stored. */
export type StoredDocument = SalesDocument & DocumentIndexFields;

/** A journal entry of shared/journal as stored, with its source flattened for the index. */
export type StoredJournalEntry = JournalEntry & {
  id: string;
  sourceType: JournalSourceType;
  sourceId: string;
  createdAt: string;
};

/** The app's IndexedDB database; schema versions come from migrations/, oldest first. */
export class InvoicerDb extends Dexie {
  declare settings: Table<SettingsRow, string>;
  declare customers: Table<StoredCustomer, string>;
  declare customerClasses: Table<StoredCustomerClass, string>;
  declare products: Table<StoredProduct, string>;
  declare documents: Table<StoredDocument, string>;
  declare payments: Table<Payment, string>;
  declare journal: Table<StoredJournalEntry, string>;
  // Version 2 (migrations/v2.ts).
  declare sendLog: Table<SendLogEntry, string>;
  declare messageTemplates: Table<MessageTemplate, string>;
  declare mailingSettings: Table<MailingSettingsRow, string>;
  // Version 3 (migrations/v3.ts).
  declare audit: Table<AuditRecord, number>;
  // Version 5 (migrations/v5.ts): derived data, kept by derivedTablesMiddleware.
  declare dashboardTotals: Table<DashboardTotalsRow, string>;
  declare openInvoices: Table<OpenInvoiceRow, string>;

  constructor(name: string) {
    super(name);
    for (const register of SCHEMA_VERSIONS) register(this);
    // Every write to documents and payments, by anyone, updates the derived tables with it.
    this.use(derivedTablesMiddleware);
  }
}

/** A handle on the database of that name; Dexie opens it on first use. */
export function openInvoicerDb(name = 'invoicer'): InvoicerDb {
  return new InvoicerDb(name);
}
