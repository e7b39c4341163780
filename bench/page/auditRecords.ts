import { sha256Hex } from '../../renderer/data/audit/sha256';
import type { StoredDocument, StoredJournalEntry } from '../../renderer/data/db';
import { auditContentHash } from '../../shared/audit/auditContent';
import { nextAuditRecord } from '../../shared/audit/auditChain';
import type { AuditRecord, AuditSourceType } from '../../shared/schemas/auditRecord';
import type { Payment } from '../../shared/schemas/payment';

// The audit chain of the bulk path (schema v3): each post of an invoice or credit note and
// each payment record appends one record, as renderer/data/audit/appendAudit does inside the
// repositories' transactions — the same content hash (shared/audit auditContentHash), the
// same link to the record before (nextAuditRecord), the same instant (posting time, payment
// creation time) — but kept in memory and written with the other records of a flush. The
// events come in the order they happened, which is the chain's order.

/** One event of the timeline, with the records it wrote (the documents as they stand after). */
export type AuditEvent =
  | { type: 'posted'; document: StoredDocument; journal: StoredJournalEntry; at: string }
  | {
      type: 'payment';
      invoice: StoredDocument;
      payment: Payment;
      journal: StoredJournalEntry;
      at: string;
    }
  | {
      type: 'creditNote';
      invoice: StoredDocument;
      creditNote: StoredDocument;
      journal: StoredJournalEntry;
      at: string;
    };

/** The record appendAudit would write for a stored document or payment after `previous`. */
function nextRecord(
  previous: AuditRecord | null,
  sourceType: AuditSourceType,
  stored: { id: string },
  at: string,
): AuditRecord {
  const contentHash = auditContentHash(sourceType, stored, sha256Hex);
  if (!contentHash.ok) throw new Error(`bulk audit: ${contentHash.error.message}`);
  return nextAuditRecord(
    previous,
    { sourceType, sourceId: stored.id, at, contentHash: contentHash.value },
    sha256Hex,
  );
}

function postedAt(document: StoredDocument): string {
  if (!document.posted) throw new Error(`bulk audit: ${document.id} is not posted`);
  return document.posted.postedAt;
}

/**
 * The audit chain from `previous` on (null: an empty chain): a function giving the records
 * of each event in turn (auditPostedDocument for a posted invoice or credit note,
 * auditPayment for a payment record).
 */
export function auditChain(previous: AuditRecord | null = null) {
  let last = previous;
  const append = (sourceType: AuditSourceType, stored: { id: string }, at: string) => {
    last = nextRecord(last, sourceType, stored, at);
    return [last];
  };
  return (event: AuditEvent): AuditRecord[] => {
    switch (event.type) {
      case 'posted':
        if (event.document.kind === 'quote') return [];
        return append(event.document.kind, event.document, postedAt(event.document));
      case 'payment':
        return append('payment', event.payment, event.payment.createdAt);
      case 'creditNote':
        return append('creditNote', event.creditNote, postedAt(event.creditNote));
    }
  };
}
