import './browserGlobals';
import { nextAuditRecord } from '../../../../../shared/audit/auditChain';
import { auditContentHash } from '../../../../../shared/audit/auditContent';
import { minor } from '../../../../../shared/money/minor';
import { documentNumberKey } from '../../../../../shared/numbering/manualNumber';
import { sha256Hex } from '../../../../../renderer/data/audit/sha256';
import {
  cancelInvoice,
  createCreditNoteDraft,
} from '../../../../../renderer/data/creditNotesRepository';
import type {
  InvoicerDb,
  StoredDocument,
  StoredJournalEntry,
} from '../../../../../renderer/data/db';
import {
  saveCompanyMailing,
  saveMessageTemplate,
} from '../../../../../renderer/data/mailingRepository';
import { registerPayment } from '../../../../../renderer/data/paymentsRepository';
import { postDocument } from '../../../../../renderer/data/postDocument';
import { saveProduct } from '../../../../../renderer/data/productsRepository';
import { recordSend } from '../../../../../renderer/data/sendLog';
import { getSettings, saveSettings } from '../../../../../renderer/data/settingsRepository';
import type { AuditRecord, AuditSourceType } from '../../../../../shared/schemas/auditRecord';
import type { Payment } from '../../../../../shared/schemas/payment';
import { addCustomer, addDraft, line, setUpCompany, TODAY, value } from '../testDatabase';

// A database with something in every table, written through the repositories as the app
// writes it: settings with a logo, customers (one in Greek), a product, posted invoices with
// payments, a credit note, a cancelled invoice, drafts, send history, a message template
// and the mailing settings. manyInvoices() copies its posted invoices, their payments and
// journal entries up to any number of invoices, fast (bulkAdd), with the audit records their
// posting would have appended, for the round-trip test.

/** A 1×1 PNG: the logo lives in the business settings row, so backups carry it. */
export const LOGO_PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Fills `db` with a small trader's books touching every table of the schema. */
export async function seedBooks(db: InvoicerDb): Promise<void> {
  await setUpCompany(db);
  const settings = (await getSettings(db))!;
  value(
    await saveSettings(db, {
      ...settings,
      company: { ...settings.company, logo: { mimeType: 'image/png', dataBase64: LOGO_PNG } },
    }),
  );
  const acme = await addCustomer(db, 'Acme SARL');
  const greek = await addCustomer(db, 'Ελληνική Εταιρεία');
  value(
    await saveProduct(db, {
      sku: 'CONS-01',
      name: 'Consulting hour',
      description: '',
      unit: 'HUR',
      unitPrice: '100',
      vatCategory: 'standard',
      vatRate: '19',
      exemptionReason: '',
      revenueAccount: null,
    }),
  );
  const posted: StoredDocument[] = [];
  for (const [index, customer] of [acme, greek, acme, greek].entries()) {
    const draft = await addDraft(db, customer.id, {
      lines: [line(String(index + 1), '33.33'), line('1', '12.345', { vatRate: '7' })],
      change: (doc) => ({ ...doc, allowPartialPayment: true }),
    });
    posted.push(value(await postDocument(db, draft.id, { today: TODAY })));
  }
  const [first, second, third, fourth] = posted as [StoredDocument, ...StoredDocument[]];
  const pay = (amount: number) => ({
    amount: minor(amount),
    date: TODAY,
    method: 'bankTransfer' as const,
    reference: 'TX-1',
    overpayment: 'refuse' as const,
  });
  value(await registerPayment(db, first.id, pay(first.amountDue)));
  value(await registerPayment(db, second!.id, pay(Math.floor(second!.amountDue / 2))));
  const credit = value(await createCreditNoteDraft(db, third!.id, { kind: 'all' }));
  value(await postDocument(db, credit.id, { today: TODAY }));
  value(await cancelInvoice(db, fourth!.id, { today: TODAY }));
  await addDraft(db, acme.id);
  await addDraft(db, greek.id, { kind: 'quote' });
  value(
    await recordSend(db, {
      documentId: first.id,
      channel: 'pdf',
      target: '/tmp/a.pdf',
      outcome: 'sent',
    }),
  );
  value(
    await saveMessageTemplate(db, {
      id: 'tpl-friendly',
      name: 'Friendly',
      documentKind: 'invoice',
      subject: 'Invoice {invoice.number}',
      body: 'Dear {customer.name},\n\nhere is your invoice.\n',
    }),
  );
  value(
    await saveCompanyMailing(db, {
      sendByEmail: true,
      smtpAccountId: null,
      templateId: 'tpl-friendly',
      printInvoices: true,
      extraRecipients: ['books@example.com'],
    }),
  );
}

