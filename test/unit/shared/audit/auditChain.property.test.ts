import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditContentHash, MUTABLE_DOCUMENT_FIELDS } from '../../../../shared/audit/auditContent';
import { nextAuditRecord, verifyAuditChain } from '../../../../shared/audit/auditChain';
import { canonicalJson } from '../../../../shared/audit/canonicalJson';
import type { AuditRecord, AuditSourceType } from '../../../../shared/schemas/auditRecord';
import { PROPERTY_RUNS } from '../../propertyRuns';
import { nodeSha256 } from './auditSamples';

// Any chain of posted documents and payments, any one change to one field of one stored
// record — the document or payment, or the audit record itself — is found, at that record.

type Source = { type: AuditSourceType; record: Record<string, unknown> };

const key = fc.string({ maxLength: 6 }).filter((name) => name !== '__proto__');
const fieldsArb = fc.dictionary(key, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 });

const sourceArb: fc.Arbitrary<Source> = fc
  .tuple(fc.constantFrom<AuditSourceType>('invoice', 'creditNote', 'payment'), fieldsArb)
  .map(([type, fields]) => ({
    type,
    record: type === 'payment' ? { ...fields } : { ...fields, kind: type, status: 'posted' },
  }));

const AUDIT_FIELDS: (keyof AuditRecord)[] = [
  'seq',
  'sourceType',
  'sourceId',
  'at',
  'contentHash',
  'previousHash',
  'hash',
];

// A well-formed hash, so that changing a hash field is not only caught by the schema.
const hex64 = fc.string({
  unit: fc.constantFrom(...'0123456789abcdef'),
  minLength: 64,
  maxLength: 64,
});

/** One change to one record: set a field (maybe a new one) to a value, or remove a field. */
const changeArb = fc.record({
  target: fc.constantFrom('source', 'audit'),
  index: fc.nat(),
  field: fc.nat(),
  newField: fc.option(key, { nil: undefined }),
  value: fc.option(fc.oneof(fc.jsonValue({ maxDepth: 2 }), hex64), { nil: undefined }),
});

function same(a: unknown, b: unknown): boolean {
  const [left, right] = [canonicalJson(a), canonicalJson(b)];
  return left.ok && right.ok && left.value === right.value;
}

describe('the audit chain (property)', () => {
  it('tampering with any field of any record is detected at that record', () => {
    fc.assert(
      fc.property(
        fc.array(sourceArb, { minLength: 1, maxLength: 6 }),
        changeArb,
        (sources, change) => {
          const stored = sources.map((source, index) => ({ ...source, id: `src-${index}` }));
          const records: AuditRecord[] = [];
          for (const [index, source] of stored.entries()) {
            const hash = auditContentHash(source.type, source.record, nodeSha256);
            if (!hash.ok) throw new Error(hash.error.message);
            const entry = {
              sourceType: source.type,
              sourceId: source.id,
              at: `2026-03-16T12:00:0${index}.000Z`,
              contentHash: hash.value,
            };
            records.push(nextAuditRecord(records.at(-1) ?? null, entry, nodeSha256));
          }
          const lookup = (records: unknown[], sources: typeof stored) =>
            verifyAuditChain(
              records,
              (type, id) =>
                sources.find((source) => source.type === type && source.id === id)?.record,
              nodeSha256,
            );
          expect(lookup(records, stored).ok).toBe(true);

          const index = change.index % stored.length;
          const original: Record<string, unknown> =
            change.target === 'source' ? stored[index]!.record : records[index]!;
          const mutable: readonly string[] =
            change.target === 'source' && stored[index]!.type !== 'payment'
              ? MUTABLE_DOCUMENT_FIELDS
              : [];
          const candidates =
            change.target === 'audit'
              ? AUDIT_FIELDS
              : Object.keys(original).filter((name) => !mutable.includes(name));
          const field =
            change.newField ?? candidates[change.field % Math.max(candidates.length, 1)];
          fc.pre(field !== undefined && !mutable.includes(field));
          const tampered = { ...original };
          if (change.value === undefined) delete tampered[field!];
          else tampered[field!] = change.value;
          fc.pre(!same(tampered, original));

          const result =
            change.target === 'source'
              ? lookup(
                  records,
                  stored.map((source, i) =>
                    i === index ? { ...source, record: tampered } : source,
                  ),
                )
              : lookup(
                  records.map((record, i) => (i === index ? tampered : record)),
                  stored,
                );
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.error.seq).toBe(index + 1);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
