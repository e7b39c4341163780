import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fittingSize, truncateToWidth, wrapText } from '../../../../shared/pdf/textWrap';
import { PROPERTY_RUNS } from '../../propertyRuns';

// One millimetre per character: easy to reason about.
const measure = (text: string) => Array.from(text).length;

describe('wrapText', () => {
  it('keeps a line that fits as it is', () => {
    expect(wrapText('Consulting services', 30, measure)).toEqual(['Consulting services']);
  });

  it('breaks between words so that no line is wider than the width', () => {
    expect(wrapText('Strategy workshop, preparation and facilitation', 20, measure)).toEqual([
      'Strategy workshop,',
      'preparation and',
      'facilitation',
    ]);
  });

  it("keeps the text's own line breaks, and its empty lines", () => {
    expect(wrapText('First line\r\n\nThird', 40, measure)).toEqual(['First line', '', 'Third']);
  });

  it('cuts a word wider than the line where it must', () => {
    expect(wrapText('IBAN DE89370400440532013000', 10, measure)).toEqual([
      'IBAN',
      'DE89370400',
      '4405320130',
      '00',
    ]);
  });

  it('gives one empty line for empty text', () => {
    expect(wrapText('', 10, measure)).toEqual(['']);
  });

  it('loses no word, keeps their order and never overflows with words that fit', () => {
    const word = fc.stringMatching(/^[a-zA-ZäöüŁł]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 40 }),
        fc.integer({ min: 12, max: 60 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width, measure);
          expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words);
          for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('fittingSize', () => {
  const measureAt = (text: string, size: number) => text.length * size * 0.2;

  it('keeps the size when the text fits', () => {
    expect(fittingSize('1,234.56', 20, 9, 6, measureAt)).toBe(9);
  });

  it('shrinks in half points until the text fits, but not below the minimum', () => {
    expect(fittingSize('1,234,567.89', 20, 9, 6, measureAt)).toBe(8);
    expect(fittingSize('x'.repeat(100), 20, 9, 6, measureAt)).toBe(6);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits', () => {
    expect(truncateToWidth('Jane Trader', 20, measure)).toBe('Jane Trader');
  });

  it('cuts text that does not fit and marks the cut with an ellipsis', () => {
    expect(truncateToWidth('Jane Trader Consulting', 12, measure)).toBe('Jane Trader…');
    expect(measure(truncateToWidth('Jane Trader Consulting', 12, measure))).toBeLessThanOrEqual(12);
  });
});
