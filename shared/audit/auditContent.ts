import { CREDIT_NOTE_STATUSES } from '../documents/creditNoteStates';
import { INVOICE_STATUSES } from '../documents/invoiceStates';
import { err, ok, type Result } from '../result';
import type { AuditSourceType } from '../schemas/auditRecord';
import { canonicalJson } from './canonicalJson';

// What of a stored record the audit chain vouches for.
//
// The hash function is passed in: shared/ imports no package but zod and decimal.js, so the
// caller brings SHA-256 (the renderer: @noble/hashes, synchronous, see renderer/data/audit).
//
// A payment record (payment, reversal, credit application, refund…) is never changed once
// written, so all of it is hashed.
//
// A posted invoice or credit note is frozen at posting — number, dates, lines, prices,
// seller, buyer, totals, VAT notes, payment details, and the list fields derived from them
// (numberKey, customerName, netTotal, grossTotal, amountDue…) — and all of that is hashed.
// Five fields are left out because they legitimately change after posting, when payments and
// credit notes are booked on the invoice: `paid`, `credited`, `balance` (its money), `status`
// (posted → partially paid → paid, or cancelled) and `updatedAt` (stamped at every such
// booking). Their truth lies in the payment records and credit notes, which are hashed
// themselves. The status is still checked: it must be one a posted document can have, so a
// posted invoice set back to 'draft' (which would make it editable) does not pass.

/** The fields of a stored document that change after posting and are not hashed. */
export const MUTABLE_DOCUMENT_FIELDS = [
  'status',
  'paid',
  'credited',
  'balance',
  'updatedAt',
] as const;

const POSTED_STATUSES: Record<Exclude<AuditSourceType, 'payment'>, readonly string[]> = {
  invoice: INVOICE_STATUSES.filter((status) => status !== 'draft'),
  creditNote: CREDIT_NOTE_STATUSES.filter((status) => status !== 'draft'),
};

/** SHA-256 of a text's UTF-8 bytes as 64 lower-case hex digits. */
export type Sha256 = (text: string) => string;

export type AuditContentProblem = {
  code: 'NOT_PLAIN_DATA' | 'NOT_A_RECORD' | 'NOT_POSTED';
  message: string;
};

/** The part of a stored record that is hashed: a payment whole, a document without its mutable fields. */
export function auditContentOf(
  sourceType: AuditSourceType,
  record: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  if (sourceType === 'payment') return { ...record };
  const content: Record<string, unknown> = { ...record };
  for (const field of MUTABLE_DOCUMENT_FIELDS) delete content[field];
  return content;
}

/**
 * The SHA-256 of a stored record's audited content in canonical JSON; refused when the
 * record is not plain data, or is a document whose status no posted document can have.
 */
export function auditContentHash(
  sourceType: AuditSourceType,
  record: unknown,
  sha256: Sha256,
): Result<string, AuditContentProblem> {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return err({ code: 'NOT_A_RECORD', message: 'The stored record is not a record at all.' });
  }
  const fields = record as Readonly<Record<string, unknown>>;
  if (sourceType !== 'payment' && !POSTED_STATUSES[sourceType].includes(String(fields.status))) {
    return err({
      code: 'NOT_POSTED',
      message: `Its status is '${String(fields.status)}', which a posted document cannot have.`,
    });
  }
  const text = canonicalJson(auditContentOf(sourceType, fields));
  if (!text.ok) return err({ code: 'NOT_PLAIN_DATA', message: text.error.message });
  return ok(sha256(text.value));
}
