import {
  checkAuditLink,
  type AuditMismatch,
  type AuditMismatchReason,
} from '../../../shared/audit/auditChain';
import type { AuditRecord, AuditSourceType } from '../../../shared/schemas/auditRecord';
import type { Payment } from '../../../shared/schemas/payment';
import type { InvoicerDb, StoredDocument } from '../db';
import { sha256Hex } from './sha256';
import { auditedDocumentType, auditSourceKey } from './verifyAuditRows';

// Settings → Verify integrity: recomputes the audit chain against the documents and payments
// as stored now, all read in one transaction so that a post in another window cannot make a
// half-seen state look like tampering. Only the audit records (small) are held all at once;
// documents and payments are read in batches or by cursor, so memory stays small on a
// database of 100,000 invoices. A post in another window waits until the check is done.
// verifyAuditRows is the same check over rows in memory (a backup before its restore).

const BATCH = 500;

/** What a failing record vouched for, as the screen names it. */
export type AuditedSource =
  | {
      type: 'invoice' | 'creditNote';
      id: string;
      /** As stored now; null when the document is gone or has none. */
      number: string | null;
    }
  | {
      type: 'payment';
      id: string;
      /** Null when the payment record is gone. */
      payment: Pick<Payment, 'kind' | 'amount' | 'currency' | 'date'> | null;
      /** The number of the invoice it belongs to, when both are still there. */
      invoiceNumber: string | null;
    };

/** The first record that does not match, with what it was for. */
export type IntegrityFailure = {
  /** The record's seq; null for a posted document or payment that has no record. */
  seq: number | null;
  reason: AuditMismatchReason;
  message: string;
  /** When the record says it was posted or recorded; null when the record is unreadable. */
  at: string | null;
  source: AuditedSource | null;
};

export type IntegrityReport =
  { ok: true; count: number } | { ok: false; count: number; failure: IntegrityFailure };

/**
 * Recomputes the whole audit chain: every record follows the one before, is unchanged, and
 * its document or payment is as it was posted; and every posted document and payment has a
 * record. Returns the number of records, or the first that does not match and why.
 */
export async function verifyIntegrity(db: InvoicerDb): Promise<IntegrityReport> {
  return db.transaction('r', [db.audit, db.documents, db.payments], async () => {
    const records: unknown[] = await db.audit.orderBy(':id').toArray();
    const count = records.length;
    let previous: AuditRecord | null = null;
    for (let start = 0; start < records.length; start += BATCH) {
      const batch = records.slice(start, start + BATCH);
      const sources = await sourcesOf(db, batch);
      for (const [index, stored] of batch.entries()) {
        const checked = checkAuditLink(previous, stored, sources[index], sha256Hex);
        if (!checked.ok) return { ok: false, count, failure: await describe(db, checked.error) };
        previous = checked.value;
      }
    }
    const unrecorded = await firstUnrecorded(db, records as AuditRecord[]);
    if (unrecorded) {
      const { type, id } = unrecorded;
      const failure: IntegrityFailure = {
        seq: null,
        reason: 'notRecorded',
        message: `The ${type} ${id} has no audit record.`,
        at: null,
        source: await sourceOf(db, type, id),
      };
      return { ok: false, count, failure };
    }
    return { ok: true, count };
  });
}

/** The stored source of each record (undefined where it has none), in the records' order. */
async function sourcesOf(db: InvoicerDb, records: readonly unknown[]): Promise<unknown[]> {
  const keys = records.map((record) => {
    const { sourceType, sourceId } = (record ?? {}) as Partial<AuditRecord>;
    return { sourceType, sourceId: typeof sourceId === 'string' ? sourceId : '' };
  });
  const isPayment = (type: unknown) => type === 'payment';
  const documents = await db.documents.bulkGet(
    keys.filter((key) => !isPayment(key.sourceType)).map((key) => key.sourceId),
  );
  const payments = await db.payments.bulkGet(
    keys.filter((key) => isPayment(key.sourceType)).map((key) => key.sourceId),
  );
  let nextDocument = 0;
  let nextPayment = 0;
  return keys.map((key) =>
    isPayment(key.sourceType) ? payments[nextPayment++] : documents[nextDocument++],
  );
}

/**
 * The first posted invoice or credit note, then payment record, that no audit record names:
 * a record deleted from the end of the chain, or something written past the repositories.
 */
async function firstUnrecorded(
  db: InvoicerDb,
  records: readonly AuditRecord[],
): Promise<{ type: AuditSourceType; id: string } | null> {
  const recorded = new Set(
    records.map((record) => auditSourceKey(record.sourceType, record.sourceId)),
  );
  const mustBeRecorded = (candidate: StoredDocument) => {
    const type = auditedDocumentType(candidate);
    return type !== null && !recorded.has(auditSourceKey(type, candidate.id));
  };
  const doc = await db.documents.filter(mustBeRecorded).first();
  if (doc && doc.kind !== 'quote') return { type: doc.kind, id: doc.id };
  const payment = await db.payments
    .filter((candidate) => !recorded.has(auditSourceKey('payment', candidate.id)))
    .first();
  return payment ? { type: 'payment', id: payment.id } : null;
}

/** The failure as the screen shows it: the mismatch with what its record was for. */
async function describe(db: InvoicerDb, mismatch: AuditMismatch): Promise<IntegrityFailure> {
  const { seq, reason, message, record } = mismatch;
  return {
    seq,
    reason,
    message,
    at: record?.at ?? null,
    source: record ? await sourceOf(db, record.sourceType, record.sourceId) : null,
  };
}

async function sourceOf(db: InvoicerDb, type: AuditSourceType, id: string): Promise<AuditedSource> {
  if (type !== 'payment') {
    const doc = await db.documents.get(id);
    return { type, id, number: numberOf(doc) };
  }
  const payment = await db.payments.get(id);
  if (!payment) return { type, id, payment: null, invoiceNumber: null };
  const { kind, amount, currency, date } = payment;
  const invoice = await db.documents.get(payment.invoiceId);
  return { type, id, payment: { kind, amount, currency, date }, invoiceNumber: numberOf(invoice) };
}

function numberOf(doc: StoredDocument | undefined): string | null {
  return typeof doc?.number === 'string' && doc.number !== '' ? doc.number : null;
}
