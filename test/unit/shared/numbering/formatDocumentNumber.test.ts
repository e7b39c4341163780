import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { epochDayOf, isoDate, isoDateFromEpochDay, yearOf } from '../../../../shared/dates/isoDate';
import { formatDocumentNumber } from '../../../../shared/numbering/formatDocumentNumber';
import { parseNumberPattern } from '../../../../shared/numbering/numberPattern';
import { PROPERTY_RUNS } from '../../propertyRuns';

const d = isoDate;

describe('formatting document numbers', () => {
  it.each([
    ['INV-{YYYY}-{SEQ:4}', 1, '2026-03-09', 'INV-2026-0001'],
    ['INV-{YYYY}-{SEQ:4}', 42, '2026-12-31', 'INV-2026-0042'],
    ['INV-{YYYY}-{SEQ:4}', 9999, '2026-01-01', 'INV-2026-9999'],
    ['INV-{YYYY}-{SEQ:4}', 12345, '2026-01-01', 'INV-2026-12345'],
    ['{YY}{MM}-{SEQ}', 1, '2026-03-09', '2603-1'],
    ['{YY}{MM}-{SEQ}', 137, '2026-11-30', '2611-137'],
    ['{YY}{MM}-{SEQ}', 5, '2105-01-01', '0501-5'],
    ['{YY}{MM}-{SEQ}', 5, '2000-01-01', '0001-5'],
    ['CN-{YYYY}-{SEQ:3}', 7, '2028-02-29', 'CN-2028-007'],
    ['CN-{YYYY}-{SEQ:3}', 1000, '2028-02-29', 'CN-2028-1000'],
    ['{YYYY}{MM}{DD}_{SEQ:2}', 3, '2026-07-04', '20260704_03'],
    ['{SEQ:10}', 1, '2026-01-01', '0000000001'],
    ['{SEQ:1}', 10, '2026-01-01', '10'],
    ['Nr. {SEQ} ({YYYY})', 8, '0987-05-06', 'Nr. 8 (0987)'],
  ])('%s with counter %i on %s gives %s', (pattern, counter, date, expected) => {
    expect(formatDocumentNumber(pattern, counter, d(date))).toBe(expected);
  });

  it('formats from an already parsed pattern the same as from its text', () => {
    const parsed = parseNumberPattern('INV-{YYYY}-{SEQ:4}');
    if (!parsed.ok) throw new Error('pattern should parse');
    expect(formatDocumentNumber(parsed.value, 3, d('2026-01-01'))).toBe('INV-2026-0003');
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])('refuses the counter %d', (counter) => {
    expect(() => formatDocumentNumber('{SEQ}', counter, d('2026-01-01'))).toThrow(RangeError);
  });

  it('refuses an invalid pattern text, which is a programming error', () => {
    expect(() => formatDocumentNumber('INV-{YEAR}-{SEQ}', 1, d('2026-01-01'))).toThrow(
      /not a known token/,
    );
  });
});

// Random valid patterns: some literal text and date tokens around exactly one counter.
const literal = fc.string({
  unit: fc.constantFrom(...'AZaz09-_.#é'.split('')),
  minLength: 1,
  maxLength: 4,
});
const piece = fc.oneof(literal, fc.constantFrom('{YYYY}', '{YY}', '{MM}', '{DD}'));
const seqToken = fc.oneof(
  fc.constant('{SEQ}'),
  fc.integer({ min: 1, max: 10 }).map((width) => `{SEQ:${width}}`),
);
const patternText = fc
  .tuple(fc.array(piece, { maxLength: 4 }), seqToken, fc.array(piece, { maxLength: 4 }))
  .map(([before, seq, after]) => [...before, seq, ...after].join(''))
  .filter((source) => parseNumberPattern(source).ok);
const counter = fc.integer({ min: 1, max: 10_000_000 });
const dayIn2000s = fc.integer({
  min: epochDayOf(d('2000-01-01')),
  max: epochDayOf(d('2099-12-31')),
});

describe('numbers of a series never repeat', () => {
  it('two different counters in the same year never format to the same number', () => {
    fc.assert(
      fc.property(
        patternText,
        counter,
        counter,
        dayIn2000s,
        fc.integer({ min: 0, max: 364 }),
        (source, a, b, day, shift) => {
          fc.pre(a !== b);
          const first = isoDateFromEpochDay(day);
          const second = isoDateFromEpochDay(day + shift);
          fc.pre(yearOf(first) === yearOf(second));
          expect(formatDocumentNumber(source, a, first)).not.toBe(
            formatDocumentNumber(source, b, second),
          );
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('with the year in the pattern, the same counter in different years gives different numbers', () => {
    const withYear = patternText.filter((source) => /\{YY(YY)?\}/.test(source));
    fc.assert(
      fc.property(withYear, counter, dayIn2000s, dayIn2000s, (source, n, dayA, dayB) => {
        const a = isoDateFromEpochDay(dayA);
        const b = isoDateFromEpochDay(dayB);
        fc.pre(yearOf(a) !== yearOf(b));
        expect(formatDocumentNumber(source, n, a)).not.toBe(formatDocumentNumber(source, n, b));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it('the counter can be read back from the number, so nothing is truncated', () => {
    fc.assert(
      fc.property(counter, fc.integer({ min: 1, max: 10 }), (n, width) => {
        const number = formatDocumentNumber(`X{SEQ:${width}}Y`, n, d('2026-01-01'));
        expect(Number(number.slice(1, -1))).toBe(n);
        expect(number.length).toBe(2 + Math.max(width, String(n).length));
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});
