import { describe, expect, it } from 'vitest';
import { minor } from '../../../../../shared/money/minor';
import { formattersFor } from '../../../../../renderer/app/useFormatters';
import type { IntegrityFailure } from '../../../../../renderer/data/audit/verifyIntegrity';
import { failureText } from '../../../../../renderer/screens/settings/integrityText';

const en = formattersFor('en-GB');
const at = '2026-03-16T12:00:00.000Z';
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(
  new Date(at),
);

describe('the integrity failure sentence', () => {
  it('names the record, the invoice number, when it was posted and why', () => {
    const failure: IntegrityFailure = {
      seq: 42,
      reason: 'contentChanged',
      message: '',
      at,
      source: { type: 'invoice', id: 'i', number: 'INV-2026-0042' },
    };
    expect(failureText(failure, en)).toBe(
      `Record 42 (Invoice INV-2026-0042, posted ${when}) does not match: it was changed after it was posted; what is stored now differs from its fingerprint.`,
    );
  });

  it('names a payment by its kind, amount and invoice', () => {
    const failure: IntegrityFailure = {
      seq: 3,
      reason: 'contentChanged',
      message: '',
      at,
      source: {
        type: 'payment',
        id: 'p',
        payment: {
          kind: 'reversal',
          amount: minor(10000),
          currency: 'EUR' as never,
          date: '2026-03-16' as never,
        },
        invoiceNumber: 'INV-2026-0002',
      },
    };
    expect(failureText(failure, en)).toContain(
      `Record 3 (Reversal of €100.00 for invoice INV-2026-0002, recorded ${when})`,
    );
  });

  it('says a deleted credit note is deleted', () => {
    const failure: IntegrityFailure = {
      seq: 5,
      reason: 'sourceMissing',
      message: '',
      at,
      source: { type: 'creditNote', id: 'c', number: null },
    };
    expect(failureText(failure, en)).toBe(
      `Record 5 (Credit note, deleted, posted ${when}) does not match: what it records has been deleted.`,
    );
  });

  it('says where the chain breaks when a record is missing', () => {
    const failure: IntegrityFailure = {
      seq: 2,
      reason: 'recordMissing',
      message: '',
      at: null,
      source: null,
    };
    expect(failureText(failure, en)).toBe(
      'Record 2 does not match: it is missing, so the chain is broken here; audit records were deleted.',
    );
  });

  it('names a posted invoice that has no record', () => {
    const failure: IntegrityFailure = {
      seq: null,
      reason: 'notRecorded',
      message: '',
      at: null,
      source: { type: 'invoice', id: 'i', number: 'INV-2026-0009' },
    };
    expect(failureText(failure, en)).toBe(
      'Invoice INV-2026-0009 has no audit record: it was written outside the app, or its audit record was deleted.',
    );
  });
});
