import { z } from 'zod';
import { TOTALS_GROUPS, totalsKey } from '../../../shared/dashboard/dashboardTotals';
import { JOURNAL_SOURCE_TYPES } from '../../../shared/journal/journalEntry';
import { companyMailingSettingsSchema } from '../../../shared/mail/mailingSettings';
import { messageTemplateSchema } from '../../../shared/mail/messageTemplates';
import { minor } from '../../../shared/money/minor';
import { documentNumberKey } from '../../../shared/numbering/manualNumber';
import { invoiceBalance } from '../../../shared/payments/invoiceSettlement';
import { currencyField, minorField } from '../../../shared/schemas/amountFields';
import { auditRecordSchema } from '../../../shared/schemas/auditRecord';
import { customerClassSchema, customerSchema } from '../../../shared/schemas/customer';
import { documentSchema } from '../../../shared/schemas/document';
import { accountCodeField } from '../../../shared/schemas/domainFields';
import { idField, isoDateField, timestampField } from '../../../shared/schemas/fields';
import { paymentSchema } from '../../../shared/schemas/payment';
import { productSchema } from '../../../shared/schemas/product';
import { businessSettingsSchema } from '../../../shared/schemas/settings';
import { BUSINESS_SETTINGS_KEY } from '../db';
import { COMPANY_MAILING_KEY } from '../mailingRepository';
import { nameSearchKey, numberSearchKey } from '../searchKeys';
import { sendLogEntrySchema } from '../sendLogSchema';

// Every row of every table of a backup passes one of these before a restore touches the
// database (issue 6). A row is checked as the repositories would have written it: the
// domain record's own schema (the same one every save goes through), plus the fields the data
// layer derives and stores next to it for its indexes (db.ts), which must be what the data
// layer would derive, or lists and searches would silently miss the record.
//
// A table missing here cannot be restored, and a test fails for every table of the current
// Dexie schema without an entry: a new table cannot be forgotten.

type Ctx = z.core.$RefinementCtx<unknown>;

/** The record's schema and the schema of the index fields, on the same row. */
function stored<R extends z.ZodType, I extends z.ZodType>(record: R, index: I) {
  return z.intersection(record, index);
}

function derived(ctx: Ctx, field: string, actual: unknown, expected: unknown): void {
  if (actual !== expected) {
    ctx.addIssue({
      code: 'custom',
      path: [field],
      message: `The stored ${field} does not match the record; the row was changed by hand.`,
      input: actual,
    });
  }
}

const key = z.string().max(1000);
const computedMinor = (label: string) =>
  minorField(label, 'any', { limit: Number.MAX_SAFE_INTEGER });

const nameKeyed = z.object({ nameKey: key });

const customerRow = stored(customerSchema, nameKeyed).superRefine((row, ctx) =>
  derived(ctx, 'nameKey', row.nameKey, nameSearchKey(row.name)),
);

const customerClassRow = stored(customerClassSchema, nameKeyed).superRefine((row, ctx) =>
  derived(ctx, 'nameKey', row.nameKey, nameSearchKey(row.name)),
);

const productRow = stored(productSchema, z.object({ skuKey: key, nameKey: key })).superRefine(
  (row, ctx) => {
    derived(ctx, 'skuKey', row.skuKey, numberSearchKey(row.sku));
    derived(ctx, 'nameKey', row.nameKey, nameSearchKey(row.name));
  },
);

const documentIndexFields = z.object({
  numberKey: key,
  customerName: z.string().max(1000),
  customerNameKey: key,
  dueDateKey: key,
  netTotal: computedMinor('Net total'),
  grossTotal: computedMinor('Gross total'),
  amountDue: computedMinor('Amount due'),
  paid: computedMinor('Paid'),
  credited: computedMinor('Credited'),
  balance: computedMinor('Balance'),
});

const documentRow = stored(documentSchema, documentIndexFields).superRefine((row, ctx) => {
  derived(
    ctx,
    'numberKey',
    row.numberKey,
    row.number === null ? '' : documentNumberKey(row.number),
  );
  derived(ctx, 'customerNameKey', row.customerNameKey, nameSearchKey(row.customerName));
  derived(ctx, 'dueDateKey', row.dueDateKey, row.dueDate ?? '');
  if (row.posted) derived(ctx, 'customerName', row.customerName, row.posted.buyer.name);
  const { amountDue, paid, credited } = row;
  derived(ctx, 'balance', row.balance, invoiceBalance({ amountDue, paid, credited }));
});

