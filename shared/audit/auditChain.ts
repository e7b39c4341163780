import { err, ok, type Result } from '../result';
import {
  auditRecordSchema,
  GENESIS_HASH,
  type AuditRecord,
  type AuditSourceType,
  type UnsealedAuditRecord,
} from '../schemas/auditRecord';
import { auditContentHash, type Sha256 } from './auditContent';
import { canonicalJson } from './canonicalJson';

// The chain: record n holds the hash of record n−1 and its own hash over all its fields, so
// changing, removing or reordering any record breaks the link at that record, and changing a
// posted document or payment breaks its own record's contentHash.

/** What a new record says about the document or payment it is appended for. */
export type AuditEntry = {
  sourceType: AuditSourceType;
  sourceId: string;
  /** When it was posted or recorded (an ISO timestamp). */
  at: string;
  /** auditContentHash of the record as stored. */
  contentHash: string;
};

/**
 * Why verification stopped at a record: the audit record is not one (recordDamaged), a seq is
 * missing (recordMissing), it does not follow the record before it (chainBroken), its own
 * fields were changed (recordChanged), its document or payment is gone (sourceMissing) or
 * differs from what was recorded (contentChanged), or a posted document or payment has no
 * record at all (notRecorded).
 */
export type AuditMismatchReason =
  | 'recordDamaged'
  | 'recordMissing'
  | 'chainBroken'
  | 'recordChanged'
  | 'sourceMissing'
  | 'contentChanged'
  | 'notRecorded';

export type AuditMismatch = {
  /** The seq of the record that does not match; null for a source with no record. */
  seq: number | null;
  reason: AuditMismatchReason;
  /** A sentence saying what is wrong, for logs and tests; screens word the reason themselves. */
  message: string;
  /** The audit record as stored, when it is a valid one. */
  record: AuditRecord | null;
};

/** The SHA-256 of a record's canonical JSON without its own `hash`. */
export function auditRecordHash(record: UnsealedAuditRecord, sha256: Sha256): string {
  const { seq, sourceType, sourceId, at, contentHash, previousHash } = record;
  const text = canonicalJson({ seq, sourceType, sourceId, at, contentHash, previousHash });
  if (!text.ok) throw new Error(`audit record is not plain data: ${text.error.message}`);
  return sha256(text.value);
}

/** The record that follows `previous` (null: the chain is empty) for the entry. */
export function nextAuditRecord(
  previous: AuditRecord | null,
  entry: AuditEntry,
  sha256: Sha256,
): AuditRecord {
  const unsealed: UnsealedAuditRecord = {
    seq: (previous?.seq ?? 0) + 1,
    sourceType: entry.sourceType,
    sourceId: entry.sourceId,
    at: entry.at,
    contentHash: entry.contentHash,
    previousHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unsealed, hash: auditRecordHash(unsealed, sha256) };
}

/**
 * Checks one stored record against the record before it (null: it should be the first) and
 * against its document or payment as stored now (undefined: none). Returns the record when
 * it matches, so the caller can check the next one against it.
 */
export function checkAuditLink(
  previous: AuditRecord | null,
  stored: unknown,
  source: unknown,
  sha256: Sha256,
): Result<AuditRecord, AuditMismatch> {
  const seq = (previous?.seq ?? 0) + 1;
  const mismatch = (reason: AuditMismatchReason, message: string, record: AuditRecord | null) =>
    err<AuditMismatch>({ seq, reason, message, record });
  const parsed = auditRecordSchema.safeParse(stored);
  if (!parsed.success) {
    return mismatch('recordDamaged', `Record ${seq} is not a valid audit record.`, null);
  }
  const record = parsed.data;
  if (record.seq > seq) {
    return mismatch('recordMissing', `Record ${seq} is missing; the next is ${record.seq}.`, null);
  }
  if (record.seq < seq) {
    return mismatch('chainBroken', `Record ${seq} is numbered ${record.seq}.`, record);
  }
  if (record.previousHash !== (previous?.hash ?? GENESIS_HASH)) {
    const message = `Record ${seq} does not follow record ${seq - 1}: the previous hash differs.`;
    return mismatch('chainBroken', message, record);
  }
  if (auditRecordHash(record, sha256) !== record.hash) {
    return mismatch('recordChanged', `Record ${seq} was changed after it was written.`, record);
  }
  if (source === undefined) {
    const message = `The ${record.sourceType} of record ${seq} (${record.sourceId}) is gone.`;
    return mismatch('sourceMissing', message, record);
  }
  const content = auditContentHash(record.sourceType, source, sha256);
  if (!content.ok) return mismatch('contentChanged', content.error.message, record);
  if (content.value !== record.contentHash) {
    const message = `The ${record.sourceType} of record ${seq} differs from what was recorded.`;
    return mismatch('contentChanged', message, record);
  }
  return ok(record);
}

/**
 * Verifies a whole chain, oldest first, against the sources `sourceOf` returns as stored
 * now: the number of records when all match, else the first that does not.
 */
export function verifyAuditChain(
  records: readonly unknown[],
  sourceOf: (sourceType: AuditSourceType, sourceId: string) => unknown,
  sha256: Sha256,
): Result<{ count: number; last: AuditRecord | null }, AuditMismatch> {
  let previous: AuditRecord | null = null;
  for (const stored of records) {
    const fields = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<
      Record<keyof AuditRecord, unknown>
    >;
    const source =
      typeof fields.sourceId === 'string' && typeof fields.sourceType === 'string'
        ? sourceOf(fields.sourceType as AuditSourceType, fields.sourceId)
        : undefined;
    const checked = checkAuditLink(previous, stored, source, sha256);
    if (!checked.ok) return checked;
    previous = checked.value;
  }
  return ok({ count: records.length, last: previous });
}
