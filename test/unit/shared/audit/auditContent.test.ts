import { describe, expect, it } from 'vitest';
import {
  auditContentHash,
  auditContentOf,
  MUTABLE_DOCUMENT_FIELDS,
} from '../../../../shared/audit/auditContent';
import { canonicalJson } from '../../../../shared/audit/canonicalJson';
import { nodeSha256, paymentRecord, postedInvoice } from './auditSamples';

function hashOf(sourceType: 'invoice' | 'creditNote' | 'payment', record: unknown): string {
  const result = auditContentHash(sourceType, record, nodeSha256);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('auditContentOf', () => {
  it('is a posted document without the fields payments and credit notes change', () => {
    const content = auditContentOf('invoice', postedInvoice());
    for (const field of MUTABLE_DOCUMENT_FIELDS) expect(content).not.toHaveProperty(field);
    expect(content).toMatchObject({ number: 'INV-2026-0042', grossTotal: 23800 });
    expect(content).toHaveProperty('posted');
    expect(content).toHaveProperty('lines');
  });

  it('is the whole payment record', () => {
    expect(auditContentOf('payment', paymentRecord())).toEqual(paymentRecord());
  });

  it('leaves the stored record as it is', () => {
    const stored = postedInvoice();
    auditContentOf('invoice', stored);
    expect(stored).toEqual(postedInvoice());
  });
});

describe('auditContentHash', () => {
  it('is the SHA-256 of the canonical JSON of the content', () => {
    const text = canonicalJson(auditContentOf('payment', paymentRecord()));
    expect(text.ok && nodeSha256(text.value)).toBe(hashOf('payment', paymentRecord()));
    expect(hashOf('payment', paymentRecord())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stays the same when the invoice is paid, credited or cancelled after posting', () => {
    const before = hashOf('invoice', postedInvoice());
    const settled = {
      ...postedInvoice(),
      status: 'cancelled',
      paid: 10000,
      credited: 13800,
      balance: 0,
      updatedAt: '2026-04-01T08:00:00.000Z',
    };
    expect(hashOf('invoice', settled)).toBe(before);
  });

  it('changes when a frozen line, the buyer or a list field changes', () => {
    const before = hashOf('invoice', postedInvoice());
    const base = postedInvoice();
    const changes: Record<string, unknown>[] = [
      { lines: [{ ...(base.lines as object[])[0], unitPrice: '90' }] },
      { posted: { ...(base.posted as object), buyer: { name: 'Other Ltd' } } },
      { grossTotal: 1 },
      { number: 'INV-2026-0043' },
    ];
    for (const change of changes) {
      expect(hashOf('invoice', { ...base, ...change })).not.toBe(before);
    }
  });

  it('does not depend on the order the record’s keys were stored in', () => {
    const reversed = Object.fromEntries(Object.entries(postedInvoice()).reverse());
    expect(hashOf('invoice', reversed)).toBe(hashOf('invoice', postedInvoice()));
  });

  it.each(['draft', 'sent', undefined])(
    'refuses a document whose status (%s) no posted document can have',
    (status) => {
      const result = auditContentHash('invoice', { ...postedInvoice(), status }, nodeSha256);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('NOT_POSTED');
    },
  );

  it('accepts every status a posted credit note or invoice can have', () => {
    for (const status of ['posted', 'partiallyPaid', 'paid', 'cancelled']) {
      expect(auditContentHash('invoice', { ...postedInvoice(), status }, nodeSha256).ok).toBe(true);
    }
    const note = { ...postedInvoice(), kind: 'creditNote', status: 'posted' };
    expect(auditContentHash('creditNote', note, nodeSha256).ok).toBe(true);
    expect(auditContentHash('creditNote', { ...note, status: 'paid' }, nodeSha256).ok).toBe(false);
  });

  it('refuses what is not a record or not plain data', () => {
    for (const record of [null, 'text', [1]]) {
      const result = auditContentHash('payment', record, nodeSha256);
      expect(!result.ok && result.error.code).toBe('NOT_A_RECORD');
    }
    const dated = { ...paymentRecord(), createdAt: new Date(0) };
    const result = auditContentHash('payment', dated, nodeSha256);
    expect(!result.ok && result.error.code).toBe('NOT_PLAIN_DATA');
  });
});
