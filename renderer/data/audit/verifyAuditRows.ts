import { verifyAuditChain, type AuditMismatch } from '../../../shared/audit/auditChain';
import { err, ok, type Result } from '../../../shared/result';
import type { AuditSourceType } from '../../../shared/schemas/auditRecord';
import { sha256Hex } from './sha256';

// The audit check of verifyIntegrity over rows held in memory rather than a database: the
// rows of a backup, checked before a restore puts them in. The same rules: every record
// follows the one before, is unchanged, and its document or payment is as it was posted; and
// every posted document and payment has a record. verifyIntegrity reads the database in
// batches and shares the "must have a record" rule below with this check.

/** What an audit record is for, as a lookup key: `${sourceType}:${sourceId}`. */
export function auditSourceKey(sourceType: string, sourceId: string): string {
  return `${sourceType}:${sourceId}`;
}

/**
 * The audit source type of a stored document that must have an audit record (a posted
 * invoice or credit note); null for a quote or a draft, which are not audited.
 */
export function auditedDocumentType(doc: {
  kind?: unknown;
  status?: unknown;
}): 'invoice' | 'creditNote' | null {
  if (doc.kind !== 'invoice' && doc.kind !== 'creditNote') return null;
  return doc.status === 'draft' ? null : doc.kind;
}

/** The audit chain and what it vouches for, as rows of the audit, documents and payments tables. */
export type AuditRows = {
  audit: readonly unknown[];
  documents: readonly Readonly<Record<string, unknown>>[];
  payments: readonly Readonly<Record<string, unknown>>[];
};

/** The first mismatch, with the document or payment it concerns when there is one. */
export type AuditRowsMismatch = AuditMismatch & {
  source: { type: AuditSourceType; id: string } | null;
};

function byId(rows: AuditRows['documents']): Map<string, Readonly<Record<string, unknown>>> {
  const map = new Map<string, Readonly<Record<string, unknown>>>();
  for (const row of rows) if (typeof row.id === 'string') map.set(row.id, row);
  return map;
}

function seqOf(record: unknown): number {
  const seq = (record as { seq?: unknown } | null)?.seq;
  return typeof seq === 'number' ? seq : Number.NaN;
}

/**
 * Verifies the whole audit chain of the rows, in seq order as the database would hold them,
 * then that every posted invoice, credit note and payment has a record. Returns the number
 * of records, or the first mismatch (documents before payments, as verifyIntegrity does).
 */
export function verifyAuditRows(rows: AuditRows): Result<{ count: number }, AuditRowsMismatch> {
  const documents = byId(rows.documents);
  const payments = byId(rows.payments);
  const records = [...rows.audit].sort((a, b) => seqOf(a) - seqOf(b));
  const chain = verifyAuditChain(
    records,
    (type, id) => (type === 'payment' ? payments.get(id) : documents.get(id)),
    sha256Hex,
  );
  if (!chain.ok) {
    const { record } = chain.error;
    const source = record ? { type: record.sourceType, id: record.sourceId } : null;
    return err({ ...chain.error, source });
  }
  const recorded = new Set(
    records.map((record) => {
      const { sourceType, sourceId } = record as { sourceType: string; sourceId: string };
      return auditSourceKey(sourceType, sourceId);
    }),
  );
  const unrecorded = (type: AuditSourceType, id: unknown) =>
    typeof id === 'string' && !recorded.has(auditSourceKey(type, id));
  for (const doc of rows.documents) {
    const type = auditedDocumentType(doc);
    if (type !== null && unrecorded(type, doc.id)) return notRecorded(type, String(doc.id));
  }
  for (const payment of rows.payments) {
    if (unrecorded('payment', payment.id)) return notRecorded('payment', String(payment.id));
  }
  return ok({ count: records.length });
}

function notRecorded(type: AuditSourceType, id: string): Result<never, AuditRowsMismatch> {
  return err({
    seq: null,
    reason: 'notRecorded',
    message: `The ${type} ${id} has no audit record.`,
    record: null,
    source: { type, id },
  });
}
