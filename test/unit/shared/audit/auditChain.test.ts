import { describe, expect, it } from 'vitest';
import { auditContentHash } from '../../../../shared/audit/auditContent';
import {
  auditRecordHash,
  checkAuditLink,
  nextAuditRecord,
  verifyAuditChain,
  type AuditEntry,
} from '../../../../shared/audit/auditChain';
import { GENESIS_HASH, type AuditRecord } from '../../../../shared/schemas/auditRecord';
import { nodeSha256, paymentRecord, postedInvoice } from './auditSamples';

type Sources = Map<string, Record<string, unknown>>;

/** Three posted sources and their chain: invoice 1, a payment on it, invoice 2. */
function ledger(): { sources: Sources; records: AuditRecord[] } {
  const sources: Sources = new Map([
    ['invoice:inv-1', postedInvoice('inv-1')],
    ['payment:pay-1', paymentRecord('pay-1')],
    ['invoice:inv-2', { ...postedInvoice('inv-2'), number: 'INV-2026-0043' }],
  ]);
  const records: AuditRecord[] = [];
  for (const [key, record] of sources) {
    const [sourceType, sourceId] = key.split(':') as [AuditEntry['sourceType'], string];
    const hash = auditContentHash(sourceType, record, nodeSha256);
    if (!hash.ok) throw new Error(hash.error.message);
    const entry = { sourceType, sourceId, at: String(record.createdAt), contentHash: hash.value };
    records.push(nextAuditRecord(records.at(-1) ?? null, entry, nodeSha256));
  }
  return { sources, records };
}

function verify(records: readonly unknown[], sources: Sources) {
  return verifyAuditChain(records, (type, id) => sources.get(`${type}:${id}`), nodeSha256);
}

function mismatchOf(records: readonly unknown[], sources: Sources) {
  const result = verify(records, sources);
  if (result.ok) throw new Error('expected the chain to fail');
  return result.error;
}

describe('nextAuditRecord', () => {
  it('starts the chain at seq 1 after the genesis hash', () => {
    const [first] = ledger().records;
    expect(first).toMatchObject({ seq: 1, sourceType: 'invoice', previousHash: GENESIS_HASH });
  });

  it('links each record to the hash of the one before', () => {
    const { records } = ledger();
    expect(records.map((record) => record.seq)).toEqual([1, 2, 3]);
    expect(records[1]!.previousHash).toBe(records[0]!.hash);
    expect(records[2]!.previousHash).toBe(records[1]!.hash);
  });

  it('hashes the canonical JSON of the record without its hash, a format that never changes', () => {
    const record = nextAuditRecord(
      null,
      {
        sourceType: 'payment',
        sourceId: 'p',
        at: '2026-03-16T12:00:00.000Z',
        contentHash: 'a'.repeat(64),
      },
      nodeSha256,
    );
    const text = `{"at":"2026-03-16T12:00:00.000Z","contentHash":"${'a'.repeat(64)}","previousHash":"${GENESIS_HASH}","seq":1,"sourceId":"p","sourceType":"payment"}`;
    expect(record.hash).toBe(nodeSha256(text));
    expect(auditRecordHash(record, nodeSha256)).toBe(record.hash);
  });
});

describe('verifyAuditChain', () => {
  it('passes an untouched chain and counts its records', () => {
    const { sources, records } = ledger();
    expect(verify(records, sources)).toEqual({ ok: true, value: { count: 3, last: records[2] } });
    expect(verify([], sources)).toEqual({ ok: true, value: { count: 0, last: null } });
  });

  it('passes when an invoice was paid and credited after it was recorded', () => {
    const { sources, records } = ledger();
    sources.set('invoice:inv-1', {
      ...sources.get('invoice:inv-1'),
      status: 'paid',
      paid: 23800,
      balance: 0,
    });
    expect(verify(records, sources).ok).toBe(true);
  });

  it('names the record whose invoice line was edited after posting', () => {
    const { sources, records } = ledger();
    const invoice = sources.get('invoice:inv-2')!;
    sources.set('invoice:inv-2', { ...invoice, lines: [{ id: 'l1', quantity: '1' }] });
    expect(mismatchOf(records, sources)).toMatchObject({ seq: 3, reason: 'contentChanged' });
  });

  it('names the record whose payment amount was changed', () => {
    const { sources, records } = ledger();
    sources.set('payment:pay-1', { ...paymentRecord('pay-1'), amount: 1 });
    expect(mismatchOf(records, sources)).toMatchObject({ seq: 2, reason: 'contentChanged' });
  });

  it('names a posted invoice set back to draft, although status is not hashed', () => {
    const { sources, records } = ledger();
    sources.set('invoice:inv-1', { ...sources.get('invoice:inv-1'), status: 'draft' });
    const mismatch = mismatchOf(records, sources);
    expect(mismatch).toMatchObject({ seq: 1, reason: 'contentChanged' });
    expect(mismatch.message).toContain("'draft'");
  });

  it('names the record whose document is gone', () => {
    const { sources, records } = ledger();
    sources.delete('payment:pay-1');
    expect(mismatchOf(records, sources)).toMatchObject({ seq: 2, reason: 'sourceMissing' });
  });

  it('names a deleted record as missing where the chain breaks', () => {
    const { sources, records } = ledger();
    expect(mismatchOf([records[0], records[2]], sources)).toMatchObject({
      seq: 2,
      reason: 'recordMissing',
      record: null,
    });
    expect(mismatchOf(records.slice(1), sources)).toMatchObject({
      seq: 1,
      reason: 'recordMissing',
    });
  });

  it('names a record that does not follow the one before it', () => {
    const { sources, records } = ledger();
    const relinked = { ...records[1]!, previousHash: 'f'.repeat(64) };
    expect(mismatchOf([records[0], relinked, records[2]], sources)).toMatchObject({
      seq: 2,
      reason: 'chainBroken',
    });
    const renumbered = { ...records[2]!, seq: 2 };
    expect(mismatchOf([records[0], records[1], renumbered], sources)).toMatchObject({
      seq: 3,
      reason: 'chainBroken',
    });
  });

  it('names an audit record whose own fields were changed', () => {
    const { sources, records } = ledger();
    const edited = { ...records[0]!, at: '2020-01-01T00:00:00.000Z' };
    expect(mismatchOf([edited, ...records.slice(1)], sources)).toMatchObject({
      seq: 1,
      reason: 'recordChanged',
    });
  });

  it('names a record that is not an audit record at all', () => {
    const { sources, records } = ledger();
    expect(mismatchOf([records[0], { seq: 2 }, records[2]], sources)).toMatchObject({
      seq: 2,
      reason: 'recordDamaged',
    });
  });

  it('a re-sealed record still breaks the link of the record after it', () => {
    const { sources, records } = ledger();
    const forged = { ...records[0]!, contentHash: 'e'.repeat(64) };
    forged.hash = auditRecordHash(forged, nodeSha256);
    expect(checkAuditLink(null, forged, sources.get('invoice:inv-1'), nodeSha256)).toMatchObject({
      ok: false,
      error: { seq: 1, reason: 'contentChanged' },
    });
    expect(
      checkAuditLink(forged, records[1], sources.get('payment:pay-1'), nodeSha256),
    ).toMatchObject({
      ok: false,
      error: { seq: 2, reason: 'chainBroken' },
    });
  });
});
