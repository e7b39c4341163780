import type { AuditMismatchReason } from '../../../shared/audit/auditChain';
import { err, ok, type Result } from '../../../shared/result';
import type { AuditSourceType } from '../../../shared/schemas/auditRecord';
import { verifyAuditRows, type AuditRowsMismatch } from '../audit/verifyAuditRows';
import type { BackupError } from './backupErrors';
import { damaged } from './backupFormat';

// The checksum in a backup's header is an unkeyed SHA-256 of its own data part: it catches a
// truncated or corrupted file, not an edited one, since whoever edits the data can compute
// it again. What does catch an edit is the audit chain the backup carries: each posted
// invoice, credit note and payment is hashed into a record chained to the one before, as it
// was posted. So a restore verifies the chain exactly as Settings → Verify integrity would on
// the restored database, and refuses a backup that would fail it, before anything changes.

type Rows = ReadonlyMap<string, readonly Record<string, unknown>[]>;

const TABLE_OF: Record<AuditSourceType, string> = {
  invoice: 'documents',
  creditNote: 'documents',
  payment: 'payments',
};

/** The mismatches that lie in a document or payment rather than in the chain itself. */
const SOURCE_REASONS: readonly AuditMismatchReason[] = [
  'contentChanged',
  'sourceMissing',
  'notRecorded',
];

const LABEL: Record<AuditSourceType, string> = {
  invoice: 'invoice',
  creditNote: 'credit note',
  payment: 'payment',
};

function numberOf(row: Readonly<Record<string, unknown>> | undefined): string | null {
  return typeof row?.number === 'string' && row.number !== '' ? row.number : null;
}

/** "the invoice INV-2026-0007", "the payment p-12 of invoice INV-2026-0007", or by id. */
function nameOf(rows: Rows, type: AuditSourceType, id: string): string {
  const documents = rows.get('documents') ?? [];
  const find = (wanted: unknown) => documents.find((doc) => doc.id === wanted);
  if (type !== 'payment') return `the ${LABEL[type]} ${numberOf(find(id)) ?? id}`;
  const payment = (rows.get('payments') ?? []).find((row) => row.id === id);
  const invoice = numberOf(find(payment?.invoiceId));
  return `the payment ${id}${invoice === null ? '' : ` of invoice ${invoice}`}`;
}

function why(rows: Rows, mismatch: AuditRowsMismatch): string {
  const { seq, reason, source } = mismatch;
  const record = `audit record ${seq ?? '?'}`;
  const name = source === null ? null : nameOf(rows, source.type, source.id);
  switch (reason) {
    case 'contentChanged': {
      const verb = source?.type === 'payment' ? 'recorded' : 'posted';
      return `${name ?? 'a posted record'} differs from what ${record} says was ${verb}`;
    }
    case 'sourceMissing':
      return `${name ?? 'a posted record'}, which ${record} vouches for, is missing`;
    case 'notRecorded':
      return `${name ?? 'a posted record'} has no audit record`;
    case 'recordDamaged':
      return `${record} is not a valid audit record`;
    case 'recordMissing':
      return `${record} is missing`;
    case 'chainBroken':
      return `${record}${name === null ? '' : ` (for ${name})`} does not follow the record before it`;
    case 'recordChanged':
      return `${record}${name === null ? '' : ` (for ${name})`} was changed after it was written`;
  }
}

/**
 * Verifies the audit chain of a backup's rows (verifyAuditRows): refuses, as DAMAGED and
 * naming the record, a backup in which a posted document or payment was changed, removed or
 * added past the app, or whose chain itself was changed.
 */
export function checkBackupAudit(rows: Rows): Result<null, BackupError> {
  const verified = verifyAuditRows({
    audit: rows.get('audit') ?? [],
    documents: rows.get('documents') ?? [],
    payments: rows.get('payments') ?? [],
  });
  if (verified.ok) return ok(null);
  const { source, seq, reason } = verified.error;
  const refusal = damaged(`its audit chain does not match: ${why(rows, verified.error)}`);
  // The record at fault: the document or payment when it is what changed, else the audit record.
  const inSource = source !== null && SOURCE_REASONS.includes(reason);
  return err({
    ...refusal,
    table: inSource ? TABLE_OF[source.type] : 'audit',
    recordKey: inSource ? source.id : String(seq ?? ''),
  });
}
