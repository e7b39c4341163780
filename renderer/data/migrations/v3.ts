import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { auditContentHash } from '../../../shared/audit/auditContent';
import { nextAuditRecord, type AuditEntry } from '../../../shared/audit/auditChain';
import type { AuditRecord, AuditSourceType } from '../../../shared/schemas/auditRecord';
import { sha256Hex } from '../audit/sha256';

// Schema version 3: the audit chain (shared/audit).
//
// audit                       one record per post of an invoice or credit note and per payment
//                             record, keyed by seq (1, 2, 3…, no gaps), each holding the hash
//                             of its content and of the record before it
//   [sourceType+sourceId]     the record of a document or payment
//
// The upgrade enters what was posted before version 3 into the chain, in the order it was
// posted (posting time; documents before payments of the same instant, then by id), so every
// posted document and payment is vouched for from the upgrade on. A record that cannot be
// hashed (not plain data: never written by the app) is left out, and verification names it as
// having no record. No existing record is changed.

/** The tables version 3 adds, in Dexie's schema syntax. */
export const V3_STORES = {
  audit: 'seq, [sourceType+sourceId]',
} as const;

type Candidate = { entry: AuditEntry; order: number };

const SOURCE_ORDER: Record<AuditSourceType, number> = { invoice: 0, creditNote: 1, payment: 2 };

/** Declares version 3: the audit chain, started with everything posted so far. */
export function registerV3(db: Dexie): void {
  db.version(3).stores(V3_STORES).upgrade(startAuditChain);
}

async function startAuditChain(tx: Transaction): Promise<void> {
  const candidates: Candidate[] = [];
  await tx
    .table('documents')
    .toCollection()
    .each((doc: Record<string, unknown>) => {
      const kind = doc.kind;
      if ((kind !== 'invoice' && kind !== 'creditNote') || doc.status === 'draft') return;
      const posted = doc.posted as { postedAt?: unknown } | null | undefined;
      addCandidate(candidates, kind, doc, posted?.postedAt ?? doc.createdAt);
    });
  await tx
    .table('payments')
    .toCollection()
    .each((payment: Record<string, unknown>) => {
      addCandidate(candidates, 'payment', payment, payment.createdAt);
    });
  candidates.sort(
    (a, b) =>
      compare(a.entry.at, b.entry.at) ||
      a.order - b.order ||
      compare(a.entry.sourceId, b.entry.sourceId),
  );
  let previous: AuditRecord | null = null;
  const records: AuditRecord[] = [];
  for (const { entry } of candidates) {
    previous = nextAuditRecord(previous, entry, sha256Hex);
    records.push(previous);
  }
  await tx.table('audit').bulkAdd(records);
}

function addCandidate(
  candidates: Candidate[],
  sourceType: AuditSourceType,
  record: Record<string, unknown>,
  at: unknown,
): void {
  const contentHash = auditContentHash(sourceType, record, sha256Hex);
  if (!contentHash.ok || typeof record.id !== 'string' || typeof at !== 'string') return;
  candidates.push({
    entry: { sourceType, sourceId: record.id, at, contentHash: contentHash.value },
    order: SOURCE_ORDER[sourceType],
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
