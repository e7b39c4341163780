import { describe, expect, it } from 'vitest';
import { documentNumberKey, validateManualNumber } from '../../../../shared/numbering/manualNumber';

function refusal(number: string, existing: Iterable<string> | ReadonlyMap<string, string> = []) {
  const result = validateManualNumber(number, existing);
  if (result.ok) throw new Error(`expected ${number} to be refused`);
  return result.error;
}

describe('validating a number typed by hand', () => {
  it('accepts a new number and returns it trimmed', () => {
    expect(validateManualNumber('  2026-17 ', ['2026-16'])).toEqual({
      ok: true,
      value: '2026-17',
    });
  });

  it('accepts exactly 40 characters, counted as characters', () => {
    expect(validateManualNumber('A'.repeat(40), []).ok).toBe(true);
    expect(validateManualNumber('😀'.repeat(40), []).ok).toBe(true);
  });

  it.each(['', '   ', '\t'])('refuses the empty number %j', (number) => {
    expect(refusal(number)).toEqual({ code: 'NUMBER_EMPTY', message: 'Enter a document number.' });
  });

  it('refuses more than 40 characters, saying how many', () => {
    const error = refusal('A'.repeat(41));
    expect(error.code).toBe('NUMBER_TOO_LONG');
    expect(error.message).toBe(
      'A document number may have at most 40 characters; this one has 41.',
    );
  });

  it.each(['INV/1', 'INV\\1', 'INV:1', 'INV*1', 'INV?1', 'INV"1', 'INV<1', 'INV>1', 'INV|1'])(
    'refuses %s, which cannot be part of a file name',
    (number) => {
      const error = refusal(number);
      expect(error).toMatchObject({ code: 'NUMBER_UNSAFE_CHARACTER', character: number.charAt(3) });
      expect(error.message).toContain('PDF file name');
    },
  );

  it('refuses a control character inside the number', () => {
    expect(refusal('INV\n1')).toMatchObject({ code: 'NUMBER_UNSAFE_CHARACTER', character: '\n' });
  });

  it('refuses a number already in the series, ignoring case and surrounding spaces', () => {
    const error = refusal(' inv-2026-0001 ', ['INV-2026-0002', 'INV-2026-0001']);
    expect(error).toMatchObject({ code: 'NUMBER_TAKEN', existingNumber: 'INV-2026-0001' });
    expect(error.message).toBe(
      'The number inv-2026-0001 is already used by another document of this series; numbers must be unique in their series.',
    );
  });

  it('names the document that holds the number when given a map', () => {
    const existing = new Map([
      ['INV-2026-0001', 'the invoice to Acme Ltd of 3 March 2026'],
      ['INV-2026-0002', 'the invoice to Bolt GmbH of 4 March 2026'],
    ]);
    const error = refusal('INV-2026-0002', existing);
    expect(error.message).toContain(
      'already used by the invoice to Bolt GmbH of 4 March 2026 (INV-2026-0002)',
    );
  });

  it('treats composed and decomposed accents as the same number', () => {
    expect(refusal('R-Caf\u00e9', ['R-Cafe\u0301']).code).toBe('NUMBER_TAKEN');
  });

  it('accepts a number that differs only inside from an existing one', () => {
    expect(validateManualNumber('INV-2026-00010', ['INV-2026-0001']).ok).toBe(true);
  });

  it('reads any iterable of existing numbers, such as a set', () => {
    expect(refusal('X-1', new Set(['x-1'])).code).toBe('NUMBER_TAKEN');
  });
});

describe('the key of a document number', () => {
  it('is trimmed, normalised and lower-cased', () => {
    expect(documentNumberKey('  INV-2026-0001\t')).toBe('inv-2026-0001');
    expect(documentNumberKey('Cafe\u0301')).toBe(documentNumberKey('CAF\u00c9'));
  });
});