const journalLine = z
  .object({
    account: accountCodeField('Journal account'),
    debit: minorField('Debit', 'nonNegative', { limit: Number.MAX_SAFE_INTEGER }),
    credit: minorField('Credit', 'nonNegative', { limit: Number.MAX_SAFE_INTEGER }),
  })
  .refine((line) => (line.debit === 0) !== (line.credit === 0), {
    message: 'A journal line has an amount on exactly one side.',
  });

/** A journal entry as storeJournalEntry writes it (shared/journal JournalEntry + source). */
const journalRow = z
  .object({
    id: idField('The journal entry has no id.'),
    date: isoDateField('Journal date'),
    source: z.object({
      type: z.enum(JOURNAL_SOURCE_TYPES),
      id: idField('The journal entry names no source.'),
      reference: z.string().max(1000),
    }),
    description: z.string().max(5000),
    currency: currencyField('Journal currency'),
    lines: z.array(journalLine).min(1).max(10_000),
    sourceType: z.enum(JOURNAL_SOURCE_TYPES),
    sourceId: idField('The journal entry names no source.'),
    createdAt: timestampField('Created at'),
  })
  .superRefine((row, ctx) => {
    derived(ctx, 'sourceType', row.sourceType, row.source.type);
    derived(ctx, 'sourceId', row.sourceId, row.source.id);
    const debit = row.lines.reduce((sum, line) => sum + line.debit, 0);
    const credit = row.lines.reduce((sum, line) => sum + line.credit, 0);
    if (debit !== credit) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: `The journal entry does not balance: debits ${minor(debit)}, credits ${minor(credit)}.`,
        input: row.lines,
      });
    }
  });

/**
 * A row of the dashboard totals (shared/dashboard): its shape and its key, so a file with
 * rows Invoicer never wrote is refused like any other. Its count and amount are not checked
 * against the records: they are derived data a restore rebuilds instead of writing back
 * (restoreBackup DERIVED_TABLES).
 */
const dashboardTotalsRow = z
  .strictObject({
    key,
    group: z.enum(TOTALS_GROUPS),
    date: z.string().max(10),
    currency: currencyField('Dashboard currency'),
    count: z.int().positive(),
    amount: computedMinor('Dashboard amount'),
  })
  .superRefine((row, ctx) =>
    derived(ctx, 'key', row.key, totalsKey(row.group, row.date, row.currency)),
  );

/** A row of the open invoices (derived/openInvoicesView), rebuilt on restore like the totals. */
const openInvoiceRow = z
  .strictObject({
    key,
    id: key,
    status: z.enum(['posted', 'partiallyPaid']),
    dueDateKey: z.string().max(10),
    balance: computedMinor('Open balance'),
  })
  .superRefine((row, ctx) => derived(ctx, 'key', row.key.slice(row.key.indexOf('|') + 1), row.id));

/**
 * The schema of each table's rows, by table name. Tables of future schema versions get
 * their entry when they are added (the map test says so); an entry for a table the database
 * does not have is harmless.
 */
export const BACKUP_RECORD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  settings: z.strictObject({
    key: z.literal(BUSINESS_SETTINGS_KEY),
    value: businessSettingsSchema,
  }),
  customers: customerRow,
  customerClasses: customerClassRow,
  products: productRow,
  documents: documentRow,
  payments: paymentSchema,
  journal: journalRow,
  // Version 2.
  sendLog: sendLogEntrySchema,
  messageTemplates: messageTemplateSchema,
  mailingSettings: z.strictObject({
    key: z.literal(COMPANY_MAILING_KEY),
    value: companyMailingSettingsSchema,
  }),
  // Version 3: the audit chain (shared/schemas/auditRecord).
  audit: auditRecordSchema,
  // Version 5: the dashboard totals and open invoices, derived from documents and payments.
  dashboardTotals: dashboardTotalsRow,
  openInvoices: openInvoiceRow,
};
