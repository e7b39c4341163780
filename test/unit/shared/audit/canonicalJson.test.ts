import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/audit/canonicalJson';
import { PROPERTY_RUNS } from '../../propertyRuns';

function text(value: unknown): string {
  const result = canonicalJson(value);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('canonicalJson', () => {
  it('sorts the keys of every object by code unit and writes no whitespace', () => {
    expect(text({ b: 1, a: [true, null, { z: 'x', B: 2, y: 1.5 }], é: 'ü' })).toBe(
      '{"a":[true,null,{"B":2,"y":1.5,"z":"x"}],"b":1,"é":"ü"}',
    );
  });

  it('writes the same text whatever order the keys were inserted in', () => {
    expect(text({ id: 'x', lines: [{ q: '1', p: '2' }] })).toBe(
      text({ lines: [{ p: '2', q: '1' }], id: 'x' }),
    );
  });

  it('leaves out object properties that are undefined, as JSON does', () => {
    expect(text({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('escapes quotes, control characters and lone surrogates so the text is well-formed', () => {
    expect(text(['"\n\u0001', '\ud800'])).toBe('["\\"\\n\\u0001","\\ud800"]');
  });

  it('parses back to the value for any JSON data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(JSON.parse(text(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it.each([
    ['NaN', { amount: Number.NaN }, 'amount'],
    ['Infinity', { lines: [{ total: Number.POSITIVE_INFINITY }] }, 'lines.0.total'],
    ['a bigint', { amount: 10n }, 'amount'],
    ['a Date', { at: new Date(0) }, 'at'],
    ['a Map', new Map(), ''],
    ['a gap in a list', { lines: [1, undefined] }, 'lines.1'],
    ['a function', { f: () => 1 }, 'f'],
  ])('refuses %s, naming where it is', (_name, value, path) => {
    const result = canonicalJson(value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('NOT_PLAIN_DATA');
      expect(result.error.path).toBe(path);
      expect(result.error.message).toMatch(/not plain data/);
    }
  });
});