/**
 * Copies the posted invoices of the books, with their payments and journal entries, until
 * the database holds `total` invoices: each copy has its own id and number, like a year of
 * posting would have produced, and passes every check of a backup.
 */
export async function manyInvoices(db: InvoicerDb, total: number): Promise<void> {
  const all = await db.documents.toArray();
  const invoices = all.filter((doc) => doc.kind === 'invoice' && doc.posted !== null);
  // The credit notes of cancelled invoices are copied with them; a copy of the partly
  // credited invoice keeps its figures without its credit note, which keeps the test lean.
  const cancelled = new Set(
    invoices.filter((doc) => doc.status === 'cancelled').map((doc) => doc.id),
  );
  const creditNotes = all.filter(
    (doc) =>
      doc.kind === 'creditNote' && doc.posted !== null && cancelled.has(doc.creditedInvoiceId),
  );
  const payments = await db.payments.toArray();
  const journal = await db.journal.toArray();
  const existing = await db.documents
    .where('[kind+issueDate]')
    .between(['invoice', ''], ['invoice', '\uffff'])
    .count();
  const docs: StoredDocument[] = [];
  let copies = 0;
  const newPayments: Payment[] = [];
  const entries: StoredJournalEntry[] = [];
  for (let copy = 0; existing + copies < total; copy += 1) {
    copies += 1;
    const source = invoices[copy % invoices.length]!;
    const id = `copy-${copy}`;
    const number = `COPY-${String(copy).padStart(6, '0')}`;
    docs.push({ ...source, id, number, numberKey: documentNumberKey(number) });
    for (const payment of payments.filter((p) => p.invoiceId === source.id)) {
      newPayments.push({ ...payment, id: `${id}-${payment.id}`, invoiceId: id });
    }
    const copyEntries = (fromId: string, toId: string, reference: string) => {
      for (const entry of journal.filter((e) => e.sourceId === fromId)) {
        const source = { ...entry.source, id: toId, reference };
        entries.push({ ...entry, id: `${toId}-${entry.id}`, source, sourceId: toId });
      }
    };
    copyEntries(source.id, id, number);
    for (const [index, note] of creditNotes
      .filter((n) => n.kind === 'creditNote' && n.creditedInvoiceId === source.id)
      .entries()) {
      if (note.kind !== 'creditNote') continue;
      const noteId = `${id}-cn-${index}`;
      const noteNumber = `CN-COPY-${String(copy).padStart(6, '0')}-${index}`;
      docs.push({
        ...note,
        id: noteId,
        number: noteNumber,
        numberKey: documentNumberKey(noteNumber),
        creditedInvoiceId: id,
        creditedInvoiceNumber: number,
      });
      copyEntries(note.id, noteId, noteNumber);
    }
  }
  const audit = await auditRecordsFor(db, docs, newPayments);
  await db.transaction('rw', [db.documents, db.payments, db.journal, db.audit], async () => {
    await db.documents.bulkAdd(docs);
    await db.payments.bulkAdd(newPayments);
    await db.journal.bulkAdd(entries);
    await db.audit.bulkAdd(audit);
  });
}

/**
 * The audit records posting the copies would have appended after the chain's last record,
 * so the copies pass a restore's audit check as posted documents and payments do.
 */
async function auditRecordsFor(
  db: InvoicerDb,
  docs: readonly StoredDocument[],
  payments: readonly Payment[],
): Promise<AuditRecord[]> {
  let previous = (await db.audit.orderBy(':id').last()) ?? null;
  const records: AuditRecord[] = [];
  const append = (sourceType: AuditSourceType, stored: { id: string }, at: string) => {
    const contentHash = auditContentHash(sourceType, stored, sha256Hex);
    if (!contentHash.ok) throw new Error(contentHash.error.message);
    const entry = { sourceType, sourceId: stored.id, at, contentHash: contentHash.value };
    previous = nextAuditRecord(previous, entry, sha256Hex);
    records.push(previous);
  };
  for (const doc of docs) {
    if (doc.kind !== 'quote' && doc.posted) append(doc.kind, doc, doc.posted.postedAt);
  }
  for (const payment of payments) append('payment', payment, payment.createdAt);
  return records;
}

/** Every row of every table, keyed by table, in key order: what "the same data" means. */
export async function everything(db: InvoicerDb): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) all[table.name] = await table.toArray();
  });
  return all;
}
