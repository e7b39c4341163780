import type {
  InvoicerDb,
  StoredCustomer,
  StoredDocument,
  StoredJournalEntry,
  StoredProduct,
} from '../../renderer/data/db';
import { BUSINESS_SETTINGS_KEY } from '../../renderer/data/db';
import { buildDraft } from '../../renderer/data/documentDrafts';
import { liveTotals, toStoredDocument } from '../../renderer/data/storedDocument';
import type { EffectiveDefaults } from '../../shared/customers/customerDefaults';
import type { IsoDate } from '../../shared/dates/isoDate';
import type { AuditRecord } from '../../shared/schemas/auditRecord';
import type { Payment } from '../../shared/schemas/payment';
import { auditChain, type AuditEvent } from './auditRecords';
import { creditInBulk, payInBulk, postInBulk, type SettingsRef } from './bulkPosting';
import { creditSelectionFor, fillDraft, type Executor } from './timeline';

// The bulk path's executor: builds each event's records in memory (bulkPosting.ts) and
// writes them in one transaction per few thousand documents. An invoice is written once,
// as it stands after its last event up to today, like the app would have left it.

export type BulkFacts = {
  settings: SettingsRef;
  customers: readonly StoredCustomer[];
  /** By customer id: the effective defaults newDraft would read. */
  defaults: ReadonlyMap<string, EffectiveDefaults>;
  products: readonly StoredProduct[];
};

export type BulkCounts = {
  documents: number;
  payments: number;
  journal: number;
  audit: number;
  /** Time spent writing (the rest of the timeline is building the records). */
  writeMs: number;
};

/** The bulk executor, writing into `db` whenever `flushEvery` documents are waiting. */
export function bulkExecutor(db: InvoicerDb, facts: BulkFacts, flushEvery = 2000) {
  let documents: StoredDocument[] = [];
  let payments: Payment[] = [];
  let journal: StoredJournalEntry[] = [];
  let audit: AuditRecord[] = [];
  const counts: BulkCounts = { documents: 0, payments: 0, journal: 0, audit: 0, writeMs: 0 };
  // The chain starts empty: the database is new, and setting up the trader posts nothing.
  const auditRecordsFor = auditChain(null);
  const record = (event: AuditEvent) => {
    for (const row of auditRecordsFor(event)) audit.push(row);
  };
  const byId = new Map(facts.customers.map((customer) => [customer.id, customer]));
  const customerOf = (id: string) => {
    const customer = byId.get(id);
    if (!customer) throw new Error(`bulk: no customer ${id}`);
    return customer;
  };
  const blankFor = (
    kind: 'invoice' | 'creditNote',
    customer: StoredCustomer,
    date: IsoDate,
    at: string,
  ) =>
    buildDraft(
      kind,
      facts.settings.value,
      { id: customer.id, defaults: facts.defaults.get(customer.id)! },
      date,
      at,
    );

  const flush = async () => {
    const started = performance.now();
    const tables = [db.documents, db.payments, db.journal, db.audit, db.settings];
    await db.transaction('rw', tables, async () => {
      await db.documents.bulkPut(documents);
      await db.payments.bulkAdd(payments);
      await db.journal.bulkAdd(journal);
      await db.audit.bulkAdd(audit);
      await db.settings.put({ key: BUSINESS_SETTINGS_KEY, value: facts.settings.value });
    });
    counts.documents += documents.length;
    counts.payments += payments.length;
    counts.journal += journal.length;
    counts.audit += audit.length;
    counts.writeMs += performance.now() - started;
    documents = [];
    payments = [];
    journal = [];
    audit = [];
  };

  const executor: Executor = {
    async invoice(plan, at) {
      const customer = facts.customers[plan.customer]!;
      const defaults = facts.defaults.get(customer.id)!;
      const blank = blankFor('invoice', customer, plan.issueDate, at);
      const draft = fillDraft(blank, plan, facts.products, defaults.vatTreatment);
      if (plan.draft) {
        const totals = liveTotals(draft, facts.settings.value.vatMode);
        return toStoredDocument(draft, { customerName: customer.name, totals });
      }
      const posted = postInBulk(facts.settings, draft, customer, {
        today: plan.issueDate,
        now: at,
      });
      journal.push(posted.journal);
      record({ type: 'posted', ...posted, at });
      return posted.document;
    },
    async pay(invoice, amount, date, at) {
      const paid = payInBulk(facts.settings.value, invoice, { amount, date, now: at });
      payments.push(paid.payment);
      journal.push(paid.journal);
      record({ type: 'payment', ...paid, at });
      return paid.invoice;
    },
    async credit(invoice, scope, date, at) {
      const customer = customerOf(invoice.customerId);
      const credited = creditInBulk(facts.settings, invoice, {
        blank: blankFor('creditNote', customer, date, at),
        customer,
        selection: creditSelectionFor(invoice, scope),
        now: at,
      });
      documents.push(credited.creditNote);
      journal.push(credited.journal);
      record({ type: 'creditNote', ...credited, at });
      return credited.invoice;
    },
    async settle(invoice) {
      documents.push(invoice);
    },
    async endOfDay() {
      if (documents.length >= flushEvery) await flush();
    },
  };
  return { executor, flush, counts };
}
