import { z } from 'zod';
import { idField, timestampField, typeMessages } from './fields';

// One link of the audit chain (DESIGN §4: a posted document is never edited). Every post of
// an invoice or credit note and every payment record (payment, reversal, credit application,
// refund) appends one: the SHA-256 of the record's canonical content (shared/audit
// auditContent), the hash of the record before it, and its own hash over both. Editing a
// posted record, or deleting or reordering links, then shows at the first link concerned.

/** What an audit record vouches for: a posted document of that kind, or a payment record. */
export const AUDIT_SOURCE_TYPES = ['invoice', 'creditNote', 'payment'] as const;
export type AuditSourceType = (typeof AUDIT_SOURCE_TYPES)[number];

/** The previousHash of the first record: there is no record before it. */
export const GENESIS_HASH = '0'.repeat(64);

const HEX_64 = /^[0-9a-f]{64}$/;

function sha256HexField(label: string) {
  const message = `${label} must be a SHA-256 hash: 64 lower-case hexadecimal digits.`;
  return z.string(typeMessages(message, message)).regex(HEX_64, message);
}

const sourceMessage = 'Choose what the record is for: an invoice, a credit note or a payment.';
const seqMessage = 'The record number must be a whole number from 1.';

/**
 * One record of the audit chain, keyed by `seq` (1, 2, 3… without gaps). Strict: its hash
 * covers every field it has, so a record with any other field was not written by the chain.
 */
export const auditRecordSchema = z.strictObject(
  {
    seq: z.int(typeMessages(seqMessage, seqMessage)).positive(seqMessage),
    sourceType: z.enum(AUDIT_SOURCE_TYPES, typeMessages(sourceMessage, sourceMessage)),
    sourceId: idField('Choose the document or payment this record is for.'),
    at: timestampField('Recorded at'),
    contentHash: sha256HexField('The content hash'),
    previousHash: sha256HexField('The previous record hash'),
    hash: sha256HexField('The record hash'),
  },
  typeMessages('Enter the audit record.', 'The audit record is damaged.'),
);

export type AuditRecord = z.output<typeof auditRecordSchema>;

/** The part of a record its own `hash` covers: everything but the hash. */
export type UnsealedAuditRecord = Omit<AuditRecord, 'hash'>;
