import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencyCode } from '../../../../shared/money/currencies';
import { formatAmount, formatDecimal, formatMoney } from '../../../../shared/money/format';
import { minor } from '../../../../shared/money/minor';
import { PROPERTY_RUNS } from '../../propertyRuns';

const EUR = currencyCode('EUR');
const USD = currencyCode('USD');
const JPY = currencyCode('JPY');
const KWD = currencyCode('KWD');

// Shows the separators ICU uses, which are invisible in an assertion failure otherwise.
const visible = (text: string): string =>
  text
    .replace(/\u00a0/g, '<NBSP>')
    .replace(/\u202f/g, '<NNBSP>')
    .replace(/\u200f/g, '<RLM>');

describe('formatMoney', () => {
  it.each([
    [123456, EUR, 'en-US', '€1,234.56'],
    [123456, EUR, 'de-DE', '1.234,56<NBSP>€'],
    [123456, EUR, 'fr-FR', '1<NNBSP>234,56<NBSP>€'],
    [-500, EUR, 'de-CH', 'EUR-5.00'],
    [1200, USD, 'en-GB', 'US$12.00'],
    [1234, JPY, 'ja-JP', '￥1,234'],
    [1234, JPY, 'en-US', '¥1,234'],
    [1234500, KWD, 'en-US', 'KWD<NBSP>1,234.500'],
    [12345678900, EUR, 'en-IN', '€12,34,56,789.00'],
  ])('formats %i minor units of %s in %s as %s', (amount, currency, locale, expected) => {
    expect(visible(formatMoney(minor(amount), currency, locale))).toBe(expected);
  });

  it('always shows the minor-unit decimals of the currency', () => {
    expect(formatMoney(minor(100), EUR, 'en-US')).toBe('€1.00');
    expect(formatMoney(minor(1000), KWD, 'de-DE')).toBe('1,000\u00a0KWD');
    expect(formatMoney(minor(1), JPY, 'en-US')).toBe('¥1');
  });

  it('writes Latin digits even in locales whose default digits are Arabic', () => {
    expect(visible(formatMoney(minor(123456), EUR, 'ar-EG'))).toBe('<RLM>1,234.56<NBSP>€');
  });

  it('formats the largest safe amount exactly, where a float would be off by a cent', () => {
    // 9007199254740991 cents = 90071992547409.91; the nearest double is 90071992547409.90625.
    expect(formatMoney(minor(Number.MAX_SAFE_INTEGER), EUR, 'en-US')).toBe(
      '€90,071,992,547,409.91',
    );
    expect(
      new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).format(
        Number.MAX_SAFE_INTEGER / 100,
      ),
    ).not.toBe('€90,071,992,547,409.91');
    expect(formatMoney(minor(-9007199254740001), EUR, 'de-DE')).toBe(
      '-90.071.992.547.400,01\u00a0€',
    );
  });

  it('writes every digit of any amount above 2^53/100 cents exactly (checked against BigInt)', () => {
    const aboveFloatPrecision = fc.bigInt({
      min: BigInt(Math.ceil(2 ** 53 / 100)),
      max: BigInt(Number.MAX_SAFE_INTEGER),
    });
    fc.assert(
      fc.property(aboveFloatPrecision, fc.boolean(), (cents, negative) => {
        const amount = minor(Number(negative ? -cents : cents));
        const digits = BigInt(Math.abs(amount)).toString();
        const expected = `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
        expect(formatAmount(amount, EUR, 'en-US').replace(/,/g, '')).toBe(expected);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('formatAmount', () => {
  it('shows the same digits as formatMoney without the currency', () => {
    expect(formatAmount(minor(123456), EUR, 'de-DE')).toBe('1.234,56');
    expect(formatAmount(minor(-123456), USD, 'en-US')).toBe('-1,234.56');
    expect(formatAmount(minor(1234), JPY, 'ja-JP')).toBe('1,234');
    expect(formatAmount(minor(5), KWD, 'en-US')).toBe('0.005');
    expect(visible(formatAmount(minor(123456), EUR, 'fr-FR'))).toBe('1<NNBSP>234,56');
    expect(formatAmount(minor(-500), EUR, 'de-CH')).toBe('-5.00');
    expect(formatAmount(minor(-500), EUR, 'nl-NL')).toBe('-5,00');
  });

  it('uses the separators of amounts where a locale writes them unlike other numbers', () => {
    // CLDR: fr-CH writes 1 234,5 but 1 234.50 €, en-DE 1.234,5 but €1,234.50.
    expect(visible(formatMoney(minor(123450), EUR, 'fr-CH'))).toBe('1<NNBSP>234.50<NBSP>€');
    expect(visible(formatAmount(minor(123450), EUR, 'fr-CH'))).toBe('1<NNBSP>234.50');
    expect(visible(formatDecimal('1234.5', 'fr-CH'))).toBe('1<NNBSP>234,5');
    expect(formatAmount(minor(123450), EUR, 'en-DE')).toBe('1,234.50');
    expect(formatDecimal('1234.5', 'en-DE')).toBe('1.234,5');
  });
});

describe('formatDecimal', () => {
  it.each([
    ['0.333', 'en-US', {}, '0.333'],
    ['1234.5', 'de-DE', {}, '1.234,5'],
    ['19', 'en-US', {}, '19'],
    ['-0.0001', 'en-US', {}, '-0.0001'],
    ['3.0003', 'fr-FR', {}, '3,0003'],
    ['1234567.125', 'en-IN', {}, '12,34,567.125'],
    ['1.5', 'en-US', { minFractionDigits: 2 }, '1.50'],
    ['1.255', 'en-US', { maxFractionDigits: 2 }, '1.26'],
    ['-1.255', 'en-US', { maxFractionDigits: 2 }, '-1.26'],
    ['-0.001', 'en-US', { maxFractionDigits: 2 }, '0'],
    ['-0.001', 'en-US', { minFractionDigits: 2, maxFractionDigits: 2 }, '0.00'],
    ['2.5', 'en-US', { maxFractionDigits: 0 }, '3'],
  ] as const)('formats %s in %s with %o as %s', (value, locale, options, expected) => {
    expect(formatDecimal(value, locale, options)).toBe(expected);
  });

  it('shows all significant decimals by default, even beyond what Intl can take (20)', () => {
    const third = `0.${'3'.repeat(40)}`;
    expect(formatDecimal(third, 'de-DE')).toBe(`0,${'3'.repeat(40)}`);
    expect(formatDecimal(`-1234.${'0'.repeat(24)}1`, 'en-US')).toBe(`-1,234.${'0'.repeat(24)}1`);
  });

  it('formats a 30-digit decimal digit for digit, never through a float', () => {
    expect(formatDecimal('123456789012345.123456789012345', 'en-US')).toBe(
      '123,456,789,012,345.123456789012345',
    );
  });

  it('refuses contradictory or invalid options as a programming error', () => {
    expect(() =>
      formatDecimal('1', 'en-US', { minFractionDigits: 3, maxFractionDigits: 2 }),
    ).toThrow(RangeError);
    expect(() => formatDecimal('1', 'en-US', { maxFractionDigits: -1 })).toThrow(RangeError);
    expect(() => formatDecimal('1e5', 'en-US')).toThrow(RangeError);
  });
});
