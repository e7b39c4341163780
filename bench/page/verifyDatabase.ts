import Dexie from 'dexie';
import type { InvoicerDb, StoredDocument } from '../../renderer/data/db';
import { toSalesDocument } from '../../renderer/data/storedDocument';
import { sha256Hex } from '../../renderer/data/audit/sha256';
import { checkAuditLink } from '../../shared/audit/auditChain';
import { settlementStatus } from '../../shared/documents/invoiceStates';
import { documentNumberKey } from '../../shared/numbering/manualNumber';
import { documentSchema } from '../../shared/schemas/document';
import type { AuditSourceType } from '../../shared/schemas/auditRecord';
import { paymentSchema } from '../../shared/schemas/payment';
import { canonical, firstDifference } from './canonicalRecords';
import { seededRandom } from './random';

// Checks of the generated database before anything is timed: a sample of invoices is read
// back with everything that refers to it, and each record must pass the app's zod schema
// unchanged, its stored figures must agree with its frozen totals, payments and credit
// notes, every journal entry must balance, and its audit record must follow the one before
// and vouch for it; the whole tables must have one journal entry and one audit record per
// posting and payment.

type Problem = string;

function schemaProblems(doc: StoredDocument): Problem[] {
  const plain = toSalesDocument(doc);
  const parsed = documentSchema.safeParse(plain);
  if (!parsed.success) return [`${doc.number ?? doc.id}: schema: ${parsed.error.message}`];
  const changed = firstDifference(canonical(plain, new Map()), canonical(parsed.data, new Map()));
  return changed === null
    ? []
    : [`${doc.number}: the schema would store it differently: ${changed}`];
}

function figureProblems(doc: StoredDocument, paid: number, credited: number): Problem[] {
  const problems: Problem[] = [];
  const say = (what: string) => problems.push(`${doc.number ?? doc.id}: ${what}`);
  const totals = doc.posted?.totals;
  if (!totals) return doc.status === 'draft' ? [] : [`${doc.id}: posted without totals`];
  if (totals.grossTotal !== totals.netTotal + totals.vatTotal) say('gross ≠ net + VAT');
  const vatOfGroups = totals.vatGroups.reduce((sum, group) => sum + group.vatAmount, 0);
  if (vatOfGroups !== totals.vatTotal) say('VAT total ≠ sum of the VAT groups');
  if (doc.netTotal !== totals.netTotal || doc.grossTotal !== totals.grossTotal) {
    say('index totals ≠ frozen totals');
  }
  if (doc.amountDue !== totals.amountDue) say('amount due ≠ frozen amount due');
  if (doc.numberKey !== documentNumberKey(doc.number ?? '')) say('number key ≠ number');
  if (doc.kind !== 'invoice') return problems;
  if (doc.paid !== paid) say(`paid ${doc.paid} ≠ payments ${paid}`);
  if (doc.credited !== credited) say(`credited ${doc.credited} ≠ credit notes ${credited}`);
  if (doc.balance !== doc.amountDue - doc.paid - doc.credited)
    say('balance ≠ due − paid − credited');
  const expected = settlementStatus({
    gross: doc.amountDue,
    paid: doc.paid,
    credited: doc.credited,
  });
  if (doc.status !== expected) say(`status ${doc.status} ≠ ${expected}`);
  return problems;
}

/** The record's audit record exists, follows the one before it and vouches for the record. */
async function auditProblems(
  db: InvoicerDb,
  sourceType: AuditSourceType,
  source: { id: string },
): Promise<Problem[]> {
  const record = await db.audit
    .where('[sourceType+sourceId]')
    .equals([sourceType, source.id])
    .first();
  if (!record) return [`${sourceType} ${source.id}: no audit record`];
  const previous = record.seq > 1 ? ((await db.audit.get(record.seq - 1)) ?? null) : null;
  const link = checkAuditLink(previous, record, source, sha256Hex);
  return link.ok ? [] : [`${sourceType} ${source.id}: audit: ${link.error.message}`];
}

