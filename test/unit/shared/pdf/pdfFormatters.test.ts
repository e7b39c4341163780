import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { minor } from '../../../../shared/money/minor';
import { formatIban, pdfFormatters } from '../../../../shared/pdf/pdfFormatters';

const EUR = currencyCode('EUR');

describe('formatIban', () => {
  it('writes an IBAN in groups of four, as printed on bank cards and statements', () => {
    expect(formatIban('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban('de89 3704 0044 0532 0130 00')).toBe('DE89 3704 0044 0532 0130 00');
    expect(formatIban('NO9386011117947')).toBe('NO93 8601 1117 947');
  });
});

describe('pdfFormatters', () => {
  const german = pdfFormatters('de-DE', EUR, 'en');
  const british = pdfFormatters('en-GB', EUR, 'en');

  it('formats money with the symbol, and table amounts without it', () => {
    expect(british.money(minor(123450))).toBe('€1,234.50');
    expect(british.amount(minor(123450))).toBe('1,234.50');
    expect(german.amount(minor(-123450))).toBe('-1.234,50');
  });

  it('formats yen without decimals', () => {
    expect(pdfFormatters('en-GB', currencyCode('JPY'), 'en').money(minor(72980))).toBe('JP¥72,980');
  });

  it('formats rates as percentages with their decimals', () => {
    expect(british.percent('19')).toBe('19%');
    expect(british.percent('5.5')).toBe('5.5%');
    expect(german.percent('7')).toBe('7\u00a0%');
  });

  it('gives unit prices at least the decimals of the currency', () => {
    expect(british.price('12.5')).toBe('12.50');
    expect(british.price('0.0125')).toBe('0.0125');
    expect(german.price('1234')).toBe('1.234,00');
  });

  it('formats calendar dates in the locale, on the same day in every time zone', () => {
    expect(german.date('2026-03-05')).toBe('05.03.2026');
    expect(british.date('2026-12-31')).toBe('31/12/2026');
    expect(pdfFormatters('en-US', EUR, 'en').date('2026-01-01')).toBe('01/01/2026');
  });

  it("names countries in the labels' language, and falls back to the code", () => {
    expect(british.country('PL')).toBe('Poland');
    expect(pdfFormatters('en-GB', EUR, 'de').country('PL')).toBe('Polen');
    expect(british.country('XK')).toBe('Kosovo');
  });
});
