import Dexie from 'dexie';
import { auditContentHash } from '../../../shared/audit/auditContent';
import { nextAuditRecord } from '../../../shared/audit/auditChain';
import type { AuditRecord, AuditSourceType } from '../../../shared/schemas/auditRecord';
import type { Payment } from '../../../shared/schemas/payment';
import type { InvoicerDb, StoredDocument } from '../db';
import { sha256Hex } from './sha256';

// Extending the audit chain from inside the transaction that posts or records something, so
// the record and what it vouches for are written together or not at all. Two windows posting
// at once stay in order because IndexedDB runs read-write transactions on the audit table one
// after the other: each reads the last record and appends the next within its transaction.
// Everything here is synchronous apart from IndexedDB, since awaiting anything else (such as
// crypto.subtle) would let the transaction commit before the record is written.

/**
 * Appends the audit record of a stored record: its content hash, linked to the last record.
 * Must run inside a read-write transaction that includes db.audit.
 */
export async function appendAudit(
  db: InvoicerDb,
  sourceType: AuditSourceType,
  stored: { id: string },
  at: string,
): Promise<AuditRecord> {
  const transaction = Dexie.currentTransaction;
  if (
    !transaction ||
    transaction.mode !== 'readwrite' ||
    !transaction.storeNames.includes('audit')
  ) {
    throw new Error('appendAudit must run inside the read-write transaction that posts');
  }
  const contentHash = auditContentHash(sourceType, stored, sha256Hex);
  if (!contentHash.ok) {
    throw new Error(
      `a ${sourceType} about to be audited is not hashable: ${contentHash.error.message}`,
    );
  }
  const previous = (await db.audit.orderBy(':id').last()) ?? null;
  const record = nextAuditRecord(
    previous,
    {
      sourceType,
      sourceId: stored.id,
      at,
      contentHash: contentHash.value,
    },
    sha256Hex,
  );
  // add, not put: should two writers ever compute the same seq, the second fails, not overwrites.
  await db.audit.add(record);
  return record;
}

/** Appends the record of a posted invoice or credit note as stored; quotes are not audited. */
export async function auditPostedDocument(
  db: InvoicerDb,
  stored: StoredDocument,
): Promise<AuditRecord | null> {
  if (stored.kind === 'quote') return null;
  if (!stored.posted) throw new Error('only a posted document is audited');
  return appendAudit(db, stored.kind, stored, stored.posted.postedAt);
}

/** Appends the record of a payment record (payment, reversal, credit application, refund…). */
export async function auditPayment(db: InvoicerDb, payment: Payment): Promise<AuditRecord> {
  return appendAudit(db, 'payment', payment, payment.createdAt);
}