/** Checks `sample` random invoices in depth and the tables' counts; lists what is wrong. */
export async function verifyDatabase(db: InvoicerDb, sample = 400) {
  const problems: Problem[] = [];
  const invoiceKeys = await db.documents
    .where('[kind+issueDate]')
    .between(['invoice', Dexie.minKey], ['invoice', Dexie.maxKey])
    .primaryKeys();
  const random = seededRandom(99);
  const picked = new Set(Array.from({ length: sample }, () => random.pick(invoiceKeys)));
  let checked = { documents: 0, payments: 0, journal: 0 };
  for (const id of picked) {
    const invoice = (await db.documents.get(id))!;
    const payments = await db.payments.where('invoiceId').equals(id).toArray();
    const notes = (await db.documents.where('creditedInvoiceId').equals(id).toArray()).filter(
      (note) => note.status !== 'draft',
    );
    const paid = payments.reduce((sum, p) => sum + p.amount - p.excessAsCredit, 0);
    const credited = notes.reduce((sum, note) => sum + note.grossTotal, 0);
    for (const doc of [invoice, ...notes]) {
      problems.push(...schemaProblems(doc), ...figureProblems(doc, paid, credited));
    }
    for (const payment of payments) {
      const parsed = paymentSchema.safeParse(payment);
      if (!parsed.success) problems.push(`payment ${payment.id}: ${parsed.error.message}`);
      problems.push(...(await auditProblems(db, 'payment', payment)));
    }
    for (const doc of invoice.status === 'draft' ? notes : [invoice, ...notes]) {
      problems.push(
        ...(await auditProblems(db, doc.kind === 'creditNote' ? 'creditNote' : 'invoice', doc)),
      );
    }
    const sources = [invoice, ...notes, ...payments].map((record) => record.id);
    const entries = await db.journal
      .where('[sourceType+sourceId]')
      .anyOf(
        sources.flatMap((source) =>
          ['invoice', 'creditNote', 'payment'].map((type) => [type, source]),
        ),
      )
      .toArray();
    const expectedEntries = invoice.status === 'draft' ? 0 : sources.length;
    if (entries.length !== expectedEntries) {
      problems.push(
        `${invoice.number}: ${entries.length} journal entries, ${expectedEntries} expected`,
      );
    }
    for (const entry of entries) {
      const debit = entry.lines.reduce((sum, line) => sum + line.debit, 0);
      const credit = entry.lines.reduce((sum, line) => sum + line.credit, 0);
      if (debit !== credit)
        problems.push(`journal ${entry.description}: debit ${debit} ≠ credit ${credit}`);
    }
    checked = {
      documents: checked.documents + 1 + notes.length,
      payments: checked.payments + payments.length,
      journal: checked.journal + entries.length,
    };
  }
  const counts = {
    documents: await db.documents.count(),
    postedInvoices: 0,
    creditNotes: await db.documents
      .where('[kind+issueDate]')
      .between(['creditNote', Dexie.minKey], ['creditNote', Dexie.maxKey])
      .count(),
    payments: await db.payments.count(),
    journal: await db.journal.count(),
    audit: await db.audit.count(),
  };
  const drafts = await db.documents
    .where('[kind+status+issueDate]')
    .between(['invoice', 'draft', Dexie.minKey], ['invoice', 'draft', Dexie.maxKey])
    .count();
  counts.postedInvoices = invoiceKeys.length - drafts;
  if (counts.journal !== counts.postedInvoices + counts.creditNotes + counts.payments) {
    problems.push(
      `${counts.journal} journal entries for ${counts.postedInvoices} invoices, ${counts.creditNotes} credit notes and ${counts.payments} payments`,
    );
  }
  if (counts.audit !== counts.postedInvoices + counts.creditNotes + counts.payments) {
    problems.push(
      `${counts.audit} audit records for as many postings and payments as journal entries`,
    );
  }
  return { checked, counts, problems };
}
