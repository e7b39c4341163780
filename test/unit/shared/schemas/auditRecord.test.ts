import { describe, expect, it } from 'vitest';
import {
  auditRecordSchema,
  GENESIS_HASH,
  type AuditRecord,
} from '../../../../shared/schemas/auditRecord';

const record: AuditRecord = {
  seq: 1,
  sourceType: 'invoice',
  sourceId: 'doc-1',
  at: '2026-03-16T12:00:00.000Z',
  contentHash: 'ab'.repeat(32),
  previousHash: GENESIS_HASH,
  hash: 'cd'.repeat(32),
};

describe('auditRecordSchema', () => {
  it('accepts a record of an invoice, a credit note and a payment', () => {
    for (const sourceType of ['invoice', 'creditNote', 'payment'] as const) {
      expect(auditRecordSchema.safeParse({ ...record, sourceType }).success).toBe(true);
    }
  });

  it('starts the chain with 64 zeros as the previous hash', () => {
    expect(GENESIS_HASH).toMatch(/^0{64}$/);
  });

  it.each([
    ['a seq of 0', { seq: 0 }, 'seq'],
    ['a fractional seq', { seq: 1.5 }, 'seq'],
    ['a quote', { sourceType: 'quote' }, 'sourceType'],
    ['an empty source id', { sourceId: '' }, 'sourceId'],
    ['a date without time', { at: '2026-03-16' }, 'at'],
    ['an upper-case hash', { contentHash: 'AB'.repeat(32) }, 'contentHash'],
    ['a short hash', { previousHash: '0'.repeat(63) }, 'previousHash'],
    ['a missing hash', { hash: undefined }, 'hash'],
  ])('refuses %s with a message on that field', (_name, change, field) => {
    const parsed = auditRecordSchema.safeParse({ ...record, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([field]);
    expect(parsed.error?.issues[0]?.message.length).toBeGreaterThan(10);
  });

  it('refuses a record with a field the chain does not write, which its hash would not cover', () => {
    const parsed = auditRecordSchema.safeParse({ ...record, note: 'approved' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('The audit record is damaged.');
  });
});
