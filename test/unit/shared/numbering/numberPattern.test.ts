import { describe, expect, it } from 'vitest';
import {
  parseNumberPattern,
  validateNumberPattern,
  type NumberPatternErrorCode,
} from '../../../../shared/numbering/numberPattern';

function errorOf(source: string, resetYearly = false) {
  const result = validateNumberPattern(source, { resetYearly });
  if (result.ok) throw new Error(`expected ${source} to be refused`);
  return result.error;
}

describe('parsing number patterns', () => {
  it('splits INV-{YYYY}-{SEQ:4} into literals, the year and a padded counter', () => {
    expect(parseNumberPattern('INV-{YYYY}-{SEQ:4}')).toEqual({
      ok: true,
      value: {
        source: 'INV-{YYYY}-{SEQ:4}',
        containsYear: true,
        parts: [
          { kind: 'literal', text: 'INV-' },
          { kind: 'year4' },
          { kind: 'literal', text: '-' },
          { kind: 'seq', width: 4 },
        ],
      },
    });
  });

  it('splits {YY}{MM}-{SEQ} into date parts and an unpadded counter', () => {
    const parsed = parseNumberPattern('{YY}{MM}-{SEQ}');
    expect(parsed.ok && parsed.value.parts).toEqual([
      { kind: 'year2' },
      { kind: 'month' },
      { kind: 'literal', text: '-' },
      { kind: 'seq', width: null },
    ]);
  });

  it('knows the day token and a pattern of the counter alone', () => {
    const parsed = parseNumberPattern('{DD}{SEQ}');
    expect(parsed.ok && parsed.value.parts).toEqual([
      { kind: 'day' },
      { kind: 'seq', width: null },
    ]);
    expect(parseNumberPattern('{SEQ}')).toMatchObject({ ok: true, value: { containsYear: false } });
  });

  it('accepts counter widths 1 to 10 and other text, including spaces inside and accents', () => {
    expect(parseNumberPattern('{SEQ:1}').ok).toBe(true);
    expect(parseNumberPattern('{SEQ:10}').ok).toBe(true);
    expect(parseNumberPattern('Rechnung Nr. {SEQ:5} – Büro').ok).toBe(true);
    expect(parseNumberPattern('R_{YYYY}.{MM}.{DD}#{SEQ}').ok).toBe(true);
  });

  it.each<[string, NumberPatternErrorCode, string]>([
    ['', 'PATTERN_EMPTY', 'at least the counter'],
    ['   ', 'PATTERN_EMPTY', 'at least the counter'],
    [' INV-{SEQ}', 'PATTERN_EDGE_SPACE', 'start or end with a space'],
    ['INV-{SEQ} ', 'PATTERN_EDGE_SPACE', 'start or end with a space'],
    ['INV-{YYYY}', 'PATTERN_NO_SEQUENCE', 'must contain the counter {SEQ}'],
    ['{SEQ}-{SEQ:2}', 'PATTERN_SEVERAL_SEQUENCES', 'only once'],
    ['INV-{SEQ', 'PATTERN_UNCLOSED_BRACE', 'no closing }'],
    ['INV-{YY{SEQ}', 'PATTERN_UNCLOSED_BRACE', 'no closing }'],
    ['INV}-{SEQ}', 'PATTERN_STRAY_BRACE', 'no opening {'],
    ['{SEQ:0}', 'PATTERN_BAD_SEQUENCE_WIDTH', 'from 1 to 10'],
    ['{SEQ:11}', 'PATTERN_BAD_SEQUENCE_WIDTH', 'from 1 to 10'],
    ['{SEQ:}', 'PATTERN_BAD_SEQUENCE_WIDTH', 'from 1 to 10'],
    ['{SEQ:x}', 'PATTERN_BAD_SEQUENCE_WIDTH', 'from 1 to 10'],
    ['{SEQ:-1}', 'PATTERN_BAD_SEQUENCE_WIDTH', 'from 1 to 10'],
    ['{SEQ:004}', 'PATTERN_BAD_SEQUENCE_WIDTH', 'from 1 to 10'],
    ['INV/{SEQ}', 'PATTERN_UNSAFE_CHARACTER', 'The character / cannot be used'],
    ['INV:{SEQ}', 'PATTERN_UNSAFE_CHARACTER', 'PDF file name'],
    ['INV\t{SEQ}', 'PATTERN_UNSAFE_CHARACTER', 'control character (U+0009)'],
    [
      'A'.repeat(35) + '{SEQ}',
      'PATTERN_TOO_LONG',
      'up to 41 characters; a document number may have at most 40',
    ],
    ['A'.repeat(30) + '-{SEQ:10}', 'PATTERN_TOO_LONG', 'up to 41 characters'],
  ])('refuses %j with %s', (source, code, why) => {
    const error = errorOf(source);
    expect(error.code).toBe(code);
    expect(error.message).toContain(why);
  });

  it('accepts a pattern whose numbers just fit 40 characters with a six-digit counter', () => {
    expect(parseNumberPattern('A'.repeat(34) + '{SEQ}').ok).toBe(true);
  });

  it.each(['{YEAR}', '{yyyy}', '{N}', '{}', '{SEQ4}'])(
    'refuses the unknown token %s and names it',
    (token) => {
      const error = errorOf(`INV-${token}-{SEQ}`);
      expect(error.code).toBe('PATTERN_UNKNOWN_TOKEN');
      expect(error.detail).toBe(token);
      expect(error.message).toContain(`${token} is not a known token`);
      expect(error.message).toContain('{YYYY}, {YY}, {MM}, {DD}, {SEQ} or {SEQ:n}');
    },
  );

  it('names the token whose counter width is wrong', () => {
    expect(errorOf('INV-{SEQ:12}').detail).toBe('{SEQ:12}');
  });
});

describe('patterns of series that restart every year', () => {
  it('refuse a pattern without the year, explaining that numbers would repeat', () => {
    const error = errorOf('INV-{SEQ:4}', true);
    expect(error.code).toBe('PATTERN_NEEDS_YEAR');
    expect(error.message).toContain('{YYYY} or {YY}');
    expect(error.message).toContain('would repeat');
  });

  it('refuse a pattern with month and day but no year', () => {
    expect(errorOf('{MM}{DD}-{SEQ}', true).code).toBe('PATTERN_NEEDS_YEAR');
  });

  it.each(['INV-{YYYY}-{SEQ:4}', '{YY}{MM}-{SEQ}', 'CN-{YYYY}-{SEQ:3}'])(
    'accept %s, which contains the year',
    (source) => {
      expect(validateNumberPattern(source, { resetYearly: true }).ok).toBe(true);
    },
  );

  it('allow a pattern without the year when the counter never restarts', () => {
    expect(validateNumberPattern('INV-{SEQ:4}', { resetYearly: false }).ok).toBe(true);
  });

  it('still report syntax errors before the missing year', () => {
    expect(errorOf('INV-{SEQ', true).code).toBe('PATTERN_UNCLOSED_BRACE');
  });
});
