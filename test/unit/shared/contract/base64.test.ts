import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  base64ByteLength,
  encodeBase64,
  isBase64,
  looksLikePdfBase64,
} from '../../../../shared/contract/base64';
import { PROPERTY_RUNS } from '../../propertyRuns';

describe('encodeBase64', () => {
  it('encodes what Node decodes back to the same bytes, at every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(isBase64(text)).toBe(true);
        expect(base64ByteLength(text)).toBe(bytes.length);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('encodes a buffer larger than one internal chunk', () => {
    const bytes = Uint8Array.from({ length: 200_001 }, (_, index) => (index * 31) % 256);
    expect(encodeBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});

describe('isBase64', () => {
  it.each(['', 'AA==', 'AAA=', 'AAAA', 'ab+/', 'JVBERi0xLjQ='])('accepts %j', (text) => {
    expect(isBase64(text)).toBe(true);
  });

  it.each([
    ['a length that is no multiple of four', 'AAA'],
    ['padding in the middle', 'AA==AAAA'],
    ['three padding characters', 'A==='],
    ['the URL-safe alphabet', 'ab-_'],
    ['white space', 'AA AA'],
    ['a line break', 'AAAA\nAAAA'],
    ['a NUL byte', 'AAA\u0000'],
    ['non-ASCII letters', 'ÄÄÄÄ'],
  ])('refuses %s', (_case, text) => {
    expect(isBase64(text)).toBe(false);
  });

  it('checks 27 MB of text quickly and without a stack overflow', () => {
    const text = `${'A'.repeat(27_000_000)}AA==`;
    const started = Date.now();
    expect(isBase64(text)).toBe(true);
    expect(isBase64(`${text.slice(0, -4)}A!A=`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('looksLikePdfBase64', () => {
  it('recognises the base64 of every PDF version header', () => {
    for (const version of ['1.0', '1.4', '1.7', '2.0']) {
      expect(looksLikePdfBase64(Buffer.from(`%PDF-${version}\n`).toString('base64'))).toBe(true);
    }
  });

  it('refuses other files', () => {
    expect(looksLikePdfBase64(Buffer.from('<html>').toString('base64'))).toBe(false);
    expect(looksLikePdfBase64(Buffer.from('%!PS-Adobe').toString('base64'))).toBe(false);
  });
});
